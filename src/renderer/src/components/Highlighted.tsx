import type { Ranges } from '../../../shared/model'

/** Text with the given [start, end) ranges wrapped in <mark>. Overlapping ranges are merged. */
export function Highlighted({
  text,
  ranges
}: {
  text: string
  ranges?: Ranges
}): React.JSX.Element {
  if (!ranges?.length) return <>{text}</>
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [s, e] of sorted) {
    const start = Math.max(s, at)
    if (e <= start) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, e)}</mark>)
    at = e
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
