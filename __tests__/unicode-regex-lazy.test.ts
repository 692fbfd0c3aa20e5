// A UnicodeRegex may be given a function for its Unicode regex: it is called once, only when a
// text that is not ASCII is searched (creating a regex with Unicode property classes costs V8 up
// to a few tenths of a millisecond, and on ASCII text the ASCII twin does the work).
import { UnicodeRegex } from '../src/unicode-regex.js'
import { priorityInHeading } from '../src/checklist/priority.js'

test('a lazily made Unicode regex is made once, when first needed', () => {
  let made = 0
  const twin = new UnicodeRegex(() => {
    made++
    return /\p{L}+/u
  }, /[A-Za-z]+/)
  expect(twin.for('plain ASCII')).toBe(twin.ascii)
  expect(made).toBe(0)
  const unicode = twin.for('café')
  expect(made).toBe(1)
  expect(unicode.exec('café')?.[0]).toBe('café')
  expect(twin.for('naïve')).toBe(unicode)
  expect(twin.unicode).toBe(unicode)
  expect(made).toBe(1)
})

test('priority keywords are found on ASCII and other text alike', () => {
  expect(priorityInHeading('Security (MUST COMPLETE)').priority).toEqual({
    label: 'MUST COMPLETE',
    level: 'critical'
  })
  expect(priorityInHeading('Sécurité (MUST COMPLETE)').priority).toEqual({
    label: 'MUST COMPLETE',
    level: 'critical'
  })
  expect(priorityInHeading('Docs — high priority').priority).toEqual({
    label: 'high priority',
    level: 'high'
  })
  // A letter of any script next to a keyword makes it part of another word.
  expect(priorityInHeading('Reviewé (éoptional)').priority.level).toBe('none')
})
