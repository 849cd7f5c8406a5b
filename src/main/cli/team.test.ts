import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseInvite } from '../../shared/team-invite'
import { fingerprintOf } from '../team/server/certificate'
import { memberForToken, readMembers } from '../team/server/members'
import { main } from '../cli'
import { testTeamServer } from '../team/server/test-team'

const dirs: string[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

const SERVER = 'https://10.0.0.5:7420'
/** `team add-member NAME --role ROLE --data DIR --server SERVER` plus extra flags. */
const add = (dir: string, name: string, role: string, ...extra: string[]): Promise<Result> =>
  run(['team', 'add-member', name, '--role', role, '--data', dir, '--server', SERVER, ...extra])

type Result = { code: number; stdout: string; stderr: string }
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true))
  const code = await main(args)
  vi.restoreAllMocks()
  return { code, stdout, stderr }
}

describe('parallax team add-member / remove-member', () => {
  it('prints one invite line that joins with the pinned certificate, and revokes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-team-cli-'))
    dirs.push(dir)
    const added = await add(dir, 'alice', 'editor')
    expect(added.code).toBe(0)
    const line = added.stdout.split('\n').find((l) => l.startsWith('parallax-invite:'))!
    const parsed = parseInvite(line)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.invite).toMatchObject({
      server: SERVER,
      name: 'alice',
      role: 'editor'
    })
    expect(parsed.invite.fingerprint).toBe(
      fingerprintOf(await readFile(join(dir, 'cert.pem'), 'utf8'))
    )
    expect(added.stdout).toContain(parsed.invite.token)
    // Only a hash is kept; the token maps back to alice.
    expect(await readFile(join(dir, 'members.json'), 'utf8')).not.toContain(parsed.invite.token)
    expect(memberForToken(await readMembers(dir), parsed.invite.token)).toEqual({
      name: 'alice',
      role: 'editor'
    })

    const again = await add(dir, 'alice', 'reader')
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already a member.*--rotate/)

    const rotated = await add(dir, 'alice', 'reader', '--rotate', '--json')
    const token2 = (JSON.parse(rotated.stdout) as { token: string }).token
    expect(memberForToken(await readMembers(dir), parsed.invite.token)).toBeNull()
    expect(memberForToken(await readMembers(dir), token2)).toEqual({
      name: 'alice',
      role: 'reader'
    })

    expect((await run(['team', 'remove-member', 'alice', '--data', dir])).code).toBe(0)
    expect(memberForToken(await readMembers(dir), token2)).toBeNull()
    const gone = await run(['team', 'remove-member', 'alice', '--data', dir])
    expect(gone.stderr).toMatch(/alice is not a member/)
  })

  it('refuses bad names, roles and a missing address with a sentence', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-team-cli-'))
    dirs.push(dir)
    const name = await run([
      'team',
      'add-member',
      'Bob Smith',
      '--role',
      'editor',
      '--data',
      dir,
      '--server',
      'https://h:1'
    ])
    expect(name.stderr).toMatch(/not a valid member name/)
    const role = await run(['team', 'add-member', 'bob', '--role', 'admin', '--data', dir])
    expect(role.code).toBe(2)
    expect(role.stderr).toMatch(/--role editor or --role reader/)
    const address = await run(['team', 'add-member', 'bob', '--role', 'editor', '--data', dir])
    expect(address.stderr).toMatch(/no server address/)
    await writeFile(join(dir, 'address.txt'), 'https://192.168.1.9:7420\n')
    const recorded = await run(['team', 'add-member', 'bob', '--role', 'editor', '--data', dir])
    expect(recorded.stdout).toContain('server=https%3A%2F%2F192.168.1.9%3A7420')
  })
})

describe('parallax team join', () => {
  it('keeps the link (0600) after checking the certificate, and refuses another certificate', async () => {
    const t = await testTeamServer()
    const data = await mkdtemp(join(tmpdir(), 'parallax-join-'))
    dirs.push(data)
    vi.stubEnv('PARALLAX_DATA_DIR', data)
    try {
      const invite = await t.invite('alice')
      const joined = await run(['team', 'join', invite])
      expect(joined.code).toBe(0)
      expect(joined.stdout).toMatch(/as alice \(editor\); the certificate matched/)
      const file = join(data, 'team-link.json')
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
        name: 'alice',
        server: t.server.url
      })
      expect((await stat(file)).mode & 0o077).toBe(0)
      const forged = invite.replace(/fingerprint=[0-9a-f]+/, `fingerprint=${'ab'.repeat(32)}`)
      const refused = await run(['team', 'join', forged])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(/not the pinned one/)
    } finally {
      vi.unstubAllEnvs()
      await t.stop()
    }
  })
})
