import { checkNameSlug } from '../src/github/comment.js'
import { validationSlug } from '../src/plan/ids.js'
import { plural, slug } from '../src/wording.js'

describe('plural: one rule for "1 error", "2 errors"', () => {
  it.each([
    [0, 'error', undefined, '0 errors'],
    [1, 'error', undefined, '1 error'],
    [2, 'entry', 'entries', '2 entries'],
    [1, 'entry', 'entries', '1 entry']
  ])('%d %s → %s', (count, singular, pluralForm, text) => {
    expect(plural(count, singular, pluralForm)).toBe(text)
  })
})

describe('slug: one rule for ids made of names', () => {
  it('folds accents, joins words with one hyphen, cuts, and falls back', () => {
    expect(slug('  Prod / Readiness: v2!! ', 'x')).toBe('prod-readiness-v2')
    expect(slug('Prüfung: Überblick', 'x')).toBe('prufung-uberblick')
    expect(slug('🚀', 'fallback')).toBe('fallback')
    expect(slug('abc def', 'x', 5)).toBe('abc-d')
    // A cut that ends on a hyphen loses it.
    expect(slug('abcd efg', 'x', 5)).toBe('abcd')
  })

  it('is the rule behind validation ids and the sticky comment marker', () => {
    expect(validationSlug('Prüfung der Formatierung')).toBe('prufung-der-formatierung')
    expect(validationSlug('!!!')).toBe('validation')
    expect(validationSlug('x'.repeat(80))).toHaveLength(60)
    expect(checkNameSlug('Prüfung der Formatierung')).toBe('prufung-der-formatierung')
    expect(checkNameSlug('🚀')).toBe('default')
    expect(checkNameSlug('x'.repeat(80))).toHaveLength(80)
  })
})
