import { cell, openCliServices } from './context'

/** `parallax list [--json]`: the library, one article per line. */
export async function listCommand(json: boolean): Promise<number> {
  const services = await openCliServices()
  const rows = services.library.list({ sort: 'date' })
  if (json) {
    const out = rows.map((r) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      date: r.date,
      words: r.wordCount
    }))
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } else {
    process.stdout.write(
      `${cell('ID', 12)}  ${cell('DATE', 10)}  ${cell('WORDS', 6)}  ${cell('SOURCE', 18)}  TITLE\n`
    )
    for (const r of rows)
      process.stdout.write(
        `${cell(r.id, 12)}  ${cell(r.date || '-', 10)}  ${String(r.wordCount).padStart(6)}  ${cell(r.source || '-', 18)}  ${r.title}\n`
      )
    process.stdout.write(`${rows.length} article${rows.length === 1 ? '' : 's'}\n`)
  }
  await services.close()
  return 0
}
