/**
 * Builds that fail inside a bundler, from the real tools on examples/node-ts-app
 * (scripts/regen-tool-fixtures.sh bundlers): esbuild 0.25.12's CLI (`✘ [ERROR]`), Vite 7.1 (esbuild's
 * errors carried by its API) and webpack 5 with ts-loader 9 (tsc's diagnostics as `[tsl] ERROR`).
 * The counts are the tools' own closing lines; every place they print is a finding.
 */
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { fixtureText, runFixture, runParser } from './fixtures.js'

const APP = '/tmp/readiness-gate-fixtures/node-ts-app'
const run = (command: string, name: string) =>
  runFixture(toolFor(command), command, name, { cwd: APP })
const places = (findings: Finding[]) =>
  findings.map(
    (f) => `${f.severity} ${f.code ?? '-'} ${f.file ?? '-'}:${f.line ?? '-'}:${f.column ?? '-'}`
  )

describe('esbuild', () => {
  const command = 'npx esbuild src/index.ts --bundle --outfile=dist-esbuild/index.js'

  it.each([command, 'npm run build'])(
    '%s: "1 warning and 1 error", each at its place (columns made 1-based), notes not counted',
    (step) => {
      expect(fixtureText('esbuild/errors.txt')).toContain('1 warning and 1 error')
      const report = run(step, 'esbuild/errors')
      expect(report.summary).toBe('esbuild: 1 error, 1 warning')
      expect(report.counts).toEqual({ errors: 1, warnings: 1 })
      expect(places(report.findings)).toEqual([
        'error - src/duration.ts:12:3',
        'warning duplicate-object-key src/slug.ts:2:30'
      ])
      expect(report.findings[0]!.message).toBe('Unexpected "for"')
    }
  )

  it('a clean build says nothing of esbuild', () => {
    expect(run(command, 'esbuild/clean').summary).toBe('exit 0')
  })

  it('a message without a place is a finding without a location', () => {
    const output = '✘ [ERROR] Must use "outdir" when there are multiple input files\n\n1 error'
    const report = runParser(toolFor('esbuild a.ts b.ts'), 'esbuild a.ts b.ts', output, 1)
    expect(report.summary).toBe('esbuild: 1 error')
    expect(report.findings).toEqual([
      expect.objectContaining({ message: 'Must use "outdir" when there are multiple input files' })
    ])
    expect(report.findings[0]!.file).toBeUndefined()
  })
})

describe('Vite (esbuild transforms its TypeScript)', () => {
  it.each(['npx vite build -c vite.lib.config.mjs', 'npm run build'])(
    '%s: the transform error at its place, the absolute path made relative',
    (step) => {
      const report = run(step, 'vite/esbuild-error')
      expect(report.summary).toBe('esbuild: 1 error')
      expect(places(report.findings)).toEqual(['error - src/duration.ts:12:3'])
    }
  )

  it('a clean build', () => {
    expect(run('npx vite build -c vite.lib.config.mjs', 'vite/clean').summary).toBe('exit 0')
  })
})

describe('webpack with ts-loader', () => {
  const command = 'webpack --config webpack.config.cjs'

  it('"compiled with 2 errors": both type errors at their places', () => {
    expect(fixtureText('webpack/ts-loader-errors.txt')).toContain('compiled with 2 errors')
    const report = run(command, 'webpack/ts-loader-errors')
    expect(report.summary).toBe('tsc: 2 errors')
    expect(places(report.findings)).toEqual([
      'error TS2322 src/duration.ts:10:7',
      'error TS6133 src/duration.ts:11:9'
    ])
  })

  it('a clean build reports no type errors', () => {
    expect(run(command, 'webpack/clean').summary).toBe('exit 0')
  })
})
