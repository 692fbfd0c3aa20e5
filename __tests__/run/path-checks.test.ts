/**
 * Verify items that name files become one existence check per item, made in-process and never
 * by a shell: which spans are paths (and the near misses that are commands), the planner's
 * paths-exist validations, and the executor on a real directory with links that try to escape.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Validation } from '../../src/validations/model.js'
import { pathState, runPathCheck } from '../../src/run/path-checks.js'
import { isPathClaim } from '../../src/plan/path-claims.js'
import { planValidations } from '../../src/plan/plan.js'
import type { CommandRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { plainValidation } from '../support/validations.js'

describe('which Verify spans name paths', () => {
  test.each([
    ['dist/index.cjs.js', 'Verify: `dist/index.cjs.js` exists'],
    ['dist/index.d.ts', 'Verify: `dist/index.d.ts` is emitted'],
    ['CHANGELOG.md', 'Verify: `CHANGELOG.md` updated'],
    ['docs/', 'Verify: `docs/` has the guide'],
    ['package.json', 'Verify: `package.json` has a license'],
    ['./dist/index.js', 'Verify: `./dist/index.js` exists'],
    ['target/release/app', 'Verify: `target/release/app` is built']
  ])('%s is a path', (span, item) => {
    expect(isPathClaim(span, item)).toBe(true)
  })

  test.each([
    ['cargo test', 'Verify: `cargo test` passes'],
    ['npm test', 'Verify: `npm test` passes'],
    ['make', 'Verify: `make` succeeds'],
    ['./scripts/check.sh', 'Verify: `./scripts/check.sh` passes'],
    ['scripts/check.sh', 'Verify: `scripts/check.sh` passes'],
    ['bin/tool --help', 'Verify: `bin/tool --help` prints usage'],
    ['./target/release/app', 'Verify: `./target/release/app` runs'],
    ['node_modules/.bin/tsc', 'Verify: `node_modules/.bin/tsc` passes'],
    ['py.test', 'Verify: `py.test` passes'],
    ['tsc', 'Verify: `tsc` is clean'],
    ['1.2.3', 'Verify: version `1.2.3`'],
    ['dist/*.js', 'Verify: `dist/*.js` exist'],
    ['@scope/pkg', 'Verify: `@scope/pkg` resolves'],
    ['https://example.com/health', 'Verify: `https://example.com/health` answers'],
    ['test -f dist/a.js', 'Verify: `test -f dist/a.js`'],
    ['$HOME/x.txt', 'Verify: `$HOME/x.txt` exists']
  ])('%s is a command, not a path', (span, item) => {
    expect(isPathClaim(span, item)).toBe(false)
  })
})

describe('the planner makes one existence check per item naming files', () => {
  const markdown = [
    '# Release', // 1
    '## Phase 1: Build (CRITICAL)', // 2
    '- [x] Bundles built', // 3
    '  - [x] Verify: `dist/index.cjs.js`, `dist/index.es.js` and `dist/index.d.ts` exist', // 4
    '- [x] Changelog', // 5
    '  - [x] Verify: `CHANGELOG.md` updated', // 6
    '- [x] Tests', // 7
    '  - [x] Verify: `npm test` passes and `coverage/lcov.info` is written' // 8
  ].join('\n')
  const plan = planValidations(parseChecklist(markdown, 'CHECKLIST.md'), null)

  test('paths become paths-exist validations, never commands; commands stay commands', () => {
    expect(
      plan.validations.map((v) => [v.name, v.kind, v.check, v.command, v.tool, v.lane, v.verifies])
    ).toEqual([
      [
        'dist/index.cjs.js, dist/index.es.js and dist/index.d.ts exist',
        'paths-exist',
        {
          kind: 'paths-exist',
          paths: ['dist/index.cjs.js', 'dist/index.es.js', 'dist/index.d.ts']
        },
        'paths exist: dist/index.cjs.js dist/index.es.js dist/index.d.ts',
        null,
        null,
        [3, 4]
      ],
      [
        'CHANGELOG.md exists',
        'paths-exist',
        { kind: 'paths-exist', paths: ['CHANGELOG.md'] },
        'paths exist: CHANGELOG.md',
        null,
        null,
        [5, 6]
      ],
      [
        'coverage/lcov.info exists',
        'paths-exist',
        { kind: 'paths-exist', paths: ['coverage/lcov.info'] },
        'paths exist: coverage/lcov.info',
        null,
        null,
        [7, 8]
      ],
      ['npm test', 'tests', { kind: 'command' }, 'npm test', 'npm-test', 'npm:.', [7, 8]]
    ])
    expect(plan.unverifiedClaims).toEqual([])
  })
})

describe('the existence check, on a real directory', () => {
  let root: string
  let outside: string
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-root-'))
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-outside-'))
    fs.mkdirSync(path.join(root, 'dist'))
    fs.writeFileSync(path.join(root, 'dist/index.js'), '')
    fs.writeFileSync(path.join(outside, 'secret.txt'), '')
    fs.symlinkSync(outside, path.join(root, 'escape'))
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'secret-link'))
    fs.symlinkSync(path.join(root, 'dist'), path.join(root, 'dist-link'))
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling'))
    fs.mkdirSync(path.join(root, 'pkg'))
  })
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true })
    fs.rmSync(outside, { recursive: true, force: true })
  })

  test.each([
    ['dist/index.js', '.', 'exists'],
    ['dist/', '.', 'exists'],
    ['dist-link/index.js', '.', 'exists'],
    ['../dist/index.js', 'pkg', 'exists'],
    ['dist/missing.js', '.', 'missing'],
    ['dangling', '.', 'missing'],
    ['../outside.txt', '.', 'refused'],
    ['pkg/../../x', '.', 'refused'],
    ['/etc/passwd', '.', 'refused'],
    ['escape/secret.txt', '.', 'refused'],
    ['secret-link', '.', 'refused']
  ])('%s (from %s) → %s', async (relative, cwd, state) => {
    expect((await pathState(root, cwd, relative)).state).toBe(state)
  })

  test('a check passes when every path exists, and names each missing or refused path', async () => {
    const check = (paths: string[]): Validation =>
      plainValidation('files', {
        command: `paths exist: ${paths.join(' ')}`,
        timeoutMs: 1000,
        source: { kind: 'verify-item', line: 4, file: 'CHECKLIST.md' },
        kind: 'paths-exist',
        check: { kind: 'paths-exist', paths }
      })
    const passed = await runPathCheck(check(['dist/index.js', 'dist']), root, 0)
    expect([passed.status, passed.report.summary, passed.report.findings]).toEqual([
      'passed',
      'all 2 paths exist',
      []
    ])
    const failed = await runPathCheck(
      check(['dist/index.js', 'dist/a.js', 'escape/secret.txt']),
      root,
      0
    )
    expect(failed.status).toBe('failed')
    expect(failed.report.summary).toBe('2 of 3 paths missing: dist/a.js, escape/secret.txt')
    expect(failed.report.findings.map((f) => f.message)).toEqual([
      'dist/a.js does not exist',
      'escape/secret.txt was not looked up: a symbolic link on its way leads out of the project root'
    ])
    expect(failed.report.counts).toEqual({ paths: 3, existing: 1, missing: 1, refused: 1 })
  })

  test('the scheduler checks paths in-process: the command runner is never called', async () => {
    const plan = planValidations(
      parseChecklist(
        '# R\n## Phase 1: Build (CRITICAL)\n- [x] Verify: `dist/index.js` and `dist/index.d.ts` exist\n',
        'CHECKLIST.md'
      ),
      null
    )
    const runner: CommandRunner = {
      run: () => Promise.reject(new Error('a path check must not start a process'))
    }
    const [result] = await runValidations(plan.validations, { root, runner, concurrency: 1 })
    expect(result!.status).toBe('failed')
    expect(result!.report.summary).toBe('1 of 2 paths missing: dist/index.d.ts')
    expect(result!.exitCode).toBeNull()
  })
})
