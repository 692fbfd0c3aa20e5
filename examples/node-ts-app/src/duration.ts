const UNITS: readonly (readonly [string, number])[] = [
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000]
]

/** "1h 2m 3s" for 3,723,000 ms; "0s" under a second. */
export function formatDuration(ms: number): string {
  const parts: string[] = []
  let rest = Math.floor(ms)
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size)
    if (count > 0) parts.push(`${count}${unit}`)
    rest -= count * size
  }
  return parts.length === 0 ? '0s' : parts.join(' ')
}
