import { resolve } from 'node:path'
import { acquireLock } from '../host/lock'
import { AtomicFsStorage } from '../team/atomic-storage'
import { SealError } from '../team/usb/seal'
import { usbSync } from '../team/usb/stick'
import { lockHeldMessage } from './context'
import { EXIT } from './exit-codes'
import { out, say } from './output'
import { serverRepoDir } from './team-serve'

/**
 * `parallax team usb-sync STICK --data DIR [--passphrase]`: syncs every document of the team
 * folder DIR with the stick, both ways. The server must be stopped (it holds DIR's lock).
 */
export async function teamUsbCommand(a: {
  data: string
  stick?: string
  passphrase: boolean
}): Promise<number> {
  if (!a.stick) {
    say('team usb-sync', 'name the stick: parallax team usb-sync /media/STICK --data DIR')
    return EXIT.usage
  }
  const passphrase = a.passphrase ? await readPassphrase() : undefined
  const lock = await acquireLock(a.data)
  if (!lock.ok) {
    process.stderr.write(lockHeldMessage(a.data, lock.holder))
    return EXIT.locked
  }
  const local = new AtomicFsStorage(serverRepoDir(a.data))
  const sticks: AtomicFsStorage[] = []
  try {
    const r = await usbSync({
      stickDir: resolve(a.stick),
      local,
      passphrase,
      fileStorage: (root) => {
        const s = new AtomicFsStorage(root)
        sticks.push(s)
        return s
      }
    })
    out(
      `${r.documents} documents in step with ${a.stick}${r.sealed ? ' (sealed)' : ''}: ${r.toStick} updated on the stick, ${r.fromStick} updated here, in ${(r.ms / 1000).toFixed(1)} s.\n`
    )
    return EXIT.ok
  } catch (e) {
    if (!(e instanceof SealError)) throw e
    say('team usb-sync', e.message)
    return EXIT.failed
  } finally {
    await Promise.all([local.close(), ...sticks.map((s) => s.close())])
    await lock.release()
  }
}

/** What a terminal in raw mode sends for Ctrl+C. */
const CTRL_C = String.fromCharCode(3)

/** The passphrase from PARALLAX_TEAM_PASSPHRASE, else the first line of stdin (not echoed on a terminal). */
async function readPassphrase(): Promise<string> {
  const env = process.env.PARALLAX_TEAM_PASSPHRASE
  if (env) return env
  const stdin = process.stdin
  if (stdin.isTTY) {
    process.stderr.write('Team passphrase: ')
    stdin.setRawMode(true)
  }
  let text = ''
  for await (const chunk of stdin as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8')
    if (/[\r\n]/.test(text) || text.includes(CTRL_C)) break
  }
  if (stdin.isTTY) {
    stdin.setRawMode(false)
    process.stderr.write('\n')
  }
  if (text.includes(CTRL_C)) throw new SealError('cancelled')
  return text.split(/\r?\n|\r/)[0] ?? ''
}
