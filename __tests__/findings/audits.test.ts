import { cargoAuditParser } from '../../src/findings/cargo-audit.js'
import { cvss3BaseScore, cvssSeverity } from '../../src/findings/cvss.js'
import { npmAuditParser } from '../../src/findings/npm-audit.js'
import { runFixture, runParser } from './fixtures.js'

const protobuf = {
  severity: 'error',
  message:
    'Crash due to uncontrolled recursion in protobuf crate (protobuf 2.28.0; upgrade to >=3.7.2)',
  code: 'RUSTSEC-2024-0437',
  package: 'protobuf',
  version: '2.28.0',
  kind: 'vulnerability',
  url: 'https://rustsec.org/advisories/RUSTSEC-2024-0437'
}
const unmaintained = [
  ['fxhash', '0.2.1', 'RUSTSEC-2025-0057', 'fxhash - no longer maintained'],
  ['instant', '0.1.13', 'RUSTSEC-2024-0384', '`instant` is unmaintained'],
  ['paste', '1.0.15', 'RUSTSEC-2024-0436', 'paste - no longer maintained']
].map(([name, version, id, title]) => ({
  severity: 'warning',
  message: `${name!} ${version!} is unmaintained: ${title!}`,
  code: id,
  package: name,
  version,
  kind: 'unmaintained',
  url: `https://rustsec.org/advisories/${id!}`
}))

describe('cargo audit parser', () => {
  it.each([
    ['cargo audit --json', 'cargo-audit/vulnerable-json'],
    ['cargo audit', 'cargo-audit/vulnerable']
  ])('reads the vulnerability and unmaintained warnings (%s)', (command, name) => {
    const report = runFixture(cargoAuditParser, command, name)
    expect(report.summary).toBe('cargo audit: RUSTSEC-2024-0437 in protobuf, 3 warnings')
    expect(report.counts).toEqual({
      vulnerabilities: 1,
      warnings: 3,
      unmaintained: 3,
      unsound: 0,
      yanked: 0,
      notice: 0
    })
    expect(report.findings).toEqual([protobuf, ...unmaintained])
  })

  it('rates advisories from their CVSS vector, and reads yanked warnings without an advisory', () => {
    const vulnerability = (id: string, cvss: string | null) => ({
      advisory: { id, package: 'hyper', title: 'Flaw', cvss, license: 'CC0-1.0', url: null },
      versions: { patched: [], unaffected: [] },
      package: { name: 'hyper', version: '0.14.7' }
    })
    const report = JSON.stringify({
      vulnerabilities: {
        found: true,
        count: 2,
        list: [
          vulnerability('RUSTSEC-2021-0078', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N'),
          vulnerability('RUSTSEC-2021-0079', null)
        ]
      },
      warnings: {
        yanked: [{ kind: 'yanked', package: { name: 'spin', version: '0.9.8' }, advisory: null }]
      }
    })
    const parsed = runParser(
      cargoAuditParser,
      'cargo audit --json',
      `    Scanning Cargo.lock\n${report}`,
      1
    )
    expect(parsed.summary).toBe('cargo audit: RUSTSEC-2021-0078 in hyper and 1 more, 1 warning')
    expect(parsed.findings.map((f) => [f.code, f.advisorySeverity, f.kind])).toEqual([
      ['RUSTSEC-2021-0078', 'high', 'vulnerability'],
      ['RUSTSEC-2021-0079', undefined, 'vulnerability'],
      [undefined, undefined, 'yanked']
    ])
    expect(parsed.findings[0]!.message).toBe('Flaw (hyper 0.14.7; no fixed upgrade is available)')
  })

  it('reads a human block without a fix and with a CVSS severity', () => {
    const output = [
      'Crate:     hickory-proto',
      'Version:   0.25.2',
      'Title:     NSEC3 closest-encloser proof validation enters unbounded loop',
      'Date:      2026-05-01',
      'ID:        RUSTSEC-2026-0118',
      'URL:       https://github.com/hickory-dns/hickory-dns/security/advisories/GHSA-3v94-mw7p-v465',
      'Severity:  7.5 (high)',
      'Solution:  No fixed upgrade is available!',
      '',
      'error: 1 vulnerability found!'
    ].join('\n')
    const report = runParser(cargoAuditParser, 'cargo audit', output, 1)
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message:
          'NSEC3 closest-encloser proof validation enters unbounded loop (hickory-proto 0.25.2; no fixed upgrade is available)',
        code: 'RUSTSEC-2026-0118',
        package: 'hickory-proto',
        version: '0.25.2',
        kind: 'vulnerability',
        advisorySeverity: 'high',
        url: 'https://github.com/hickory-dns/hickory-dns/security/advisories/GHSA-3v94-mw7p-v465'
      }
    ])
  })

  it('says what went wrong when cargo audit is not installed', () => {
    const report = runFixture(cargoAuditParser, 'cargo audit', 'cargo-audit/not-installed')
    expect(report.summary).toBe('cargo audit: error: no such command: `audit` (exit 101)')
    expect(report.findings).toEqual([])
  })

  it('reports a clean audit', () => {
    const output = '{"vulnerabilities":{"found":false,"count":0,"list":[]},"warnings":{}}'
    expect(runParser(cargoAuditParser, 'cargo audit --json', output, 0).summary).toBe(
      'cargo audit: 0 vulnerabilities'
    )
  })
})

describe('npm audit parser', () => {
  const jsYaml = {
    severity: 'error',
    message:
      'js-yaml has prototype pollution in merge (<<) (js-yaml 4.0.0 - 4.1.0; fix available via `npm audit fix`)',
    code: 'GHSA-mh29-5h37-fv8m',
    package: 'js-yaml',
    version: '4.0.0 - 4.1.0',
    kind: 'vulnerability',
    url: 'https://github.com/advisories/GHSA-mh29-5h37-fv8m',
    advisorySeverity: 'moderate'
  }

  it.each([
    ['npm audit --json', 'npm-audit/js-yaml-json'],
    ['npm audit', 'npm-audit/js-yaml']
  ])('reads the js-yaml advisory (%s)', (command, name) => {
    const report = runFixture(npmAuditParser, command, name)
    expect(report.summary).toBe('npm audit: 1 moderate (js-yaml)')
    expect(report.counts).toEqual({ info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 })
    expect(report.findings).toEqual([jsYaml])
  })

  it.each([
    ['npm audit --json', 'npm-audit/mixed-json'],
    ['npm audit', 'npm-audit/mixed']
  ])(
    'reads several severities and a package vulnerable through a dependency (%s)',
    (command, name) => {
      const report = runFixture(npmAuditParser, command, name)
      expect(report.summary).toBe('npm audit: 2 moderate, 1 high (cross-spawn, js-yaml)')
      expect(report.counts.total).toBe(3)
      expect(report.findings.map((f) => [f.package, f.code, f.advisorySeverity])).toEqual([
        ['@istanbuljs/load-nyc-config', undefined, 'moderate'],
        ['cross-spawn', 'GHSA-3xgq-45jj-v275', 'high'],
        ['js-yaml', 'GHSA-mh29-5h37-fv8m', 'moderate']
      ])
      expect(report.findings[0]!.message).toBe(
        '@istanbuljs/load-nyc-config * depends on vulnerable versions of js-yaml; fix available via `npm audit fix`'
      )
    }
  )

  it.each([
    ['npm audit', 'npm-audit/zero'],
    ['npm audit --json', 'npm-audit/zero-json']
  ])('reads the real zero-vulnerability output of the example client (%s)', (command, name) => {
    const report = runFixture(npmAuditParser, command, name)
    expect(report.summary).toBe('npm audit: 0 vulnerabilities')
    expect(report.counts.total).toBe(0)
    expect(report.findings).toEqual([])
  })

  it('describes forced and missing fixes', () => {
    const report = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        mem: {
          name: 'mem',
          severity: 'low',
          via: [
            {
              title: 'Denial of Service',
              url: 'https://npmjs.com/advisories/1084',
              severity: 'low'
            }
          ],
          range: '<4.0.0',
          fixAvailable: { name: 'nyc', version: '15.0.0', isSemVerMajor: true }
        },
        subtext: {
          name: 'subtext',
          severity: 'info',
          via: [
            {
              title: 'Prototype Pollution',
              url: 'https://npmjs.com/advisories/1479',
              severity: 'info'
            }
          ],
          range: '>=0.0.0',
          fixAvailable: false
        }
      },
      metadata: {
        vulnerabilities: { info: 1, low: 1, moderate: 0, high: 0, critical: 0, total: 2 }
      }
    })
    const parsed = runParser(
      npmAuditParser,
      'npm audit --json',
      `npm warn config production\n${report}`,
      1
    )
    expect(parsed.summary).toBe('npm audit: 1 info, 1 low (mem, subtext)')
    expect(parsed.findings.map((f) => [f.severity, f.code, f.message])).toEqual([
      [
        'error',
        undefined,
        'Denial of Service (mem <4.0.0; fix available via `npm audit fix --force` (installs nyc@15.0.0))'
      ],
      ['notice', undefined, 'Prototype Pollution (subtext >=0.0.0; no fix available)']
    ])
  })

  it('reads the one-line totals of the human report', () => {
    const report = runParser(
      npmAuditParser,
      'npm audit',
      '# npm audit report\n\n9 low severity vulnerabilities',
      1
    )
    expect(report.counts).toMatchObject({ low: 9, total: 9 })
    expect(report.summary).toBe('npm audit: 9 low')
  })

  it('explains an audit that produced no report', () => {
    const output =
      'npm error code ENOLOCK\nnpm error audit This command requires an existing lockfile.'
    const report = runParser(npmAuditParser, 'npm audit', output, 1)
    expect(report.summary).toBe(
      'npm audit: could not run (ENOLOCK: This command requires an existing lockfile.)'
    )
    expect(report.counts).toEqual({})
  })
})

describe('CVSS 3.x base score', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N', 5.3, 'medium'],
    ['CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.5, 'high'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'critical'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'medium'],
    ['CVSS:3.0/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H', 8.2, 'high'],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L', 1.6, 'low'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'none']
  ])('%s → %d (%s)', (vector, score, severity) => {
    expect(cvss3BaseScore(vector)).toBe(score)
    expect(cvssSeverity(score)).toBe(severity)
  })

  it('rejects vectors it cannot score', () => {
    expect(
      cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')
    ).toBeNull()
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L')).toBeNull()
  })
})
