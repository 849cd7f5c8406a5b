import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { importCommand } from './import'
import { listCommand } from './list'
import { SHARE_COMMAND } from './team-share'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-share-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  vi.unstubAllEnvs()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function capture(run: () => Promise<number>) {
  const r = { code: -1, stdout: '', stderr: '' }
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((r.stdout += String(c)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((r.stderr += String(c)), true))
  try {
    r.code = await run()
  } finally {
    vi.restoreAllMocks()
  }
  return r
}

it('parallax share converts the library once and list then reads the team library', async () => {
  vi.stubGlobal('__PARALLAX_VERSION__', 'test')
  vi.stubEnv('PARALLAX_DATA_DIR', tempDir())
  vi.stubEnv('PARALLAX_SAMPLES', tempDir())
  const src = tempDir()
  writeFileSync(join(src, 'a.txt'), 'Summit in Brussels\n\nThe summit opened on Tuesday.')
  expect((await capture(() => importCommand([src], false))).code).toBe(0)

  expect((await capture(() => SHARE_COMMAND.run({}, []))).code).toBe(2)
  const shared = await capture(() => SHARE_COMMAND.run({ user: 'alice', json: true }, []))
  expect(shared.code).toBe(0)
  expect(JSON.parse(shared.stdout)).toMatchObject({ articles: 1, annotations: 0 })
  const listed = await capture(() => listCommand(true))
  expect((JSON.parse(listed.stdout) as { title: string }[]).map((a) => a.title)).toEqual([
    'Summit in Brussels'
  ])
  const again = await capture(() => SHARE_COMMAND.run({ user: 'alice' }, []))
  expect(again).toMatchObject({
    code: 1,
    stderr: expect.stringContaining('already a team library')
  })
})
