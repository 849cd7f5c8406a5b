import { access, mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocHandle } from '@automerge/automerge-repo'
import type { ShareReport } from '../../shared/contract'
import { err, ok, type Result } from '../../shared/result'
import { TEAM_USER } from '../../shared/vocabulary'
import { writeFileAtomic } from '../services/atomic-file'
import { AnnotationFiles } from '../services/annotations/annotation-files'
import { checkLibraryData, emptyLibrary, type LibraryData } from '../services/library-schema'
import { Store } from '../services/store'
import { openStoreFile } from '../services/store-open'
import { TextStore } from '../services/text-store'
import {
  imm,
  newAnnotationsDoc,
  newDecisionsDoc,
  newLibraryDoc,
  newLinksDoc,
  newMember,
  newTextDoc,
  storedAnnotation,
  storedArticle,
  storedDecision,
  storedLink,
  type LibraryDoc
} from './shapes'
import { TEAM_FILE, teamDir, type TeamConfig } from './team-config'
import { openTeamRepo } from './team-repo'
import { TEAM_FIELDS } from './team-library'

export type { ShareReport }

/**
 * Converts a solo library into a team library, once, keeping every article, annotation, link
 * and finding id. The team documents are written and flushed first; `team.json`, written
 * atomically last, is the switch: a crash before it leaves the solo library exactly as it
 * was. Afterwards the solo files move to a backup folder and library.json keeps only the
 * local-only fields (prefs, seededAt, story edits), so nothing is stored twice.
 */
export async function shareLibrary(o: {
  dataDir: string
  user: string
  name?: string
  now?: () => Date
}): Promise<Result<ShareReport>> {
  if (!TEAM_USER.test(o.user))
    return err('invalid-argument', `"${o.user}" is not a user name: use a-z, 0-9, _ and -.`)
  if (await exists(join(o.dataDir, TEAM_FILE)))
    return err('invalid-argument', 'This library is already a team library.')
  const at = (o.now ?? (() => new Date()))().toISOString()
  const opened = await openStoreFile<LibraryData>({
    dir: o.dataDir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData
  })
  const local = new Store(opened.db, emptyLibrary)
  const solo = local.data
  const texts = new TextStore(join(o.dataDir, 'texts'))
  const annotationFiles = new AnnotationFiles(join(o.dataDir, 'annotations'))
  const team = openTeamRepo({ dir: teamDir(o.dataDir), network: [] })
  const report = { articles: 0, annotations: 0, links: solo.links.length, decisions: 0 }
  let library: DocHandle<LibraryDoc>
  try {
    const links = team.repo.create(newLinksDoc())
    links.change((d) => {
      for (const l of solo.links) d.links[l.id] = storedLink(l, o.user)
    })
    const decisions = team.repo.create(newDecisionsDoc(o.user))
    decisions.change((d) => {
      for (const [id, x] of Object.entries(solo.decisions)) d.decisions[id] = storedDecision(x)
    })
    report.decisions = Object.keys(solo.decisions).length
    const name = o.name?.trim() || 'Team library'
    library = team.repo.create(newLibraryDoc(name, links.url, solo.palette))
    for (const m of solo.articles) {
      const text = team.repo.create(newTextDoc(m.contentHash, await texts.read(m.id)))
      const notes = team.repo.create(newAnnotationsDoc(m.id))
      const file = (await annotationFiles.store(m.id)).data.annotations
      notes.change((d) => {
        for (const a of file) d.annotations[a.id] = storedAnnotation(a, o.user)
      })
      report.annotations += file.length
      library.change((d) => {
        d.articles[m.id] = storedArticle(m, { textDoc: text.url, annotationsDoc: notes.url })
      })
      report.articles++
    }
    library.change((d) => {
      d.members[o.user] = newMember(o.user, 'editor')
      d.decisionsDocs[o.user] = imm(decisions.url)
    })
    await team.repo.flush()
  } finally {
    await team.close()
  }
  const config: TeamConfig = { library: library.url, user: o.user, sharedAt: at }
  await writeFileAtomic(join(o.dataDir, TEAM_FILE), JSON.stringify(config, null, 2))
  const backup = join(o.dataDir, `solo-backup-${at.replace(/[:.]/g, '-')}`)
  await mkdir(backup, { recursive: true })
  await writeFileAtomic(join(backup, 'library.json'), JSON.stringify(solo, null, 2))
  for (const dir of ['annotations', 'texts'])
    await rename(join(o.dataDir, dir), join(backup, dir)).catch(() => undefined)
  const r = await local.update((d) => {
    for (const k of TEAM_FIELDS) Object.assign(d, { [k]: emptyLibrary()[k] })
  }, 'the local settings')
  if (!r.ok) return r
  return ok({ url: library.url, ...report, backup })
}

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false
  )
