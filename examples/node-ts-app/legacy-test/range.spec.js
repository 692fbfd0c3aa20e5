import assert from 'node:assert/strict'
import { range } from '../legacy/range.js'

describe('range', () => {
  it('counts up to the end', () => {
    assert.deepEqual(range(0, 3), [0, 1, 2])
  })

  it('takes a step', () => {
    assert.deepEqual(range(0, 10, 5), [0, 5])
  })

  it('refuses a step that never ends', () => {
    assert.throws(() => range(0, 1, 0), RangeError)
  })
})
