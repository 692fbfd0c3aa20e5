/**
 * No silent claims: ticked Verify items no planned validation covers are listed — in the plan,
 * the assessment, the comment, the JSON report and the CLI — and `claims: plan` plans them.
 * Also: validations are labelled by what they run, and the needs graph's one cycle check.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { formatVerdict } from '../../src/log/run-log.js'
import { packageScriptsReader, type GateOutcome } from '../../src/gate.js'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { buildJsonReport } from '../../src/report/json.js'
import { renderReport } from '../../src/report/render.js'
import { parseConfig } from '../../src/plan/config.js'
import { findNeedsCycle } from '../../src/plan/needs-graph.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'
import { context, masked } from '../report/cases.js'
import { perTest } from '../support/per-test.js'
import { reportSchemaValidator } from '../support/report-schema.js'

const PROJECTS = path.resolve(import.meta.dirname, '../fixtures/projects')

function project(name: string): { checklist: Checklist; plan: (config?: string) => Plan } {
  const dir = path.join(PROJECTS, name)
  const checklist = parseChecklist(
    fs.readFileSync(path.join(dir, 'CHECKLIST.md'), 'utf8'),
    'CHECKLIST.md'
  )
  return {
    checklist,
    plan: (config) =>
      planValidations(
        checklist,
        config === undefined ? null : parseConfig(config, 'readiness.yml'),
        {
          readPackageScripts: packageScriptsReader(dir)
        }
      )
  }
}

describe('a Node project whose scripts include fixers (fixtures/projects/node-fixers)', () => {
  const { checklist, plan: planOf } = project('node-fixers')
  // Planned in each test (perTest), not while Jest collects, so per-test coverage sees it.
  const plan = perTest(() => planOf())

  test('its fixers are refused with the script and the inner command named; its checks are planned', () => {
    expect(plan().validations.map((v) => [v.name, v.command, v.kind])).toEqual([
      ['Format', 'npx prettier --check .', 'format-check'],
      ['Lint', 'npm run lint', 'lint'],
      ['Types', 'npm run test:typescript', 'type-check'],
      ['Tests', 'npm test', 'tests'],
      ['Everything', 'npm run check', 'type-check'],
      ['Package', 'npm publish --dry-run', 'run'],
      ['Loop', 'npm run ping', 'run']
    ])
    expect(plan().refused.map((r) => [r.line, r.command, r.effect])).toEqual([
      [25, 'npm run format', 'format'],
      [28, 'npm run lint:fix', 'rewrite'],
      [33, 'npm run test:update', 'snapshot-update'],
      [37, 'npm run check:all', 'format'],
      [40, 'npm version patch', 'release']
    ])
    expect(plan().refused[0]!.reason).toBe(
      "'prettier --write' rewrites files with its formatting (the check is 'prettier --check') — run through 'npm run format' (package.json script 'format': `prettier --write . && eslint --fix .`)"
    )
  })

  test('ticked Verify items nothing checks are unverified claims, each with why', () => {
    expect(plan().unverifiedClaims).toEqual([
      {
        line: 10,
        text: 'Verify: `tsc --noEmit -p ./tests/tsconfig.tests.json`',
        command: 'tsc --noEmit -p ./tests/tsconfig.tests.json',
        why: 'not-planned',
        effect: null,
        reason:
          "the validation script does not run it; set 'claims: plan' in the readiness config to check it"
      },
      {
        line: 14,
        text: 'Verify: `dist/index.cjs.js`, `dist/index.es.js` and `dist/index.d.ts` exist',
        command: 'paths exist: dist/index.cjs.js dist/index.es.js dist/index.d.ts',
        why: 'not-planned',
        effect: null,
        reason:
          "nothing checks that these files exist; set 'claims: plan' in the readiness config to check it"
      },
      {
        line: 16,
        text: 'Verify: `npm run test:update`',
        command: 'npm run test:update',
        why: 'refused',
        effect: 'snapshot-update',
        reason: plan().refused[2]!.reason
      }
    ])
    // The unticked changelog item (line 18) claims nothing.
    expect(plan().unverifiedClaims.some((c) => c.line === 18)).toBe(false)
  })

  test('claims: plan plans them (a path check, a type check), still refusing what is not a check', () => {
    const planned = planOf('claims: plan\n')
    const added = planned.validations.slice(plan().validations.length)
    expect(added.map((v) => [v.name, v.kind, v.critical, v.source.line, v.verifies])).toEqual([
      ['tsc --noEmit -p ./tests/tsconfig.tests.json', 'type-check', true, 10, [9, 10]],
      [
        'dist/index.cjs.js, dist/index.es.js and dist/index.d.ts exist',
        'paths-exist',
        true,
        14,
        [13, 14]
      ]
    ])
    expect(planned.unverifiedClaims.map((c) => [c.line, c.why, c.effect])).toEqual([
      [16, 'refused', 'snapshot-update']
    ])
    expect(planned.refused.map((r) => r.line)).toEqual([25, 28, 33, 37, 40, 16])
  })

  test('the claims reach the comment, the JSON report (valid for its schema) and the CLI', () => {
    const assessment = assess({
      checklist,
      validations: plan().validations,
      results: [],
      rules: DEFAULT_GATE_RULES,
      refused: plan().refused,
      unverifiedClaims: plan().unverifiedClaims,
      validationsRun: false
    })
    expect(assessment.reconciliation.unverifiedClaims).toEqual(plan().unverifiedClaims)
    expect(assessment.notes).toContain(
      '3 ticked items claim a Verify command that no validation checks (see "Ticked, but nothing checks it").'
    )
    const comment = renderReport(masked(assessment), context()).comment
    expect(comment).toContain('**Ticked, but nothing checks it** (3)')
    expect(comment).toContain(
      '`tsc --noEmit -p ./tests/tsconfig.tests.json`: the validation script does not run it'
    )
    expect(comment).toContain('refused (_updates snapshots_)')
    expect(comment).toContain('`npm run format` (line 25) — _formats files_:')

    const json = buildJsonReport(masked(assessment), context())
    expect(json.reconciliation.unverifiedClaims).toHaveLength(3)
    expect(json.refused.map((r) => r.effect)).toEqual([
      'format',
      'rewrite',
      'snapshot-update',
      'format',
      'release'
    ])
    expect(json.validations.map((v) => v.kind)).toContain('type-check')
    const validate = reportSchemaValidator()
    expect([validate(JSON.parse(JSON.stringify(json))), validate.errors ?? []]).toEqual([true, []])
    const broken = JSON.parse(JSON.stringify(json))
    broken.reconciliation.unverifiedClaims[0].why = 'forgotten'
    expect(validate(broken)).toBe(false)

    const cli = formatVerdict({ assessment, notRunReason: null } as GateOutcome)
    expect(cli).toContain('Ticked, but nothing checks it (3):')
    expect(cli).toContain('  - line 16: npm run test:update — refused (snapshot-update): ')
  })
})

describe('a Python project with a checklist naming black, ruff and pytest (fixtures/projects/python-lib)', () => {
  const { plan: planOf } = project('python-lib')
  // Planned in each test (perTest), not while Jest collects, so per-test coverage sees it.
  const plan = perTest(() => planOf())

  test('the checks are planned and labelled, the formatters and installers refused', () => {
    expect(plan().source).toBe('verify-items')
    expect(plan().validations.map((v) => [v.command, v.kind])).toEqual([
      ['black --check .', 'format-check'],
      ['isort --check-only --diff .', 'format-check'],
      ['ruff check .', 'lint'],
      ['ruff format --check .', 'format-check'],
      ['python -m pytest -q', 'tests'],
      ['coverage run -m pytest && coverage report', 'tests'],
      ['paths exist: CHANGELOG.md', 'paths-exist']
    ])
    expect(plan().refused.map((r) => [r.command, r.effect])).toEqual([
      ['black .', 'format'],
      ['isort .', 'format'],
      ['ruff check --fix .', 'rewrite'],
      ['pytest --snapshot-update', 'snapshot-update'],
      ['pip install -e .', 'dependency-change']
    ])
    expect(plan().unverifiedClaims.map((c) => [c.line, c.command, c.why, c.effect])).toEqual([
      [9, 'black .', 'refused', 'format'],
      [11, 'isort .', 'refused', 'format'],
      [15, 'ruff check --fix .', 'refused', 'rewrite'],
      [23, 'pytest --snapshot-update', 'refused', 'snapshot-update'],
      [27, 'pip install -e .', 'refused', 'dependency-change']
    ])
  })

  test('a long list of claims is folded into <details> in the comment', () => {
    const assessment = assess({
      checklist: project('python-lib').checklist,
      validations: plan().validations,
      results: [],
      rules: DEFAULT_GATE_RULES,
      refused: plan().refused,
      unverifiedClaims: plan().unverifiedClaims,
      validationsRun: false
    })
    const comment = renderReport(masked(assessment), context()).comment
    expect(comment).toContain('**Ticked, but nothing checks it** (5)\n\n- ☑')
    const six = {
      ...assessment,
      reconciliation: {
        ...assessment.reconciliation,
        unverifiedClaims: [...plan().unverifiedClaims, plan().unverifiedClaims[0]!]
      }
    }
    expect(renderReport(masked(six), context()).comment).toContain(
      '**Ticked, but nothing checks it** (6)\n\n<details>\n<summary>6 unverified claims</summary>\n\n- ☑'
    )
  })
})

describe('labels follow what a step runs', () => {
  test.each([
    ['tsc --noEmit', 'type-check'],
    ['npx tsc --noEmit -p tests', 'type-check'],
    ['tsc -p .', 'build'],
    ['npm run build', 'build'],
    ['npm run test:typescript', 'tests'],
    ['npm test', 'tests'],
    ['npx eslint .', 'lint'],
    ['cargo clippy -- -D warnings', 'lint'],
    ['cargo fmt -- --check', 'format-check'],
    ['npx prettier --check .', 'format-check'],
    ['npm audit', 'audit'],
    ['cargo audit', 'audit'],
    ['cargo build --release && ./target/release/app --help', 'build'],
    ['./target/release/app --version', 'run'],
    ['npm ci && npm test', 'tests']
  ])('%s is %s', (command, kind) => {
    const plan = planValidations(
      parseChecklist('# R\n- [ ] x\n', 'C.md'),
      parseConfig(`validations:\n  - id: v\n    command: ${JSON.stringify(command)}\n`, 'c.yml')
    )
    expect(plan.validations[0]!.kind).toBe(kind)
  })

  test('a plain program run by a package script is named by the script: the seed’s npm run build is a build', () => {
    const root = path.resolve(import.meta.dirname, '../../examples/llm-memory-graph')
    const seed = parseChecklist(
      fs.readFileSync(path.join(root, 'PRODUCTION_CHECKLIST.md'), 'utf8'),
      'PRODUCTION_CHECKLIST.md'
    )
    const plan = planValidations(seed, null, { readPackageScripts: packageScriptsReader(root) })
    expect(plan.validations.map((v) => v.kind)).toEqual([
      'format-check',
      'lint',
      'audit',
      'build',
      'tests',
      'build',
      'tests',
      'audit',
      'run'
    ])
    // Reading package.json changes nothing else of the seed's plan.
    const strip = (p: Plan): unknown => p.validations.map((v) => ({ ...v, kind: null }))
    expect(strip(plan)).toEqual(strip(planValidations(seed, null)))
    expect([plan.refused, plan.unverifiedClaims]).toEqual([[], []])
  })

  test('through package.json: npm run test:typescript is a type check when its script is tsc --noEmit', () => {
    const plan = project('node-fixers').plan()
    expect(plan.validations.find((v) => v.command === 'npm run test:typescript')?.kind).toBe(
      'type-check'
    )
  })
})

describe('the needs graph', () => {
  test('one cycle check finds the cycle, and none in a graph without one', () => {
    expect(
      findNeedsCycle([
        { id: 'a', needs: ['b'] },
        { id: 'b', needs: ['c'] },
        { id: 'c', needs: ['a'] },
        { id: 'd', needs: null }
      ])
    ).toEqual(['a', 'b', 'c'])
    expect(findNeedsCycle([{ id: 'a', needs: ['a'] }])).toEqual(['a'])
    expect(
      findNeedsCycle([
        { id: 'a', needs: ['b', 'c'] },
        { id: 'b', needs: ['c', 'unknown'] },
        { id: 'c', needs: [] }
      ])
    ).toBeNull()
  })
})

describe('one list of kinds and effects, in the code and in the report schema', () => {
  test('the schema enums are the code’s lists', async () => {
    const { EFFECT_KINDS } = await import('../../src/plan/effects.js')
    const { VALIDATION_KINDS } = await import('../../src/validations/model.js')
    const schema = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../schema/report.schema.json'), 'utf8')
    )
    expect(schema.$defs.effect.enum).toEqual([...EFFECT_KINDS])
    expect(schema.$defs.validation.properties.kind.enum).toEqual([...VALIDATION_KINDS, null])
  })
})
