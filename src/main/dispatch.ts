import { z } from 'zod'
import type { ApiMethod, ParallaxApi } from '../shared/contract'
import { err, fromThrown, type Result } from '../shared/result'
import { argSchemas } from '../shared/schemas'

/**
 * The one door into the services for every transport. Arguments are parsed against the
 * contract's schema first, so a service only ever sees well-formed input; anything thrown
 * becomes a Result instead of crossing the process boundary.
 */
export async function dispatch(
  api: ParallaxApi,
  method: ApiMethod,
  args: unknown
): Promise<Result<unknown>> {
  const parsed = (argSchemas[method] as z.ZodType).safeParse(args ?? [])
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at argument ${issue.path.join('.')}` : ''
    return err(
      'invalid-argument',
      `Invalid arguments for ${method}${where}: ${issue?.message ?? 'wrong shape'}`
    )
  }
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<Result<unknown>>
    return await fn.apply(api, parsed.data as unknown[])
  } catch (e) {
    return fromThrown(e)
  }
}

/** `dispatch` for callers in this process that know the method: the command line. */
export const call = async <M extends ApiMethod>(
  api: ParallaxApi,
  method: M,
  ...args: Parameters<ParallaxApi[M]>
): Promise<Awaited<ReturnType<ParallaxApi[M]>>> =>
  (await dispatch(api, method, args)) as Awaited<ReturnType<ParallaxApi[M]>>
