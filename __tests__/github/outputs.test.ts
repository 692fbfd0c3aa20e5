// Step outputs without node:crypto (src/github/outputs.ts): the file reads back, as the runner
// reads it, to exactly the values written, whatever they contain, including the delimiters that
// would be chosen for them.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { delimiterFor, setOutputs } from '../../src/github/outputs.js'
import { parseOutputFile } from '../e2e/run-action.js'
import { scratchDirectory } from '../support/temporary.js'

const saved = process.env.GITHUB_OUTPUT
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = saved
})

// One directory for every output file (the property test writes a thousand), removed at the end.
const scratch = scratchDirectory('outputs-')

let files = 0
function outputFile(): string {
  const file = path.join(scratch.dir, `output-${++files}.txt`)
  writeFileSync(file, '')
  process.env.GITHUB_OUTPUT = file
  return file
}

test('each output is a name<<delimiter block that reads back to its value', () => {
  const file = outputFile()
  setOutputs({ ready: 'false', verdict: 'not-ready', 'report-path': '/tmp/r.json', empty: '' })
  const text = readFileSync(file, 'utf8')
  expect(text).toBe(
    [
      'ready<<ghadelimiter_rg0',
      'false',
      'ghadelimiter_rg0',
      'verdict<<ghadelimiter_rg0',
      'not-ready',
      'ghadelimiter_rg0',
      'report-path<<ghadelimiter_rg0',
      '/tmp/r.json',
      'ghadelimiter_rg0',
      'empty<<ghadelimiter_rg0',
      '',
      'ghadelimiter_rg0',
      ''
    ].join('\n')
  )
  expect(parseOutputFile(text)).toEqual({
    ready: 'false',
    verdict: 'not-ready',
    'report-path': '/tmp/r.json',
    empty: ''
  })
})

test('a value holding the delimiters cannot end its block early or add an output', () => {
  const file = outputFile()
  const hostile = 'x\nghadelimiter_rg0\nready=true\nghadelimiter_rg1\nverdict<<ghadelimiter_rg2'
  setOutputs({ verdict: hostile, ready: 'false' })
  expect(delimiterFor('verdict', hostile)).toBe('ghadelimiter_rg3')
  expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ verdict: hostile, ready: 'false' })
})

test('1,000 generated values read back exactly', () => {
  const piece = fc.constantFrom(
    'ghadelimiter_rg',
    '0',
    '1',
    '2',
    '\n',
    'a',
    '=',
    '<<',
    ' ',
    'ready'
  )
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const value = pieces.join('')
      const file = outputFile()
      setOutputs({ verdict: value, ready: 'true' })
      expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ verdict: value, ready: 'true' })
    }),
    { numRuns: 1000, seed: 3 }
  )
})

test("without GITHUB_OUTPUT, core's ::set-output command is printed", () => {
  delete process.env.GITHUB_OUTPUT
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    setOutputs({ verdict: 'ready' })
    expect(write.mock.calls.map(([text]) => String(text)).join('')).toContain(
      '::set-output name=verdict::ready'
    )
  } finally {
    write.mockRestore()
  }
})

test('a GITHUB_OUTPUT file that does not exist is an error, as in core', () => {
  process.env.GITHUB_OUTPUT = path.join(tmpdir(), 'no-such-dir-rg', 'output.txt')
  expect(() => {
    setOutputs({ ready: 'false' })
  }).toThrow(/^Missing file at path: /)
})
