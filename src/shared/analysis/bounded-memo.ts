/**
 * A memo by string key that holds at most `size` results, then starts afresh, so memory stays
 * bounded on any input. `make` runs on a miss and its result is kept as it is.
 */
export function boundedMemo<T>(size: number): (key: string, make: () => T) => T {
  const memo = new Map<string, T>()
  return (key, make) => {
    let value = memo.get(key)
    if (value === undefined) {
      if (memo.size >= size) memo.clear()
      value = make()
      memo.set(key, value)
    }
    return value
  }
}
