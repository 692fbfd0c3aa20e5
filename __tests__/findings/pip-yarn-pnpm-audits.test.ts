/**
 * pip-audit, `yarn audit --json` (Yarn 1) and `pnpm audit --json`: samples written by hand in
 * the tools' real serialisations (none can audit here: pip-audit is not in Debian 12 and the
 * audit endpoints are out of reach; see the fixtures README), advisory data as published.
 */
import { toolFor } from '../../src/findings/index.js'
import { runFixture } from './fixtures.js'

describe('pip-audit', () => {
  it.each([
    ['pip-audit -f json', 'pip-audit/vulnerable-json'],
    ['python -m pip_audit', 'pip-audit/vulnerable']
  ])('%s: the vulnerabilities it states, each with its advisory', (command, name) => {
    const report = runFixture(toolFor(command), command, name)
    expect(report.summary).toBe('pip-audit: 2 vulnerabilities in 1 package (jinja2)')
    expect(report.findings.map((f) => [f.code, f.package, f.version])).toEqual([
      ['GHSA-h5c8-rqwp-cp95', 'jinja2', '3.1.2'],
      ['GHSA-h75v-3vvj-5mfj', 'jinja2', '3.1.2']
    ])
  })

  it('a clean audit', () => {
    expect(runFixture(toolFor('pip-audit'), 'pip-audit', 'pip-audit/clean').summary).toBe(
      'pip-audit: 0 vulnerabilities'
    )
  })
})

describe('yarn and pnpm audit', () => {
  it.each([
    ['yarn audit --json', 'yarn-audit/js-yaml-json', 'yarn audit: 1 moderate (js-yaml)'],
    ['pnpm audit --json', 'pnpm-audit/js-yaml-json', 'pnpm audit: 1 moderate (js-yaml)']
  ])('%s', (command, name, summary) => {
    const report = runFixture(toolFor(command), command, name)
    expect(report.summary).toBe(summary)
    expect(report.counts).toMatchObject({ moderate: 1, total: 1 })
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'GHSA-mh29-5h37-fv8m',
        package: 'js-yaml',
        version: '4.1.0',
        advisorySeverity: 'moderate'
      })
    ])
  })
})

describe('yarn and pnpm audit that could not run (real output: the advisory endpoint answers 405 here)', () => {
  it.each([
    [
      'pnpm audit',
      'pnpm-audit/endpoint-405',
      'pnpm audit: could not run (ERR_PNPM_AUDIT_BAD_RESPONSE: The audit endpoint'
    ],
    [
      'pnpm audit --json',
      'pnpm-audit/endpoint-405-json',
      'pnpm audit: could not run (ERR_PNPM_AUDIT_BAD_RESPONSE: The audit endpoint'
    ],
    [
      'yarn audit --json',
      'yarn-audit/endpoint-405-json',
      'yarn audit: could not run (Error: https://registry.yarnpkg.com/-/npm/v1/security/audits: Request'
    ]
  ])('%s: says why, and counts nothing (never "0 vulnerabilities")', (command, name, start) => {
    const report = runFixture(toolFor(command), command, name)
    expect(report.summary.startsWith(start)).toBe(true)
    expect(report.summary).toContain('405')
    expect(report.summary.length).toBeLessThan(260)
    expect(report.counts).toEqual({})
    expect(report.findings).toEqual([])
  })
})
