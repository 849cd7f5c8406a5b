import {
  channels,
  type ApiMethod,
  type EventName,
  type ParallaxBridge,
  type ParallaxEvents
} from '../../shared/contract'
import type { Result } from '../../shared/result'
import { toWire } from '../../shared/wire'

const TOKEN_KEY = 'parallax.token'

/** Reads the token from the URL fragment once, keeps it for this tab, and cleans the URL. */
function takeToken(): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function call(token: string, method: ApiMethod, args: unknown[]): Promise<Result<unknown>> {
  try {
    const res = await fetch(`/api/${channels[method]}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: toWire({ args })
    })
    return (await res.json()) as Result<unknown>
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `The Parallax host did not answer (${String(e)}). Is \`parallax serve\` still running?`
      }
    }
  }
}

/** The same contract over HTTP, for the browser host. */
function httpBridge(): ParallaxBridge {
  const token = takeToken()
  let source: EventSource | null = null
  const methods = Object.fromEntries(
    (Object.keys(channels) as ApiMethod[]).map((m) => [
      m,
      (...args: unknown[]) => call(token, m, args)
    ])
  )
  return {
    ...methods,
    on<E extends EventName>(event: E, listener: (p: ParallaxEvents[E]) => void) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
      const handler = (e: MessageEvent<string>): void =>
        listener(JSON.parse(e.data) as ParallaxEvents[E])
      source.addEventListener(event, handler)
      return () => source?.removeEventListener(event, handler)
    }
  } as ParallaxBridge
}

/** The single seam: components import `api` from here and never touch window.api. */
export const api: ParallaxBridge = window.api ?? httpBridge()
