// Parsing in parts on several threads (parallel.ts) must give exactly what one pass gives: on
// generated documents cut at every possible place, when a cut lands inside a fence, an HTML block
// or a status section's span, when a worker fails, and with real worker threads from dist/.
import fc from 'fast-check'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadChecklist, PARALLEL_MIN_CHARS } from '../../src/checklist/load.js'
import { allItems } from '../../src/checklist/model.js'
import {
  fromMessage,
  parseChecklistInParallel,
  partStarts,
  toMessage,
  walkPart,
  workerRunner,
  type PartRequest,
  type PartRunner
} from '../../src/checklist/parallel.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { line } from './arbitraries.js'
import { ROOT, SEED } from './helpers.js'

/** Runs parts on this thread, through the same flat encoding a worker's message uses. */
function inThread(log: PartRequest[] = []): PartRunner {
  return (request) => {
    log.push(request)
    return {
      result: Promise.resolve(fromMessage(toMessage(walkPart(request)))),
      cancel: () => undefined
    }
  }
}

/** A runner whose threads all fail (their parts are walked on this thread instead). */
const failing: PartRunner = () => ({ result: Promise.resolve(null), cancel: () => undefined })

const HEADINGS = [
  '# Title',
  '## Current Status',
  '### Blockers',
  '## Phase 1: Critical Fixes (MUST COMPLETE)',
  '### Security',
  '## Phase 2: High Priority (STRONGLY RECOMMENDED)',
  '## Sign-off',
  '### Technical Lead Sign-off',
  '#### Notes',
  '## Appendix'
]

const BODY_LINES = fc.oneof(
  { weight: 6, arbitrary: line },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '**Overall Readiness:** NOT READY',
      '**Blockers:**',
      '1. Tests fail to compile',
      '**Name:** [NAME]',
      '**Signature:** _____',
      '[API]: https://example.com',
      '# comment inside a fence, if one is open'
    )
  }
)

/** Sections under column-0 ATX headings: the places where a document can be cut. */
const sectionedDocument = fc
  .array(fc.tuple(fc.constantFrom(...HEADINGS), fc.array(BODY_LINES, { maxLength: 12 })), {
    minLength: 1,
    maxLength: 14
  })
  .map((sections) => sections.map(([heading, body]) => [heading, ...body].join('\n')).join('\n'))

let fallbacks = 0
const parallel = (text: string, runPart: PartRunner, parts: number) =>
  parseChecklistInParallel(text, 'doc.md', {
    runPart,
    parts,
    minPartChars: 1,
    onFallback: () => fallbacks++
  })

test('1,000 generated documents in 2, 3 and 4 parts equal one pass (fallbacks included)', async () => {
  fallbacks = 0
  let split = 0
  await fc.assert(
    fc.asyncProperty(sectionedDocument, fc.integer({ min: 2, max: 4 }), async (text, parts) => {
      const expected = parseChecklist(text, 'doc.md')
      if (partStarts(text, parts, 1).length > 1) split++
      expect(await parallel(text, inThread(), parts)).toEqual(expected)
      expect(await parallel(text, failing, parts)).toEqual(expected)
    }),
    { numRuns: 1000, seed: 11 }
  )
  // Most documents were cut and joined; the rest exercised the fallbacks (twice per document:
  // once with working threads, once with failing ones).
  console.log(
    `parallel property: ${split} of 1,000 documents cut into parts; ${fallbacks} fallbacks in ${2 * split} joins`
  )
  expect(split).toBeGreaterThan(500)
  expect(fallbacks).toBeGreaterThan(0)
  expect(fallbacks).toBeLessThan(split)
})

test('a status section whose span crosses a cut: the result still equals one pass', async () => {
  const filler = Array.from({ length: 40 }, (_, i) => `- [ ] task ${i}`).join('\n')
  const text = [
    '# Release',
    '## Current Status',
    filler,
    '### Blockers',
    '1. Tests fail to compile',
    '2. Clippy reports 29 errors',
    '## Phase 1: Critical Fixes (MUST COMPLETE)',
    filler,
    ''
  ].join('\n')
  const log: PartRequest[] = []
  const result = await parallel(text, inThread(log), 3)
  // The cut fell inside the status span (the Blockers heading starts a part).
  expect(log.some((request) => request.text.startsWith('### Blockers'))).toBe(true)
  expect(result).toEqual(parseChecklist(text, 'doc.md'))
  expect(result.status?.blockers.map((blocker) => blocker.text)).toEqual([
    'Tests fail to compile',
    'Clippy reports 29 errors'
  ])
})

test('cuts skip `# comment` lines inside fences, and land on headings', () => {
  const script = ['```bash', ...Array.from({ length: 50 }, (_, i) => `# step ${i}`), '```']
  const text = ['# Title', ...script, '## After the script', '- [ ] a', ''].join('\n')
  const starts = partStarts(text, 2, 1)
  expect(starts).toEqual([0, text.indexOf('## After the script')])
  // A tilde fence is closed only by tildes; an info string with a backtick opens nothing.
  const tilde = ['~~~', '# in fence', '```', '# still in fence', '~~~', '## Out', ''].join('\n')
  expect(partStarts(tilde, 2, 1)).toEqual([0, tilde.indexOf('## Out')])
  const notAFence = ['# A', '``` not `a` fence', '## B', ''].join('\n')
  expect(partStarts(notAFence, 2, 1)).toEqual([0, notAFence.indexOf('## B')])
})

test('a cut inside an HTML block (which the line scan does not follow) falls back to one pass', async () => {
  const filler = Array.from({ length: 20 }, (_, i) => `- [ ] task ${i}`)
  const text = [
    '# A',
    ...filler,
    '<details>',
    '## Inside the HTML block',
    '- [ ] hidden',
    '</details>',
    '',
    '## B',
    '- [ ] b',
    ''
  ].join('\n')
  const expected = parseChecklist(text, 'doc.md')
  expect(partStarts(text, 2, 1)[1]).toBe(text.indexOf('## Inside'))
  const fallbacks: string[] = []
  const result = await parseChecklistInParallel(text, 'doc.md', {
    runPart: inThread(),
    parts: 2,
    minPartChars: 1,
    onFallback: (reason) => fallbacks.push(reason)
  })
  expect(result).toEqual(expected)
  expect(fallbacks).toEqual(['a part ends inside a fence or HTML block'])
  expect(allItems(expected).map((item) => item.text)).toEqual([
    ...filler.map((_, i) => `task ${i}`),
    'b'
  ])
})

test('small documents are one part; parts are at least minPartChars long', () => {
  const text = readFileSync(SEED, 'utf8')
  expect(partStarts(text, 4, 512 * 1024)).toEqual([0])
  const starts = partStarts(text, 4, 2_000)
  expect(starts.length).toBe(4)
  for (const start of starts.slice(1)) expect(text[start - 1]).toBe('\n')
  for (const start of starts.slice(1)) expect(text.slice(start)).toMatch(/^#{1,6} /)
})

const WORKER = path.join(ROOT, 'dist', 'parse-worker.js')
const haveWorker = existsSync(WORKER)
if (!haveWorker) console.warn('dist/parse-worker.js is missing (run npm run bundle): skipped')

;(haveWorker ? test : test.skip)(
  'real worker threads (dist/parse-worker.js) on 200 copies of the seed equal one pass',
  async () => {
    const seed = readFileSync(SEED, 'utf8')
    const text = Array.from({ length: 200 }, () => seed).join('\n')
    const expected = parseChecklist(text, 'big.md')
    const runPart = workerRunner(pathToFileURL(WORKER))
    const result = await parseChecklistInParallel(text, 'big.md', {
      runPart,
      parts: 3,
      minPartChars: 64 * 1024
    })
    expect(allItems(result)).toHaveLength(200 * 230)
    expect(result).toEqual(expected)
  }
)

;(haveWorker ? test : test.skip)(
  'loadChecklist parses a checklist over PARALLEL_MIN_CHARS on worker threads; a missing worker file means one thread',
  async () => {
    const seed = readFileSync(SEED, 'utf8')
    const copies = Math.ceil(PARALLEL_MIN_CHARS / seed.length) + 1
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'checklist-parallel-')), 'big.md')
    writeFileSync(file, Array.from({ length: copies }, () => seed).join('\n'))
    const expected = parseChecklist(readFileSync(file, 'utf8'), 'big.md')
    expect(await loadChecklist(file, 'big.md', { partWorker: pathToFileURL(WORKER) })).toEqual(
      expected
    )
    const missing = pathToFileURL(path.join(ROOT, 'dist', 'no-such-worker.js'))
    expect(await loadChecklist(file, 'big.md', { partWorker: missing })).toEqual(expected)
  }
)
