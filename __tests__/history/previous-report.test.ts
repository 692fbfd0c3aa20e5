// The previous record from the previous-report input (actions/cache, artifacts), and the inputs
// previous-report and check-run-id: untrusted files read inside the working directory only.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { readPreviousReport } from '../../src/history/previous-report.js'
import { recallPreviousRun } from '../../src/history/recall.js'
import { encodeStateBlock, readStateBlock } from '../../src/history/state-block.js'
import { buildJsonReport } from '../../src/report/json.js'
import { settingsFromInputs } from '../../src/settings.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { context, masked } from '../report/cases.js'
import { SHAS, secondRun, threeRuns } from './runs.js'

let root: string
let outside: string

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-previous-')))
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-previous-out-')))
})

afterAll(() => {
  for (const dir of [root, outside]) fs.rmSync(dir, { recursive: true, force: true })
})

function write(name: string, text: string): string {
  const file = path.join(root, name)
  fs.writeFileSync(file, text)
  return file
}

const ctx = context({ repository: 'acme/app', sha: SHAS.second, ref: 'refs/heads/main' })

describe('readPreviousReport', () => {
  it('a missing file is a first run, said nowhere', () => {
    expect(readPreviousReport(path.join(root, 'nothing.json'), root)).toEqual({ kind: 'none' })
  })

  it('takes the record a version 2 report carries', () => {
    const { second } = threeRuns()
    const report = buildJsonReport(masked(secondRun().assessment), ctx, maskForSurfaces(second, []))
    const file = write('v2.json', JSON.stringify(report))
    expect(readPreviousReport(file, root)).toEqual({
      kind: 'read',
      record: { state: second.state, source: 'previous-report' }
    })
  })

  it('rebuilds a record from a version 1 report (its ticks unknown)', () => {
    const report = { ...buildJsonReport(masked(secondRun().assessment), ctx), schemaVersion: 1 }
    const read = readPreviousReport(write('v1.json', JSON.stringify(report)), root)
    if (read.kind !== 'read') throw new Error(JSON.stringify(read))
    expect(read.record.state.commit).toBe(SHAS.second.slice(0, 12))
    expect(read.record.state.ticked).toBeNull()
    expect(read.record.state.validations.find((v) => v.id === 'clippy-linting')).toMatchObject({
      status: 'passed',
      lastPassed: SHAS.second.slice(0, 12)
    })
  })

  it.each([
    ['not JSON', '{', "Input 'previous-report' is not valid JSON."],
    [
      'not a report',
      '{"schemaVersion": 2}',
      "Input 'previous-report' is not a Readiness Gate report: context is missing."
    ]
  ])('ignores a file that is %s, saying why', (_, text, why) => {
    expect(readPreviousReport(write('bad.json', text), root)).toEqual({ kind: 'ignored', why })
  })

  it('refuses a link, even to a real report', () => {
    const target = path.join(outside, 'report.json')
    fs.writeFileSync(target, JSON.stringify(buildJsonReport(masked(secondRun().assessment), ctx)))
    fs.symlinkSync(target, path.join(root, 'linked.json'))
    const read = readPreviousReport(path.join(root, 'linked.json'), root)
    expect(read.kind).toBe('ignored')
    expect(read.kind === 'ignored' && read.why).toContain("'previous-report'")
  })
})

describe('recallPreviousRun', () => {
  const block = encodeStateBlock(threeRuns().first.state).block

  it('prefers the comment; the listing is handed on', async () => {
    const recalled = await recallPreviousRun({
      readComment: () => Promise.resolve({ reading: readStateBlock(block), listing: 'listed' }),
      previousReport: path.join(root, 'nothing.json'),
      boundary: root,
      debug: () => undefined
    })
    expect(recalled.previous?.source).toBe('comment')
    expect(recalled.listing).toBe('listed')
    expect(recalled.notes).toEqual([])
  })

  it('an ignored record leaves a note and falls back to previous-report', async () => {
    const { second } = threeRuns()
    const report = buildJsonReport(masked(secondRun().assessment), ctx, maskForSurfaces(second, []))
    const recalled = await recallPreviousRun({
      readComment: () =>
        Promise.resolve({ reading: { kind: 'ignored', why: 'it is not valid JSON' }, listing: 1 }),
      previousReport: write('fallback.json', JSON.stringify(report)),
      boundary: root,
      debug: () => undefined
    })
    expect(recalled.notes).toEqual([
      "The previous run's record in this comment was ignored: it is not valid JSON."
    ])
    expect(recalled.previous?.source).toBe('previous-report')
  })

  it('a comment that cannot be listed is a first run, told to the debug log only', async () => {
    const debug: string[] = []
    const recalled = await recallPreviousRun({
      readComment: () => Promise.reject(new Error('HTTP 502')),
      previousReport: null,
      boundary: root,
      debug: (m) => debug.push(m)
    })
    expect(recalled).toEqual({ previous: null, notes: [] })
    expect(debug.join('\n')).toContain('HTTP 502')
  })
})

describe('the inputs', () => {
  const settings = (inputs: Record<string, string>): ReturnType<typeof settingsFromInputs> =>
    settingsFromInputs((name) => inputs[name] ?? '', root)

  it('check-run-id takes a whole number; anything else names the input and the fix', () => {
    expect(settings({}).checkRunId).toBeNull()
    expect(settings({ 'check-run-id': '4242' }).checkRunId).toBe(4242)
    for (const bad of ['0', '-1', '1.5', '${{ job.check_run_id }}', '99999999999999999999']) {
      expect(() => settings({ 'check-run-id': bad })).toThrow(ConfigurationError)
      expect(() => settings({ 'check-run-id': bad })).toThrow(
        /^Input 'check-run-id' must be a check run's id, a whole number \(got .*\); set it to \$\{\{ job\.check_run_id \}\} or leave it empty\.$/
      )
    }
  })

  it('previous-report resolves inside the working directory and refuses paths outside it', () => {
    expect(settings({ 'previous-report': 'cache/prev.json' }).previousReport).toBe(
      path.join(root, 'cache', 'prev.json')
    )
    expect(settings({}).previousReport).toBeNull()
    expect(() => settings({ 'previous-report': '../prev.json' })).toThrow(/previous-report/)
  })
})
