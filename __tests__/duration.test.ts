import { formatDuration } from '../src/duration.js'
import { parseDuration } from '../src/plan/config.js'

describe('formatDuration: the one duration format (log, report, messages)', () => {
  it.each([
    [null, '—'],
    [Number.NaN, '—'],
    [0, '0ms'],
    [850.4, '850ms'],
    [999.6, '1s'],
    [5000, '5s'],
    [12_340, '12.3s'],
    [59_960, '1m'],
    [90_000, '1m30s'],
    [125_000, '2m5s'],
    [600_000, '10m'],
    [750_400, '12m30s'],
    [3_600_000, '1h'],
    [3_605_000, '1h0m5s'],
    [3_720_000, '1h2m'],
    [3_725_000, '1h2m5s']
  ])('%p ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('writes a whole-unit timeout the way the config reads it back', () => {
    for (const written of ['5s', '45s', '20m', '1h']) {
      expect(formatDuration(parseDuration(written))).toBe(written)
    }
  })
})
