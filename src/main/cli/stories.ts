import { call } from '../dispatch'
import { cell, cliDataDir } from './context'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'
import { openLibraryReadOnly } from './read-only'
import { counted } from '../../shared/text/count'

/**
 * `parallax stories [--json]`: the library's stories (events), each with its articles. Reads
 * the library without the lock and without changing it, like `list`.
 */
export async function storiesCommand(json: boolean): Promise<number> {
  const lib = await openLibraryReadOnly(cliDataDir())
  for (const n of lib.notices()) say('stories', n)
  const listed = await call(lib.api, 'listStories')
  if (!listed.ok) return failed(listed.error.message)
  const articles = await call(lib.api, 'listArticles')
  if (!articles.ok) return failed(articles.error.message)
  const stories = listed.value
  const metas = new Map(articles.value.map((a) => [a.id, a]))
  const meta = (id: string) => metas.get(id)
  if (json) {
    outJson(
      stories.map((s) => ({
        id: s.id,
        name: s.name,
        from: s.from,
        to: s.to,
        articles: s.articles.map((id) => ({
          id,
          title: meta(id)?.title ?? '',
          source: meta(id)?.source ?? '',
          date: meta(id)?.date ?? ''
        }))
      }))
    )
    return EXIT.ok
  }
  const lines: string[] = []
  for (const s of stories) {
    lines.push(`${s.id}  ${s.name}  (${counted(s.articles.length, 'article')})`)
    for (const id of s.articles) {
      const m = meta(id)
      lines.push(
        `    ${cell(id, 12)}  ${cell(m?.date || '-', 10)}  ${cell(m?.source || '-', 18)}  ${m?.title ?? ''}`
      )
    }
  }
  lines.push(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}`)
  out(`${lines.join('\n')}\n`)
  return EXIT.ok
}

function failed(message: string): number {
  say('stories', message)
  return EXIT.failed
}
