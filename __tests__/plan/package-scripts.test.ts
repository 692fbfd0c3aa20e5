/**
 * `npm run X` and friends are judged by what package.json says X runs: nested scripts, pre/post
 * scripts, npm-run-all globs, cycles and depth, read from a real package.json on disk by the
 * reader the gate injects (src/gate.ts packageScriptsReader).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { packageScriptsReader } from '../../src/gate.js'
import { resolveLine, MAX_RESOLUTION_DEPTH } from '../../src/plan/command-resolution.js'
import { refusalOf } from '../../src/plan/effects.js'
import { scriptsMatching } from '../../src/plan/package-scripts.js'

const ROOT = path.resolve(import.meta.dirname, '../fixtures/projects')
const node = { cwd: 'node-fixers', readPackageScripts: packageScriptsReader(ROOT) }

/** What a line runs, as the programs' words, package managers and wrappers left out. */
function runs(line: string): string[] {
  return resolveLine(line, node)
    .filter((c) => !['npm', 'yarn', 'pnpm', 'run-s', 'run-p', 'npm-run-all'].includes(c.words[0]!))
    .map((c) => c.words.join(' '))
}

describe('package.json scripts are resolved to what they run', () => {
  test('npm run format runs prettier --write and eslint --fix, and is refused naming both levels', () => {
    expect(runs('npm run format')).toEqual(['prettier --write .', 'eslint --fix .'])
    expect(refusalOf('npm run format', node)).toEqual({
      effect: 'format',
      reason:
        "'prettier --write' rewrites files with its formatting (the check is 'prettier --check') — run through 'npm run format' (package.json script 'format': `prettier --write . && eslint --fix .`)"
    })
  })

  test('arguments are appended to the script, as npm does: lint:fix is eslint . --fix', () => {
    expect(runs('npm run lint:fix')).toEqual(['eslint . --fix'])
    expect(refusalOf('npm run lint:fix', node)?.effect).toBe('rewrite')
    expect(refusalOf('npm run lint', node)).toBeNull()
    expect(runs('npm run lint -- --max-warnings=0')).toEqual(['eslint . --max-warnings=0'])
  })

  test('npm test runs pretest first; yarn test and pnpm t run the same scripts', () => {
    expect(runs('npm test')).toEqual(['tsc --noEmit', 'vitest run'])
    expect(runs('npm t')).toEqual(runs('npm test'))
    expect(runs('yarn test')).toEqual(runs('npm test'))
    expect(runs('pnpm t')).toEqual(runs('npm test'))
    expect(refusalOf('npm test', node)).toBeNull()
    expect(refusalOf('npm test -- -u', node)?.effect).toBe('snapshot-update')
    expect(refusalOf('npm run test:update', node)?.effect).toBe('snapshot-update')
  })

  test('yarn X, pnpm X and pnpm run X run script X; yarn and pnpm built-ins are not scripts', () => {
    expect(runs('yarn format:check')).toEqual(['prettier --check .'])
    expect(runs('pnpm format:check')).toEqual(['prettier --check .'])
    expect(runs('pnpm run --silent format:check')).toEqual(['prettier --check .'])
    expect(refusalOf('yarn lint:fix', node)?.effect).toBe('rewrite')
    expect(refusalOf('pnpm audit', node)).toBeNull()
  })

  test('run-s with a glob runs every matching script; * stays within one : segment', () => {
    expect(runs('npm run check')).toEqual(['prettier --check .', 'eslint .', 'tsc --noEmit'])
    // check:* matches check:all (whose own run-s check:* skips itself), check:lint, check:fix.
    const fix = ['prettier --write .', 'eslint --fix .']
    expect(runs('npx run-s check:*')).toEqual(['eslint .', ...fix, 'eslint .', ...fix])
    const refusal = refusalOf('npm run check:all', node)
    expect(refusal?.effect).toBe('format')
    expect(refusal?.reason).toContain("package.json script 'check:fix': `npm run format`")
    expect(scriptsMatching('lint:*', ['lint', 'lint:js', 'lint:js:fix', 'lint:md'])).toEqual([
      'lint:js',
      'lint:md'
    ])
    expect(scriptsMatching('lint:**', ['lint', 'lint:js', 'lint:js:fix'])).toEqual([
      'lint:js',
      'lint:js:fix'
    ])
  })

  test('scripts that run each other stop at the cycle; a missing script runs nothing', () => {
    expect(runs('npm run ping')).toEqual([])
    expect(refusalOf('npm run ping', node)).toBeNull()
    expect(runs('npm run no-such-script')).toEqual([])
  })

  test('the release script is a version bump and a publish', () => {
    expect(refusalOf('npm run release', node)?.effect).toBe('release')
  })

  test('--prefix and cd find the package.json of another directory', () => {
    const fromRoot = { ...node, cwd: '.' }
    expect(refusalOf('npm --prefix node-fixers run format', fromRoot)?.effect).toBe('format')
    expect(refusalOf('cd node-fixers && npm run format', fromRoot)?.effect).toBe('format')
    // At the fixtures' root there is no package.json: the name is all there is.
    expect(refusalOf('npm run lint:fix', fromRoot)?.reason).toContain(
      'package.json could not be read'
    )
  })

  test('a deep chain of scripts is followed to a bound, then refused as unknown', () => {
    const scripts: Record<string, string> = { s0: 'cargo fmt' }
    for (let i = 1; i <= 30; i++) scripts[`s${i}`] = `npm run s${i - 1}`
    const context = { cwd: '.', readPackageScripts: () => scripts }
    expect(refusalOf('npm run s5', context)?.effect).toBe('format')
    const deep = refusalOf('npm run s30', context)
    expect(deep?.effect).toBe('dynamic')
    expect(30).toBeGreaterThan(MAX_RESOLUTION_DEPTH)
  })
})

describe('the gate reads package.json inside the project root only', () => {
  test('a missing, broken or escaping package.json reads as null; scripts that are not strings are left out', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scripts-'))
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'))
    try {
      fs.mkdirSync(path.join(root, 'ok'))
      fs.writeFileSync(
        path.join(root, 'ok/package.json'),
        JSON.stringify({ scripts: { test: 'jest', bad: 1 } })
      )
      fs.mkdirSync(path.join(root, 'broken'))
      fs.writeFileSync(path.join(root, 'broken/package.json'), '{ not json')
      fs.writeFileSync(
        path.join(outside, 'package.json'),
        JSON.stringify({ scripts: { test: 'cargo fmt' } })
      )
      fs.symlinkSync(outside, path.join(root, 'linked'))
      const read = packageScriptsReader(root)
      expect(read('ok')).toEqual({ test: 'jest' })
      expect(read('broken')).toBeNull()
      expect(read('missing')).toBeNull()
      expect(read('linked')).toBeNull()
      expect(read('../' + path.basename(outside))).toBeNull()
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
      fs.rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('through the gate, with real processes', () => {
  test('npm run format is never run: the tree is unchanged, the check beside it runs, a path check is made', async () => {
    const { evaluateReadiness } = await import('../../src/gate.js')
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gate-format-')))
    try {
      // The "formatter" would rewrite src.js if it ran; the check only reads it.
      fs.writeFileSync(
        path.join(root, 'package.json'),
        JSON.stringify({
          scripts: {
            format:
              "prettier --write . && node -e \"require('fs').writeFileSync('src.js', 'changed')\""
          }
        })
      )
      fs.writeFileSync(path.join(root, 'src.js'), 'original\n')
      fs.writeFileSync(
        path.join(root, 'CHECKLIST.md'),
        [
          '# Release',
          '## Phase 1: Blockers (CRITICAL)',
          '- [x] Source is there',
          '  - [x] Verify: `src.js` exists',
          '## Validation',
          '```bash',
          'echo "1. Format"',
          'npm run format',
          'grep -q original src.js',
          '```',
          ''
        ].join('\n')
      )
      const outcome = await evaluateReadiness({
        checklistPath: path.join(root, 'CHECKLIST.md'),
        configPath: null,
        configRequired: false,
        root,
        runValidations: true,
        refuseCommands: null,
        concurrency: 1
      })
      expect(fs.readFileSync(path.join(root, 'src.js'), 'utf8')).toBe('original\n')
      expect(outcome.plan.refused.map((r) => [r.command, r.effect])).toEqual([
        ['npm run format', 'format']
      ])
      expect(outcome.plan.validations.map((v) => v.command)).toEqual(['grep -q original src.js'])
      expect(outcome.results.map((r) => r.status)).toEqual(['passed'])
      expect(outcome.plan.unverifiedClaims.map((c) => c.command)).toEqual(['paths exist: src.js'])

      // claims: plan checks the ticked item too, in-process.
      fs.writeFileSync(path.join(root, 'readiness.yml'), 'claims: plan\n')
      const planned = await evaluateReadiness({
        checklistPath: path.join(root, 'CHECKLIST.md'),
        configPath: path.join(root, 'readiness.yml'),
        configRequired: true,
        root,
        runValidations: true,
        refuseCommands: null,
        concurrency: 1
      })
      expect(planned.plan.unverifiedClaims).toEqual([])
      expect(planned.results.map((r) => [r.id, r.status, r.report.summary])).toEqual([
        ['format', 'passed', expect.any(String)],
        ['src-js-exists', 'passed', '1 path exists']
      ])
      expect(planned.assessment.verdict).toBe('ready')
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
