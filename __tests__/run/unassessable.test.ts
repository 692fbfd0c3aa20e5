/**
 * "Could not assess": real `npm audit` through the real runner and scheduler against a local
 * registry that refuses (405, 500) and a closed port; saved outputs in the real formats of
 * cargo audit and pip-audit; and what must never be called unassessable.
 */
import { assess } from '../../src/readiness/assess.js'
import type { Validation, ValidationResult } from '../../src/validations/model.js'
import { ProcessRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { detectUnassessable, isAuditCommand } from '../../src/run/unassessable.js'
import { fixtureExit, fixtureText, runParser } from '../findings/fixtures.js'
import { cargoAuditParser } from '../../src/findings/cargo-audit.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { writeFile } from '../support/git-project.js'
import { closedPort, listenLocally, type LocalHttpServer } from '../support/local-http.js'
import { scratchDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const project = scratchDirectory('unassessable-test-')
const cache = scratchDirectory('unassessable-npm-cache-')

// A lockfile with one dependency that is not installed: npm audit sends it to the registry
// (without any dependency npm audit never asks the registry at all).
beforeAll(() => {
  writeFile(
    project.dir,
    'package.json',
    JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } })
  )
  writeFile(
    project.dir,
    'package-lock.json',
    JSON.stringify({
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'x', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
        'node_modules/left-pad': {
          version: '1.3.0',
          resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz'
        }
      }
    })
  )
})

/** A registry whose every answer is `status`. */
function refusingRegistry(status: number): Promise<LocalHttpServer> {
  return listenLocally((request, response) => {
    request.resume()
    request.on('end', () => {
      response.statusCode = status
      response.setHeader('content-type', 'application/json')
      response.end('{"error":"refused by the test registry"}')
    })
  })
}

/** A port nothing listens on (bound, then released). */
function auditValidation(command: string, registry: string): Validation {
  return plainValidation('npm-audit', {
    name: 'NPM audit',
    command,
    timeoutMs: 60_000,
    env: {
      npm_config_registry: registry,
      npm_config_fetch_retries: '0',
      npm_config_cache: cache.dir,
      npm_config_update_notifier: 'false'
    },
    source: { kind: 'script', line: 1, file: null },
    tool: 'npm-audit'
  })
}

async function runAudit(command: string, registry: string): Promise<ValidationResult> {
  const [result] = await runValidations([auditValidation(command, registry)], {
    root: project.dir,
    concurrency: 1,
    runner: new ProcessRunner()
  })
  return result!
}

describe('real npm audit whose registry cannot answer', () => {
  it.each([
    [405, 'Method Not Allowed'],
    [500, 'Internal Server Error']
  ])('HTTP %i is "could not assess", never 0 vulnerabilities', async (status, words) => {
    const registry = await refusingRegistry(status)
    try {
      for (const command of ['npm audit', 'npm audit --json']) {
        const result = await runAudit(command, registry.url)
        expect(result.exitCode).toBe(1)
        expect(result.status).toBe('unassessable')
        expect(result.report.summary).toBe(
          `could not assess: the registry answered ${status} ${words} (POST ${registry.url}/-/npm/v1/security/advisories/bulk)`
        )
        expect(result.report.counts).toEqual({})
        expect(result.hint).toMatch(/nothing says there are no vulnerabilities$/)
      }
    } finally {
      await registry.close()
    }
  })

  it('a closed port is "could not assess" with the reason', async () => {
    const port = await closedPort()
    const result = await runAudit('npm audit', `http://127.0.0.1:${port}`)
    expect(result.status).toBe('unassessable')
    expect(result.report.summary).toBe(
      `could not assess: could not reach http://127.0.0.1:${port}/-/npm/v1/security/advisories/bulk (connect ECONNREFUSED 127.0.0.1:${port})`
    )
  })

  it('blocks a ready verdict and says so in the notes', async () => {
    const port = await closedPort()
    const validation = auditValidation('npm audit', `http://127.0.0.1:${port}`)
    const result = await runAudit('npm audit', `http://127.0.0.1:${port}`)
    const checklist = parseChecklist(
      '# Checklist\n\n## Phase 1: Security (Critical)\n\n- [x] npm audit\n',
      'C.md'
    )
    const assessment = assess({
      checklist,
      validations: [validation],
      results: [result],
      rules: { requireValidations: true, requireItems: true },
      validationsRun: true
    })
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.blockers.map((b) => b.kind === 'validation' && b.status)).toEqual([
      'unassessable'
    ])
    expect(assessment.notes).toContain(
      `Validation 'NPM audit' could not assess: ${result.report.summary}. It proves nothing either way and blocks a ready verdict.`
    )
    // "Could not assess" proves nothing either way: it never says the tick is wrong.
    expect(assessment.reconciliation.claimedDoneFailing).toEqual([])
  })
})

describe('detectUnassessable on saved outputs', () => {
  it('cargo audit that cannot fetch the advisory database', () => {
    const name = 'unassessable/cargo-audit-fetch-failed.txt'
    const output = fixtureText(name)
    const exit = fixtureExit('unassessable/cargo-audit-fetch-failed')
    const report = runParser(cargoAuditParser, 'cargo audit', output, exit)
    expect(detectUnassessable('cargo audit', 'cargo-audit', output, exit, report)?.summary).toBe(
      "could not assess: couldn't fetch advisory database: git operation failed: failed to fetch repo: An IO error occurred when talking to the server"
    )
  })

  it("pip-audit that cannot connect to PyPI's feed", () => {
    const output = fixtureText('unassessable/pip-audit-no-connection.txt')
    const exit = fixtureExit('unassessable/pip-audit-no-connection')
    const empty = { findings: [], droppedFindings: 0, counts: {}, summary: '' }
    expect(detectUnassessable('python -m pip_audit', null, output, exit, empty)?.summary).toBe(
      "could not assess: could not connect to PyPI's vulnerability feed"
    )
    expect(
      detectUnassessable('pip-audit -r requirements.txt', null, output, exit, empty)
    ).not.toBeNull()
  })

  it('keeps credentials out of the summary', () => {
    const empty = { findings: [], droppedFindings: 0, counts: {}, summary: '' }
    const output =
      'npm warn audit request to https://ci:s3cr3t@npm.example.com/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND npm.example.com'
    const found = detectUnassessable('npm audit', 'npm-audit', output, 1, empty)
    expect(found?.summary).toBe(
      'could not assess: could not reach https://npm.example.com/-/npm/v1/security/advisories/bulk (getaddrinfo ENOTFOUND npm.example.com)'
    )
  })

  it('is never said of a non-audit, a success, or an audit that found vulnerabilities', () => {
    const empty = { findings: [], droppedFindings: 0, counts: {}, summary: '' }
    const network = 'Error: connect ECONNREFUSED 127.0.0.1:5432'
    expect(detectUnassessable('npm test', 'npm-test', network, 1, empty)).toBeNull()
    expect(detectUnassessable('npm audit', 'npm-audit', network, 0, empty)).toBeNull()
    const vulnerable = fixtureText('cargo-audit/vulnerable.txt')
    const report = runParser(cargoAuditParser, 'cargo audit', `${vulnerable}\n${network}`, 1)
    expect(report.findings.length).toBeGreaterThan(0)
    expect(
      detectUnassessable('cargo audit', 'cargo-audit', `${vulnerable}\n${network}`, 1, report)
    ).toBeNull()
    expect(isAuditCommand('yarn npm audit --all', null)).toBe(true)
    expect(isAuditCommand('pnpm audit --prod', null)).toBe(true)
    expect(isAuditCommand('npm run audit-ci', null)).toBe(false)
  })
})

describe('detectUnassessable on message shapes of other audits (not captured from the tools here)', () => {
  const empty = { findings: [], droppedFindings: 0, counts: {}, summary: '' }
  it.each([
    [
      'pnpm audit --prod',
      ' ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 410: {"error":"gone"}',
      'could not assess: pnpm audit: ERR_PNPM_AUDIT_BAD_RESPONSE (the registry answered 410)'
    ],
    [
      'pnpm audit --json',
      '{"error":{"code":"ERR_PNPM_AUDIT_BAD_RESPONSE","message":"The audit endpoint responded with 503"}}',
      'could not assess: pnpm audit: ERR_PNPM_AUDIT_BAD_RESPONSE (the registry answered 503)'
    ],
    [
      'yarn audit',
      'error An unexpected error occurred: "https://registry.yarnpkg.com/-/npm/v1/security/audits: Request failed \\"500 Internal Server Error\\"".',
      'could not assess: the registry answered 500 Internal Server Error'
    ],
    [
      'yarn audit',
      'error An unexpected error occurred: "https://registry.yarnpkg.com/-/npm/v1/security/audits: getaddrinfo EAI_AGAIN registry.yarnpkg.com".',
      'could not assess: network error (EAI_AGAIN)'
    ]
  ])('%s', (command, output, summary) => {
    expect(detectUnassessable(command, null, output, 1, empty)?.summary).toBe(summary)
  })
})
