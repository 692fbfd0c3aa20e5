import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slug'

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('Hello World')).toBe('hello-world')
  })

  it('drops accents', () => {
    expect(slugify('Crème Brûlée')).toBe('creme-brulee')
  })

  it('collapses punctuation and spaces', () => {
    expect(slugify('  a -- b!! c ')).toBe('a-b-c')
  })
})
