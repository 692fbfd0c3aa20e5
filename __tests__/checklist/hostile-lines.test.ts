// Pathological lines in every place of a checklist the engine reads: 100,000-character runs of
// the characters its patterns look for (openers without closers, trailing punctuation that is not
// trailing). A pattern that backtracks (quadratic, or exponential like `(?:_+)+$`) would take
// minutes to forever here — the suite would not finish, and CI fails — while linear code takes
// milliseconds (`Signed: ____…x` hung the parser before isFilled lost its nested quantifier).
// Parse, plan, assess and render all see the text.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { allItems } from '../../src/checklist/model.js'
import { evaluateReadiness } from '../../src/gate.js'
import { renderReport } from '../../src/report/render.js'
import { maskForSurfaces } from '../../src/report/secrets.js'

const LENGTH = 100_000

/** Units repeated into a run; each run ends with a character that spoils a match at the end. */
const UNITS = [
  '[',
  '](',
  '![',
  '[a][',
  '_',
  '__',
  '-',
  '*',
  '**',
  '~~',
  '`',
  '<!--',
  '<a ',
  '\\',
  '. ',
  ': ',
  '=',
  '#',
  '(',
  '|',
  '1. ',
  'x '
]

/** Where a hostile line goes: each template puts RUN somewhere the engine reads closely. */
const PLACES: Record<string, string> = {
  'task item': '- [ ] Task RUNx\n',
  'lazy continuation': '- [ ] Task\nRUNx\n',
  'verify command': '- [ ] Verify: `cargo RUNx` passes\n',
  heading: '### Section RUN: x\n- [ ] after\n',
  'phase heading': '## Phase 9: RUN (MUST COMPLETE) x\n- [ ] after\n',
  'sign-off':
    '## Sign-off\n### RUN Sign-off x\n- [ ] Criteria\n\n**Signed:** RUNx\n**Date:** RUNx\n',
  status: '## Current Status\n\n**Overall Readiness:** RUNx\n**Blockers:**\n1. RUNx\n- [ ] after\n',
  'script echo':
    '## Quick Validation Script\n\n```bash\necho "1. RUNx"\ntrue RUN\\\\x\n```\n- [ ] after\n'
}

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-hostile-'))
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.each(Object.entries(PLACES))('a 100,000-character run in a %s', (_place, template) => {
  test.each(UNITS)('of %j: parsed, planned, assessed and rendered', async (unit) => {
    const run = unit.repeat(Math.ceil(LENGTH / unit.length))
    const text = `# Checklist\n\n## Phase 1: Critical (MUST COMPLETE)\n\n- [ ] First\n\n${template.replaceAll('RUN', run)}`
    const file = path.join(dir, 'CHECKLIST.md')
    fs.writeFileSync(file, text)
    const outcome = await evaluateReadiness({
      checklistPath: file,
      configPath: null,
      configRequired: false,
      root: dir,
      runValidations: false,
      refuseCommands: null,
      concurrency: null
    })
    expect(allItems(outcome.checklist).length).toBeGreaterThan(0)
    const rendered = renderReport(
      maskForSurfaces(outcome.assessment, []),
      maskForSurfaces(
        {
          checkName: 'Readiness Gate',
          runUrl: null,
          repository: 'o/r',
          sha: 'a'.repeat(40),
          ref: null,
          checklistPath: 'CHECKLIST.md',
          validationRoot: '.'
        },
        []
      )
    )
    expect(rendered.comment.length).toBeLessThanOrEqual(65_536)
  })
})
