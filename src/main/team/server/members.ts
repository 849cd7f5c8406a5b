import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { MEMBER_NAME, TEAM_ROLES, type TeamRole } from '../../../shared/team-invite'
import { writeFileAtomic } from '../../services/atomic-file'

/** A member as stored: the token itself is never kept, only its SHA-256. */
export type StoredMember = { role: TeamRole; tokenSha256: string; since: string }
export type MemberFile = { version: 1; members: Record<string, StoredMember> }
export type Member = { name: string; role: TeamRole }

const FILE = 'members.json'
const LOCK = 'members.lock'

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest()

/** The members of the team in `dir`; an absent file is a team with no members yet. */
export async function readMembers(dir: string): Promise<MemberFile> {
  let text: string
  try {
    text = await readFile(join(dir, FILE), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, members: {} }
    throw e
  }
  const parsed = JSON.parse(text) as MemberFile
  if (parsed?.version !== 1 || typeof parsed.members !== 'object')
    throw new Error(`${join(dir, FILE)} is not a Parallax members file.`)
  return parsed
}

/** When members.json last changed, so a running server notices a removal without polling it whole. */
export const membersStamp = async (dir: string): Promise<number> =>
  stat(join(dir, FILE)).then(
    (s) => s.mtimeMs,
    () => 0
  )

/**
 * Finds the member a token belongs to. Every stored hash is compared in constant time, and all
 * of them are, so neither the answer's timing nor its position tells an attacker anything.
 */
export function memberForToken(file: MemberFile, token: string): Member | null {
  const given = sha256(token)
  let found: Member | null = null
  for (const [name, m] of Object.entries(file.members)) {
    const stored = Buffer.from(m.tokenSha256, 'hex')
    if (stored.length === given.length && timingSafeEqual(stored, given) && !found)
      found = { name, role: m.role }
  }
  return found
}

/**
 * Adds a member, or gives an existing one a new token when `rotate` is set (the old token stops
 * working at once). Returns the new token, which is shown once and stored only as a hash.
 */
export async function addMember(
  dir: string,
  name: string,
  role: TeamRole,
  rotate = false
): Promise<string> {
  if (!MEMBER_NAME.test(name))
    throw new Error(
      `"${name}" is not a valid member name: use 1 to 32 lower-case letters, digits, _ or -, starting with a letter.`
    )
  if (!(TEAM_ROLES as readonly string[]).includes(role))
    throw new Error(`"${role}" is not a role: use editor or reader.`)
  const token = randomBytes(32).toString('hex')
  await update(dir, (file) => {
    if (file.members[name] && !rotate)
      throw new Error(
        `${name} is already a member. Use --rotate to issue a new token (the old one stops working).`
      )
    file.members[name] = {
      role,
      tokenSha256: sha256(token).toString('hex'),
      since: new Date().toISOString()
    }
  })
  return token
}

/** Removes a member: their token is refused from now on and a running server drops them. */
export async function removeMember(dir: string, name: string): Promise<void> {
  await update(dir, (file) => {
    if (!file.members[name]) throw new Error(`${name} is not a member of this team.`)
    file.members = Object.fromEntries(Object.entries(file.members).filter(([n]) => n !== name))
  })
}

/** Read, change, write atomically, under a lock file so two commands never lose each other's edit. */
async function update(dir: string, edit: (file: MemberFile) => void): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const lockPath = join(dir, LOCK)
  const lock = await open(lockPath, 'wx').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EEXIST')
      throw new Error(
        `${lockPath} exists: another member command is running, or one crashed. Remove the file if none is running.`
      )
    throw e
  })
  try {
    const file = await readMembers(dir)
    edit(file)
    await writeFileAtomic(join(dir, FILE), `${JSON.stringify(file, null, 2)}\n`)
  } finally {
    await lock.close()
    await unlink(lockPath)
  }
}
