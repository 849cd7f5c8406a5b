/** The list with the item at `from` moved to index `to` (clamped); the same list if nothing moves. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to))
  if (from === target || from < 0 || from >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(target, 0, item as T)
  return out
}
