// Differential test against GitHub's parser: for every real checklist in the shared corpus, the
// seed and the hand-made edge cases, the task items found (line, checked, parent, depth) must be
// exactly cmark-gfm's, apart from the two documented gaps of Debian's old cmark-gfm build.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parseChecklist } from '../../src/checklist/parse.js'
import { scratchDirectory } from '../support/temporary.js'
import {
  CORPUS,
  FIXTURES,
  SEED,
  cmarkAvailable,
  cmarkTaskKeys,
  comparableKeys,
  taskKeys,
  type TaskKey
} from './helpers.js'

const scratch = scratchDirectory('checklist-differential-')

const haveCmark = cmarkAvailable()
const haveCorpus = existsSync(CORPUS)
if (!haveCmark) {
  console.warn(
    'cmark-gfm is not installed (apt-get install -y cmark-gfm): differential tests skipped'
  )
}
if (!haveCorpus)
  console.warn(`corpus folder ${CORPUS} is absent: corpus differential tests skipped`)

const markdownIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .sort()
    .map((name) => path.join(folder, name))

const corpusFiles = haveCorpus ? markdownIn(CORPUS) : []
const fixtureFiles = markdownIn(FIXTURES)

/** Both sides' keys with the documented cmark-gfm gaps taken out (see helpers.ts). */
function comparable(file: string): { ours: TaskKey[]; theirs: TaskKey[]; excluded: number } {
  const text = readFileSync(file, 'utf8')
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  const all = taskKeys(parseChecklist(text, file))
  const ours = comparableKeys(all, lines)
  return {
    ours,
    theirs: comparableKeys(cmarkTaskKeys(file), lines),
    excluded: all.length - ours.length
  }
}

const describeIfCmark = haveCmark ? describe : describe.skip
const describeIfCorpus = haveCmark && haveCorpus ? describe : describe.skip

describeIfCorpus('task items equal cmark-gfm on the real-world corpus', () => {
  test('the corpus holds the 20 checklists listed in SOURCES.md', () => {
    expect(corpusFiles).toHaveLength(20)
  })

  test.each(corpusFiles.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
    const { ours, theirs } = comparable(file)
    expect(ours).toEqual(theirs)
  })

  test('the corpus exercises thousands of items, and block quotes only in file 19', () => {
    const counts = corpusFiles.map((file) => comparable(file))
    const total = counts.reduce((sum, count) => sum + count.ours.length, 0)
    expect(total).toBeGreaterThan(1500)
    const excluded = corpusFiles.filter((_file, index) => (counts[index]?.excluded ?? 0) > 0)
    expect(excluded.map((file) => path.basename(file))).toEqual([
      '19_plotlink-launch-queue-blockquote-gates.md'
    ])
    expect(counts[18]?.excluded).toBe(10)
  })
})

describe('chunked parsing (large documents) and the simple-list fast path change nothing', () => {
  test.each([...corpusFiles, SEED, ...fixtureFiles].map((file) => [path.basename(file), file]))(
    '%s',
    (_name, file) => {
      const text = readFileSync(file, 'utf8')
      const whole = parseChecklist(text, file, { chunkChars: Number.POSITIVE_INFINITY })
      expect(parseChecklist(text, file, { chunkChars: 1 })).toEqual(whole)
      expect(parseChecklist(text, file, { chunkChars: 2_000 })).toEqual(whole)
      expect(parseChecklist(text, file, { simpleLists: false })).toEqual(whole)
    }
  )
})

describeIfCmark('task items equal cmark-gfm on the seed and the edge-case fixtures', () => {
  test.each([SEED, ...fixtureFiles].map((file) => [path.basename(file), file]))(
    '%s',
    (_name, file) => {
      const { ours, theirs } = comparable(file)
      expect(ours).toEqual(theirs)
      expect(ours.length).toBeGreaterThan(0)
    }
  )

  test.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r']
  ])('%s line endings give the same items as LF, and as cmark-gfm', (_name, ending) => {
    const directory = mkdtempSync(path.join(scratch.dir, 'checklist-eol-'))
    for (const name of ['nesting.md', 'markers.md', 'tabs.md']) {
      const lf = readFileSync(path.join(FIXTURES, name), 'utf8')
      const converted = path.join(directory, name)
      writeFileSync(converted, lf.replace(/\n/g, ending))
      const expected = taskKeys(parseChecklist(lf, name))
      expect(taskKeys(parseChecklist(lf.replace(/\n/g, ending), name))).toEqual(expected)
      const { ours, theirs } = comparable(converted)
      expect(ours).toEqual(theirs)
    }
  })
})
