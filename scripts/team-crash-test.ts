// `npm run test:crash:team`: SIGKILLs a process writing to a team library (automerge-repo over
// the crash-atomic storage) at a random 100-500 ms after it starts writing, up to 200 times
// over one repo, and checks after every kill that every acknowledged edit loads. Bounded in
// count (CRASH_KILLS, 200) and time (CRASH_SECONDS, 240): it reports how many rounds ran.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AutomergeUrl } from '@automerge/automerge-repo'
import type { AnnotationsDoc } from '../src/main/team/shapes'
import { openTeamRepo } from '../src/main/team/team-repo'
import { initAutomergeForScripts } from '../test-support/automerge-scripts'
import { seededRandom } from '../test-support/random'
import { NOTE_ID } from './team-crash-writer'

const KILLS = Number(process.env.CRASH_KILLS ?? 200)
const SECONDS = Number(process.env.CRASH_SECONDS ?? 240)
const rand = seededRandom(Number(process.env.CRASH_SEED ?? 20261129))
const WRITER = join(__dirname, 'team-crash-writer.ts')

type Round = { acked: string[]; note: string | null; sending: string | null }

/** Runs the writer until a random moment after it is ready, then SIGKILLs it. */
function round(dir: string, n: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(n)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const out: Round = { acked: [], note: null, sending: null }
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), 100 + rand() * 400)
        else if (line.startsWith('ack ')) out.acked.push(line.slice(4))
        else if (line.startsWith('sending note ')) out.sending = line.slice(13)
        else if (line.startsWith('note ')) [out.note, out.sending] = [line.slice(5), null]
      }
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(out) : reject(new Error(`writer exited ${code}: ${stderr}`))
    )
  })
}

async function main(): Promise<void> {
  await initAutomergeForScripts()
  const dir = mkdtempSync(join(tmpdir(), 'parallax-team-crash-'))
  const acked = new Set<string>()
  let note: string | null = null
  let lost = 0
  let rounds = 0
  let edits = 0
  let cleaned = 0
  const started = Date.now()
  while (rounds < KILLS && Date.now() - started < SECONDS * 1000) {
    const r = await round(dir, rounds++)
    for (const id of r.acked) acked.add(id)
    edits += r.acked.length + (r.note ? 1 : 0)
    note = r.note ?? note
    cleaned += readdirSync(join(dir, 'repo', '.tmp')).length
    const team = openTeamRepo({ dir: join(dir, 'repo'), network: [] })
    try {
      const url = readFileSync(join(dir, 'doc-url'), 'utf8') as AutomergeUrl
      const doc = (await team.repo.find<AnnotationsDoc>(url)).doc()
      const missing = [...acked].filter((id) => !doc.annotations[id])
      const onDisk = doc.annotations[NOTE_ID]?.note ?? ''
      // The note in flight at the kill may or may not have reached the disk; both are right.
      const noteLost = note !== null && onDisk !== note && onDisk !== r.sending
      if (missing.length || noteLost)
        console.log(
          `round ${rounds}: lost ${missing.join(', ')}${noteLost ? ` note "${note}" (disk "${onDisk}")` : ''}`
        )
      lost += missing.length + (noteLost ? 1 : 0)
      if (onDisk === r.sending) note = onDisk
    } catch (e) {
      if (rounds > 1 || acked.size) throw e
    } finally {
      await team.close()
    }
  }
  const strays = readdirSync(join(dir, 'repo', '.tmp'))
  const damaged = readdirSync(join(dir, 'repo')).includes('.damaged')
  console.log(
    `team crash test: ${rounds} kills (SIGKILL), ${edits} acknowledged edits (${acked.size} new annotations), ${lost} lost, ${cleaned} temp files left by kills and removed on open, ${strays.length} left after, ${damaged ? 'damaged chunks found' : 'no damaged chunk'}, ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  rmSync(dir, { recursive: true, force: true })
  if (lost > 0 || damaged || rounds < Math.min(KILLS, 20)) process.exit(1)
}

main().catch((e) => {
  console.error(`team crash test failed: ${(e as Error).stack ?? e}`)
  process.exit(1)
})
