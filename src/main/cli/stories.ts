import { cell, openCliServices } from './context'

/** `parallax stories [--json]`: the library's stories (events), each with its articles. */
export async function storiesCommand(json: boolean): Promise<number> {
  const services = await openCliServices()
  const stories = await services.stories.list()
  const meta = (id: string) => services.library.meta(id)
  if (json) {
    const out = stories.map((s) => ({
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
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } else {
    for (const s of stories) {
      process.stdout.write(`${s.id}  ${s.name}  (${s.articles.length} articles)\n`)
      for (const id of s.articles) {
        const m = meta(id)
        process.stdout.write(
          `    ${cell(id, 12)}  ${cell(m?.date || '-', 10)}  ${cell(m?.source || '-', 18)}  ${m?.title ?? ''}\n`
        )
      }
    }
    process.stdout.write(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}\n`)
  }
  await services.close()
  return 0
}
