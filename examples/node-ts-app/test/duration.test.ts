import { describe, expect, it } from 'vitest'
import { formatDuration } from '../src/duration'

describe('formatDuration', () => {
  it('names hours, minutes and seconds', () => {
    expect(formatDuration(3_723_000)).toBe('1h 2m 3s')
  })

  it('says 0s under a second', () => {
    expect(formatDuration(999)).toBe('0s')
  })

  it.skip('rounds to the nearest second', () => {
    expect(formatDuration(1_500)).toBe('2s')
  })
})
