import { expect, test } from 'tstyche'
import { formatDuration, slugify } from '../src/index'

test('slugify takes and returns a string', () => {
  expect(slugify('a')).type.toBe<string>()
  expect(slugify).type.not.toBeCallableWith(1)
})

test('formatDuration takes milliseconds', () => {
  expect(formatDuration(1)).type.toBe<string>()
})
