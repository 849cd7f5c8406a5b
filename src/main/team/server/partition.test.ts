import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { formatInvite } from '../../../shared/team-invite'
import type { TeamLink } from '../client/join'
import { fingerprintOf } from './certificate'
import { addMember } from './members'
import { until } from './test-team'
import type { PartitionDoc } from '../../../../scripts/team-member-child'

const ROOT = resolve(__dirname, '../../../..')
const children = new Set<ChildProcess>()
afterAll(() => {
  for (const c of children) c.kill('SIGKILL')
})

const tsx = (script: string, args: string[]): ChildProcess => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', script), ...args],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit']
    }
  )
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** A member process: one JSON command in, one JSON answer out, in order. */
function memberProcess(): { send<T>(c: object): Promise<T>; kill(): void; end(): Promise<void> } {
  const child = tsx('team-member-child.ts', [])
  const waiting: ((line: string) => void)[] = []
  createInterface({ input: child.stdout! }).on('line', (l) => waiting.shift()?.(l))
  return {
    send: <T>(c: object) =>
      new Promise<T>((res, rej) => {
        waiting.push((line) => {
          const a = JSON.parse(line) as { ok: boolean; r: T; error: string }
          if (a.ok) res(a.r)
          else rej(new Error(a.error))
        })
        child.stdin!.write(`${JSON.stringify(c)}\n`)
      }),
    kill: () => child.kill('SIGKILL'),
    end: () =>
      new Promise<void>((res) => {
        child.once('exit', () => res())
        child.stdin!.end()
      })
  }
}
type Member = ReturnType<typeof memberProcess>
type State = { heads: string; value: PartitionDoc | null }

/** JSON with keys sorted: replicas agree on values, not on the order keys arrived in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x
  )

describe('three member processes and a server process', () => {
  it('sync, partitions (server killed, a client killed), concurrent edits of every kind, heal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-partition-'))
    const serverDir = join(dir, 'server')
    const startServer = async (port: number): Promise<ChildProcess> => {
      await rm(join(serverDir, 'address.txt'), { force: true })
      const s = tsx('team-server-child.ts', [
        'team',
        'serve',
        '--data',
        serverDir,
        '--port',
        String(port)
      ])
      await until(
        () =>
          readFile(join(serverDir, 'address.txt'), 'utf8').then(
            (t) => /^https:\/\/\S+:\d+\n$/.test(t),
            () => false
          ),
        60_000
      )
      return s
    }
    let server = await startServer(0)
    const address = (await readFile(join(serverDir, 'address.txt'), 'utf8')).trim()
    const fingerprint = fingerprintOf(await readFile(join(serverDir, 'cert.pem'), 'utf8'))
    const invite = async (name: string): Promise<string> =>
      formatInvite({
        server: address,
        name,
        role: 'editor',
        token: await addMember(serverDir, name, 'editor'),
        fingerprint
      })

    const names = ['alice', 'bob', 'carol'] as const
    const m: Record<string, Member> = {}
    const links: Record<string, TeamLink> = {}
    for (const n of names) {
      m[n] = memberProcess()
      links[n] = (
        await m[n].send<{ link: TeamLink }>({
          cmd: 'join',
          invite: await invite(n),
          dir: join(dir, n)
        })
      ).link
    }
    const { url } = await m.alice!.send<{ url: string }>({ cmd: 'share' })
    const open = (who: Member): Promise<void> =>
      until(
        () =>
          who.send({ cmd: 'open', url }).then(
            () => true,
            () => false
          ),
        20_000
      )
    await open(m.bob!)
    await open(m.carol!)

    const states = (): Promise<State[]> =>
      Promise.all(names.map((n) => m[n]!.send<State>({ cmd: 'state' })))
    const healed = async (): Promise<number> => {
      const t0 = Date.now()
      await until(async () => {
        const s = await states()
        return s.every(
          (x) =>
            x.heads !== '' &&
            x.heads === s[0]!.heads &&
            canonical(x.value) === canonical(s[0]!.value)
        )
      }, 20_000)
      return Date.now() - t0
    }
    const edit = (who: string, kind: string): Promise<unknown> =>
      m[who]!.send({ cmd: 'edit', who, kind })

    // Sync.
    await edit('alice', 'entry')
    const syncMs = await healed()

    // Partition 1: the server is killed; everyone edits the same fields meanwhile.
    server.kill('SIGKILL')
    await new Promise((r) => server.once('exit', r))
    await Promise.all([
      edit('alice', 'note')
        .then(() => edit('alice', 'color'))
        .then(() => edit('alice', 'tag')),
      edit('bob', 'note')
        .then(() => edit('bob', 'color'))
        .then(() => edit('bob', 'delete')),
      edit('carol', 'note')
        .then(() => edit('carol', 'tag'))
        .then(() => edit('carol', 'entry'))
    ])
    server = await startServer(Number(new URL(address).port))
    const serverHealMs = await healed()

    // Partition 2: carol's machine dies; the others go on; carol comes back and edits at once.
    m.carol!.kill()
    await Promise.all([edit('alice', 'entry'), edit('bob', 'tag'), edit('bob', 'note')])
    m.carol = memberProcess()
    await m.carol.send({ cmd: 'resume', link: links.carol, dir: join(dir, 'carol') })
    await m.carol.send({ cmd: 'open', url })
    await edit('carol', 'color')
    const clientHealMs = await healed()

    const [final] = await states()
    const v = final!.value!
    expect(v.note).toMatch(/^(?=.*alice )(?=.*carol )(?=.*bob .*bob |.*bob .*bob )/s)
    expect(v.note.endsWith('Agreed text.')).toBe(true)
    expect(v.tags).toEqual({ wire: true, alice: true, carol: true, bob: true })
    expect(v.color).toBe('carol')
    expect(v.deletedAt).toBe('deleted by bob')
    expect(Object.values(v.edits).sort()).toEqual(['alice', 'alice', 'carol'])

    // The server holds all of it: a newcomer gets the same heads.
    m.dave = memberProcess()
    await m.dave.send({ cmd: 'join', invite: await invite('dave'), dir: join(dir, 'dave') })
    await open(m.dave)
    await until(
      async () => (await m.dave!.send<State>({ cmd: 'state' })).heads === final!.heads,
      20_000
    )

    process.stderr.write(
      `team partition: first sync ${syncMs} ms, healed after server kill ${serverHealMs} ms, after client kill ${clientHealMs} ms\n`
    )
    for (const who of Object.values(m)) await who.end()
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
    await rm(dir, { recursive: true, force: true })
  }, 240_000)
})
