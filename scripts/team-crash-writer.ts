// The writer the team crash test SIGKILLs: opens the team repo in DIR, then commits one
// annotation or note edit after another, printing each only once its commit (a flush through
// the crash-atomic storage) has resolved. The parent counts nothing it did not see printed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import { writeFileAtomic } from '../src/main/services/atomic-file'
import {
  imm,
  newAnnotationsDoc,
  type AnnotationsDoc,
  type StoredAnnotation
} from '../src/main/team/shapes'
import { openTeamRepo } from '../src/main/team/team-repo'
import { initAutomergeForScripts } from '../test-support/automerge-scripts'

export const NOTE_ID = 'an-note'

export const annotation = (note: string): StoredAnnotation => ({
  quote: { exact: imm('troops'), prefix: imm('the '), suffix: imm(' left') },
  pos: { start: 4, end: 10 },
  color: imm('yellow'),
  tags: { crash: true },
  note,
  grade: null,
  anchor: { status: imm('exact'), confidence: 1 },
  by: imm('writer'),
  created: imm(new Date().toISOString()),
  modified: imm(new Date().toISOString()),
  deletedAt: null
})

async function main(): Promise<void> {
  const [dir, round] = process.argv.slice(2) as [string, string]
  await initAutomergeForScripts()
  const team = openTeamRepo({ dir: join(dir, 'repo'), network: [] })
  const urlFile = join(dir, 'doc-url')
  let h: DocHandle<AnnotationsDoc>
  if (existsSync(urlFile))
    h = await team.repo.find<AnnotationsDoc>(readFileSync(urlFile, 'utf8') as AutomergeUrl)
  else {
    h = team.repo.create(newAnnotationsDoc('crash'))
    await team.commit(h, (d) => void (d.annotations[NOTE_ID] = annotation('')))
    await writeFileAtomic(urlFile, h.url)
  }
  process.stdout.write('ready\n')
  for (let n = 0; ; n++) {
    if (n % 3 === 2) {
      const note = `round ${round} edit ${n}`
      process.stdout.write(`sending note ${note}\n`)
      await team.commit(h, (d) => {
        const a = d.annotations[NOTE_ID] as StoredAnnotation
        a.note = note
      })
      process.stdout.write(`note ${note}\n`)
    } else {
      const id = `an-${round}-${n}`
      await team.commit(h, (d) => void (d.annotations[id] = annotation(`made in round ${round}`)))
      process.stdout.write(`ack ${id}\n`)
    }
  }
}

if (process.argv[1]?.endsWith('team-crash-writer.ts'))
  main().catch((e) => {
    process.stderr.write(`writer failed: ${(e as Error).stack}\n`)
    process.exit(1)
  })
