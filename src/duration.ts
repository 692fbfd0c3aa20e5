/**
 * The one way a duration is written, in the log, the report and messages: Go's notation
 * (`850ms`, `12.3s`, `1m30s`) without zero units, so a whole-unit timeout reads as the config
 * wrote it (`90s` is `1m30s`, but `20m` and `1h` stay as they are).
 */

/** "850ms", "5s", "12.3s", "1m", "1m30s", "10m", "1h", "1h0m5s"; "—" when unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—'
  const wholeMs = Math.round(ms)
  if (wholeMs < 1000) return `${wholeMs}ms`
  const tenths = Math.round(ms / 100)
  if (tenths < 600) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`
  const seconds = Math.round(ms / 1000)
  const parts: [number, string][] = [
    [Math.floor(seconds / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's']
  ]
  // Leading and trailing zero units are left out; one between two others stays (1h0m5s).
  while (parts[0]![0] === 0) parts.shift()
  while (parts.at(-1)![0] === 0) parts.pop()
  return parts.map(([count, unit]) => `${count}${unit}`).join('')
}
