import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import {
  buildAnnotations,
  repositoryPath,
  selectAnnotations
} from '../../src/report/annotations.js'
import { MASK } from '../../src/report/secrets.js'
import type { Finding } from '../../src/validations/model.js'
import { checklist, item, phase, result, status, validation } from '../readiness/builders.js'
import { context } from './cases.js'
import { perTest } from '../support/per-test.js'
import { capOrder } from './cap-order.js'

describe('repositoryPath', () => {
  const ctx = context({ validationRoot: 'examples/app', workspace: '/home/runner/work/r/r' })

  test.each([
    ['src/main.rs', '.', 'examples/app/src/main.rs'],
    ['./src/../src/lib.rs', '.', 'examples/app/src/lib.rs'],
    ['src/index.ts', 'clients/ts', 'examples/app/clients/ts/src/index.ts'],
    ['..\\..\\README.md', '.', 'README.md'],
    ['../../../outside.rs', '.', null],
    ['/home/runner/work/r/r/examples/app/src/main.rs', '.', 'examples/app/src/main.rs'],
    ['/tmp/build/examples/app/src/x.rs', '.', 'examples/app/src/x.rs'],
    ['/usr/lib/rustlib/src/core.rs', '.', null],
    ['C:\\a\\examples\\app\\src\\w.rs', '.', 'examples/app/src/w.rs']
  ])('%s in cwd %s → %s', (file, cwd, expected) => {
    expect(repositoryPath(file, cwd, ctx)).toBe(expected)
  })

  test('an absolute path cannot be placed when the project is the repository root', () => {
    const root = context({ validationRoot: '.', workspace: null })
    expect(repositoryPath('/abs/src/main.rs', '.', root)).toBeNull()
    expect(repositoryPath('src/main.rs', '.', root)).toBe('src/main.rs')
  })
})

describe('buildAnnotations', () => {
  const finding = (extra: Partial<Finding>): Finding => ({
    severity: 'error',
    message: 'm',
    ...extra
  })

  const built = perTest(() => {
    const assessment = assess({
      checklist: checklist(
        [
          phase(1, 'Critical', 'critical', 10, [
            item(11, 'Fix lints', {
              checked: true,
              children: [item(12, 'Verify: `lint`', { checked: true })]
            }),
            item(13, 'Format', { children: [item(14, 'Verify: `fmt`')] })
          ])
        ],
        {
          placeholders: [{ text: '[NAME]', line: 90, context: 'Lead: [NAME]' }],
          status: status(true, [])
        }
      ),
      validations: [
        validation('lint', {
          name: 'Lint',
          verifies: [11, 12],
          source: { kind: 'script', line: 50, file: null }
        }),
        validation('fmt', { name: 'Format', verifies: [13, 14] }),
        validation('cfg', {
          name: 'Config step',
          source: { kind: 'config', line: 3, file: '.github/readiness.yml' }
        })
      ],
      results: [
        result('lint', 'failed', {
          summary: 'clippy: 3 errors',
          findings: [
            finding({
              file: 'src/a.rs',
              line: 3,
              column: 7,
              code: 'clippy::x',
              message: 'bad\u0000 thing'
            }),
            finding({ severity: 'warning', file: 'src/b.rs', line: 5, endLine: 9, column: 2 }),
            finding({ severity: 'notice', file: 'src/c.rs', line: 1, endLine: 0 }),
            finding({ file: 'src/no-line.rs' }),
            finding({ line: 4 }),
            finding({ file: '../../../../etc/passwd', line: 1 })
          ]
        }),
        result('fmt', 'passed'),
        result('cfg', 'failed', { summary: 'exit 1' })
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const annotations = buildAnnotations(
      assessment,
      context({ checklistPath: './docs/CHECKLIST.md' })
    )
    const onChecklist = annotations.filter((a) => a.path === 'docs/CHECKLIST.md')
    return { assessment, annotations, onChecklist }
  })

  test('one per finding with a file and a line, level by severity, paths repository-relative', () => {
    const { annotations } = built()
    const findings = annotations.filter((a) => a.path !== 'docs/CHECKLIST.md')
    expect(findings).toEqual([
      {
        path: 'examples/llm-memory-graph/src/a.rs',
        start_line: 3,
        end_line: 3,
        start_column: 7,
        end_column: 7,
        annotation_level: 'failure',
        title: 'Lint: clippy::x',
        message: 'bad thing'
      },
      {
        path: 'examples/llm-memory-graph/src/b.rs',
        start_line: 5,
        end_line: 9,
        annotation_level: 'warning',
        title: 'Lint',
        message: 'm'
      },
      {
        path: 'examples/llm-memory-graph/src/c.rs',
        start_line: 1,
        end_line: 1,
        annotation_level: 'notice',
        title: 'Lint',
        message: 'm'
      }
    ])
  })

  test('checklist problems at their checklist lines, with the documented levels', () => {
    const { onChecklist } = built()
    expect(onChecklist.map((a) => [a.start_line, a.annotation_level, a.title])).toEqual([
      [50, 'failure', 'Lint did not pass'],
      [13, 'warning', 'Critical item unchecked'],
      [11, 'failure', 'Ticked, but its validation fails now'],
      [12, 'failure', 'Ticked, but its validation fails now'],
      [13, 'notice', 'Validation passes: tick this item'],
      [14, 'notice', 'Validation passes: tick this item'],
      [90, 'notice', 'Placeholder not filled in'],
      [400, 'warning', 'Declared status contradicts the evidence']
    ])
    expect(onChecklist[2]!.message).toBe('Fix lints\nLint: clippy: 3 errors')
    expect(onChecklist[1]!.message).toBe('Format — 2 of 2 unchecked (lines 13, 14)')
  })

  test('a checklist path outside the repository gets no checklist annotations', () => {
    const { assessment } = built()
    const outside = buildAnnotations(assessment, context({ checklistPath: '../elsewhere.md' }))
    expect(outside.every((a) => a.path.startsWith('examples/'))).toBe(true)
  })

  test('messages and titles are bounded', () => {
    const long = assess({
      checklist: checklist([]),
      validations: [validation('v', { name: 'N'.repeat(400) })],
      results: [
        result('v', 'failed', {
          findings: [finding({ file: 'a', line: 1, message: 'x'.repeat(100_000) })]
        })
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const [first] = buildAnnotations(long, context())
    expect(first!.message.length).toBeLessThanOrEqual(4000)
    expect(first!.title!.length).toBeLessThanOrEqual(255)
  })

  describe('selectAnnotations: the cap keeps the most important, in report order', () => {
    const ctx = context({ checklistPath: './docs/CHECKLIST.md' })
    const key = (a: { path: string; start_line: number; title?: string }): string =>
      `${a.path.replace('examples/llm-memory-graph/', '')}:${a.start_line} ${a.title ?? ''}`

    test('failures of critical validations first, then other failures, warnings, notices, placeholders last', () => {
      const { assessment, annotations } = built()
      const order = capOrder((max) => selectAnnotations(assessment, ctx, max), annotations, key)
      expect(order).toEqual([
        'docs/CHECKLIST.md:50 Lint did not pass',
        'src/a.rs:3 Lint: clippy::x',
        'docs/CHECKLIST.md:11 Ticked, but its validation fails now',
        'docs/CHECKLIST.md:12 Ticked, but its validation fails now',
        'docs/CHECKLIST.md:400 Declared status contradicts the evidence',
        'src/b.rs:5 Lint',
        'docs/CHECKLIST.md:13 Critical item unchecked',
        'src/c.rs:1 Lint',
        'docs/CHECKLIST.md:13 Validation passes: tick this item',
        'docs/CHECKLIST.md:14 Validation passes: tick this item',
        'docs/CHECKLIST.md:90 Placeholder not filled in'
      ])
    })

    test('0 keeps none; a cap above the count keeps all', () => {
      const { assessment, annotations } = built()
      expect(selectAnnotations(assessment, ctx, 0)).toEqual({
        annotations: [],
        omitted: annotations.length
      })
      expect(selectAnnotations(assessment, ctx, 10_000)).toEqual({ annotations, omitted: 0 })
    })
  })

  test('a finding whose path held a secret (now masked) gets no annotation', () => {
    const leaked = assess({
      checklist: checklist([]),
      validations: [validation('v')],
      results: [
        result('v', 'failed', {
          findings: [
            finding({ file: `src/${MASK}/a.ts`, line: 4 }),
            finding({ file: 'src/b.ts', line: 2 })
          ]
        })
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const paths = buildAnnotations(leaked, context()).map((a) => a.path)
    expect(paths.filter((p) => p.includes('/src/'))).toEqual(['examples/llm-memory-graph/src/b.ts'])
  })
})
