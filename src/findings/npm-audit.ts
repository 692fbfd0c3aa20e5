/**
 * `npm audit` (npm ≥ 7, audit report version 2), from `--json`:
 *   vulnerabilities: { [name]: { severity, range, fixAvailable, via: [advisory | "dep name"] } }
 *   metadata.vulnerabilities: { info, low, moderate, high, critical, total }
 * or from the human report (npm-audit-report's detail reporter):
 *   # npm audit report
 *   js-yaml  4.0.0 - 4.1.0
 *   Severity: moderate
 *   js-yaml has prototype pollution in merge (<<) - https://github.com/advisories/GHSA-mh29-5h37-fv8m
 *   fix available via `npm audit fix`
 *   node_modules/js-yaml
 *   1 moderate severity vulnerability      ← or "3 vulnerabilities (1 low, 2 high)", "found 0 vulnerabilities"
 *
 * One finding per advisory of a vulnerable package; packages that are vulnerable only through a
 * dependency ("Depends on vulnerable versions of …") get one finding saying so. The GHSA id
 * comes from the advisory URL.
 */
import type { Finding, FindingSeverity } from '../validations/model.js'
import {
  JsonCapture,
  arrayField,
  isObject,
  numberField,
  objectField,
  stringField,
  type JsonObject
} from './json-capture.js'
import { FindingList, exitDescription, oneLine } from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import { programName, recognises, simpleCommands } from './tool-for-command.js'
import type { OutputCollector, ToolParser } from './types.js'

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
type Severity = (typeof SEVERITIES)[number]

const REPORT_HEADER = /^# npm audit report$/
const PACKAGE_LINE = /^(\s*)(@?[^\s@][^\s]*)\s{2}(\S.*)$/
const SEVERITY_LINE = /^\s*Severity: (info|low|moderate|high|critical)$/
// The title starts after the indent (or is one space): with `^\s*(.+)`, its `.+` was searched
// again from every shorter indent, quadratic on a long run of spaces.
const ADVISORY_LINE = /^\s*(\S.*|[^\S\n\r\u2028\u2029]) - (https?:\/\/\S+)$/
const DEPENDS_LINE = /^\s*Depends on vulnerable versions of (\S+)$/
const FIX_LINE = /^\s*(fix available via .*|No fix available)$/
const ZERO = /^found 0 vulnerabilities/
const TOTAL_MANY = /^(\d+) vulnerabilities \(([^)]*)\)$/
const TOTAL_ONE_SEVERITY =
  /^(\d+) (info|low|moderate|high|critical) severity vulnerabilit(?:y|ies)$/
const GHSA = /(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})/i

interface Advisory {
  title: string
  url?: string
  severity?: string
}

interface VulnerablePackage {
  name: string
  severity: Severity | undefined
  range: string
  advisories: Advisory[]
  dependsOn: string[]
  fix?: string
}

function severityOf(text: string | undefined): Severity | undefined {
  return SEVERITIES.find((severity) => severity === text)
}

/** npm audit fails (exit 1) for every level from low up; info is only informational. */
function findingSeverity(severity: string | undefined): FindingSeverity {
  return severity === 'info' ? 'notice' : 'error'
}

function packageFindings(pkg: VulnerablePackage): Finding[] {
  const base = { package: pkg.name, version: pkg.range, kind: 'vulnerability' }
  const fix = pkg.fix !== undefined ? `; ${pkg.fix}` : ''
  const findings: Finding[] = pkg.advisories.map((advisory) => {
    const severity = advisory.severity ?? pkg.severity
    const finding: Finding = {
      ...base,
      severity: findingSeverity(severity),
      message: oneLine(`${advisory.title} (${pkg.name} ${pkg.range}${fix})`)
    }
    const ghsa = advisory.url !== undefined ? GHSA.exec(advisory.url)?.[1] : undefined
    if (ghsa !== undefined) finding.code = ghsa
    if (advisory.url !== undefined) finding.url = advisory.url
    if (severity !== undefined) finding.advisorySeverity = severity
    return finding
  })
  if (findings.length === 0 && pkg.dependsOn.length > 0) {
    const finding: Finding = {
      ...base,
      severity: findingSeverity(pkg.severity),
      message: oneLine(
        `${pkg.name} ${pkg.range} depends on vulnerable versions of ${pkg.dependsOn.join(', ')}${fix}`
      )
    }
    if (pkg.severity !== undefined) finding.advisorySeverity = pkg.severity
    findings.push(finding)
  }
  return findings
}

function fixText(fixAvailable: unknown): string | undefined {
  if (fixAvailable === true) return 'fix available via `npm audit fix`'
  if (fixAvailable === false) return 'no fix available'
  if (isObject(fixAvailable)) {
    const name = stringField(fixAvailable, 'name')
    const version = stringField(fixAvailable, 'version')
    if (name !== undefined && version !== undefined) {
      return `fix available via \`npm audit fix --force\` (installs ${name}@${version})`
    }
  }
  return undefined
}

function packagesFromJson(report: JsonObject): VulnerablePackage[] {
  const packages: VulnerablePackage[] = []
  for (const [key, vuln] of Object.entries(objectField(report, 'vulnerabilities') ?? {})) {
    const pkg: VulnerablePackage = {
      name: stringField(vuln, 'name') ?? key,
      severity: severityOf(stringField(vuln, 'severity')),
      range: stringField(vuln, 'range') ?? '*',
      advisories: [],
      dependsOn: []
    }
    for (const via of arrayField(vuln, 'via')) {
      if (typeof via === 'string') pkg.dependsOn.push(via)
      else if (isObject(via)) {
        const advisory: Advisory = { title: stringField(via, 'title') ?? 'advisory' }
        const url = stringField(via, 'url')
        const severity = stringField(via, 'severity')
        if (url !== undefined) advisory.url = url
        if (severity !== undefined) advisory.severity = severity
        pkg.advisories.push(advisory)
      }
    }
    const fix = fixText(isObject(vuln) ? vuln.fixAvailable : undefined)
    if (fix !== undefined) pkg.fix = fix
    packages.push(pkg)
  }
  return packages
}

function countsFromJson(report: JsonObject): Record<string, number> | null {
  const metadata = objectField(objectField(report, 'metadata'), 'vulnerabilities')
  if (metadata === undefined) return null
  const counts: Record<string, number> = {}
  for (const severity of SEVERITIES) counts[severity] = numberField(metadata, severity) ?? 0
  counts.total =
    numberField(metadata, 'total') ?? SEVERITIES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
  return counts
}

/**
 * Reads the human report: package blocks after "# npm audit report" and the closing total.
 * A block's first line names the vulnerable package; its severity, advisories and fix follow;
 * indented package lines below are dependents that are vulnerable through it.
 */
class HumanAuditReader {
  readonly packages: VulnerablePackage[] = []
  counts: Record<string, number> | null = null
  private inReport = false
  /** The package that starts the current block. */
  private top: VulnerablePackage | null = null
  /** The package line seen last (the block's package or one of its dependents). */
  private last: VulnerablePackage | null = null

  line(text: string): void {
    if (REPORT_HEADER.test(text)) {
      this.inReport = true
      return
    }
    if (this.total(text)) {
      this.inReport = false
      return
    }
    if (!this.inReport) return
    if (text.trim() === '') {
      this.top = null
      this.last = null
      return
    }
    this.reportLine(text)
  }

  private total(text: string): boolean {
    const zero = ZERO.test(text)
    const many = TOTAL_MANY.exec(text)
    const one = TOTAL_ONE_SEVERITY.exec(text)
    if (!zero && many === null && one === null) return false
    const counts: Record<string, number> = {
      info: 0,
      low: 0,
      moderate: 0,
      high: 0,
      critical: 0,
      total: 0
    }
    if (many !== null) {
      counts.total = Number(many[1])
      for (const part of many[2]!.split(', ')) {
        const [count, severity] = part.split(' ')
        if (severity !== undefined && severity in counts) counts[severity] = Number(count)
      }
    } else if (one !== null) {
      counts.total = Number(one[1])
      counts[one[2]!] = Number(one[1])
    }
    this.counts = counts
    return true
  }

  private reportLine(text: string): void {
    const { top, last } = this
    const severity = SEVERITY_LINE.exec(text)
    const depends = DEPENDS_LINE.exec(text)
    const fix = FIX_LINE.exec(text)
    const advisory = ADVISORY_LINE.exec(text)
    if (top !== null && severity !== null) top.severity = severityOf(severity[1])
    else if (last !== null && depends !== null) {
      if (!last.dependsOn.includes(depends[1]!)) last.dependsOn.push(depends[1]!)
    } else if (top !== null && fix !== null) top.fix = fix[1]!.replace(/^No fix/, 'no fix')
    else if (top !== null && advisory !== null)
      top.advisories.push({ title: advisory[1]!, url: advisory[2]! })
    else if (!text.trim().startsWith('node_modules/')) this.packageLine(text)
  }

  private packageLine(text: string): void {
    const match = PACKAGE_LINE.exec(text)
    if (match === null) return
    const dependent = match[1] !== '' && this.top !== null
    // npm prints a dependent again under each package it depends on, even when it already had
    // its own block: one package, reported once.
    const known = this.packages.find(
      (pkg) => pkg.name === match[2] && pkg.range === match[3]!.trim()
    )
    if (known !== undefined) {
      if (!dependent) this.top = known
      this.last = known
      return
    }
    const pkg: VulnerablePackage = {
      name: match[2]!,
      // The report prints no "Severity:" line for low ones, nor for dependents, which carry
      // the severity of the block's package.
      severity: dependent ? this.top!.severity : 'low',
      range: match[3]!.trim(),
      advisories: [],
      dependsOn: []
    }
    if (!dependent) this.top = pkg
    this.last = pkg
    this.packages.push(pkg)
  }
}

/**
 * npm audit report version 1, as `pnpm audit --json` (and npm 6) writes it: advisories by id,
 * each with module_name, severity, title, url, vulnerable_versions, findings[{version, paths}].
 */
function isAdvisoriesReport(value: JsonObject): boolean {
  return isObject(value.advisories) && isObject(value.metadata)
}

function packagesFromAdvisories(advisories: readonly unknown[]): VulnerablePackage[] {
  const byName = new Map<string, VulnerablePackage>()
  for (const advisory of advisories) {
    const name = stringField(advisory, 'module_name')
    if (name === undefined) continue
    const severity = severityOf(stringField(advisory, 'severity'))
    const versions = arrayField(advisory, 'findings')
      .map((finding) => stringField(finding, 'version'))
      .filter((version): version is string => version !== undefined)
    const pkg = byName.get(name) ?? {
      name,
      severity,
      range:
        versions.length > 0
          ? [...new Set(versions)].join(', ')
          : (stringField(advisory, 'vulnerable_versions') ?? '*'),
      advisories: [],
      dependsOn: []
    }
    const entry: Advisory = { title: stringField(advisory, 'title') ?? 'advisory' }
    const url = stringField(advisory, 'url')
    if (url !== undefined) entry.url = url
    if (severity !== undefined) entry.severity = severity
    pkg.advisories.push(entry)
    const patched = stringField(advisory, 'patched_versions')
    if (patched !== undefined && patched !== '<0.0.0') pkg.fix = `patched in ${patched}`
    byName.set(name, pkg)
  }
  return [...byName.values()]
}

/** `yarn audit --json` (Yarn 1): one auditAdvisory line per advisory and path, then an auditSummary. */
function yarnReport(
  objects: readonly JsonObject[]
): { packages: VulnerablePackage[]; counts: Record<string, number> } | null {
  const summary = objects.find((object) => object.type === 'auditSummary')
  if (summary === undefined) return null
  const advisories = new Map<string, unknown>()
  for (const object of objects) {
    if (object.type !== 'auditAdvisory') continue
    const advisory = objectField(objectField(object, 'data'), 'advisory')
    const id = String(numberField(advisory, 'id') ?? stringField(advisory, 'github_advisory_id'))
    if (advisory !== undefined && !advisories.has(id)) advisories.set(id, advisory)
  }
  const counts = countsFromJson({ metadata: objectField(summary, 'data') ?? {} })
  return {
    packages: packagesFromAdvisories([...advisories.values()]),
    counts: counts ?? { total: 0 }
  }
}

function isNpmAuditReport(value: JsonObject): boolean {
  return (
    'auditReportVersion' in value || (isObject(value.vulnerabilities) && isObject(value.metadata))
  )
}

function auditSummary(
  counts: Record<string, number> | null,
  packages: readonly VulnerablePackage[],
  exitCode: number | null,
  label = 'npm audit'
): string {
  if (counts === null) {
    return exitCode === 0
      ? `${label}: no report found`
      : `${label}: failed (${exitDescription(exitCode)})`
  }
  const total = counts.total ?? 0
  if (total === 0) return `${label}: 0 vulnerabilities`
  const bySeverity = SEVERITIES.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]!} ${s}`)
    .join(', ')
  const named = packages.filter((pkg) => pkg.advisories.length > 0).map((pkg) => pkg.name)
  const shown = named.slice(0, 3).join(', ')
  const more = named.length > 3 ? ` and ${named.length - 3} more` : ''
  return `${label}: ${bySeverity}${shown !== '' ? ` (${shown}${more})` : ''}`
}

/** pnpm's and npm's error lines: " ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint …", "npm error …". */
const PNPM_ERROR = /^\s*(ERR_PNPM_[A-Z_]+)\s+(\S.*)$/
const NPM_ERROR_CODE = /^npm (?:error|ERR!) code (\S+)$/
const NPM_ERROR = /^npm (?:error|ERR!) (?:audit )?(\S.*)$/
const MAX_REASON = 200

/**
 * Why the audit produced no report, from its own error: pnpm's `{"error": {code, message}}` or
 * error line, yarn's `{"type": "error", "data": "Error: …"}`, npm's first `npm error` line — the
 * registry's advisory endpoint refusing the request, a missing lockfile. Null when it said none.
 */
function auditFailure(json: JsonCapture, firstErrorLine: string | null): string | null {
  const pnpm = objectField(
    json.parse((value) => isObject(value.error)),
    'error'
  )
  const yarn = json.lineObjects().find((object) => object.type === 'error')
  const reason =
    pnpm !== undefined
      ? [stringField(pnpm, 'code'), stringField(pnpm, 'message')].filter(Boolean).join(': ')
      : (stringField(yarn, 'data')?.split('\n')[0] ?? firstErrorLine)
  if (reason === null || reason.trim() === '') return null
  const line = reason.replace(/\s+/g, ' ').trim()
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line
}

class NpmAuditCollector implements OutputCollector {
  private readonly json = new JsonCapture()
  private readonly human = new HumanAuditReader()
  private firstErrorLine: string | null = null
  private npmErrorCode: string | null = null

  constructor(private readonly label: string) {}

  line(raw: string): void {
    const text = stripAnsi(raw)
    this.json.line(text)
    this.human.line(text)
    if (this.firstErrorLine === null && text.length <= 4096) this.errorLine(text)
  }

  /** The first error line pnpm or npm printed (npm's after its `npm error code …` line). */
  private errorLine(text: string): void {
    const pnpm = PNPM_ERROR.exec(text)
    if (pnpm !== null) {
      this.firstErrorLine = `${pnpm[1]!}: ${pnpm[2]!}`
      return
    }
    const code = NPM_ERROR_CODE.exec(text)
    if (code !== null) {
      this.npmErrorCode ??= code[1]!
      return
    }
    const npm = NPM_ERROR.exec(text)
    if (npm === null) return
    this.firstErrorLine = this.npmErrorCode === null ? npm[1]! : `${this.npmErrorCode}: ${npm[1]!}`
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    const { packages, counts } = this.read()
    const findings = new FindingList()
    for (const pkg of packages) for (const finding of packageFindings(pkg)) findings.add(finding)
    // No report: the audit did not run. Its reason, and no counts (never "0 vulnerabilities").
    const failure = counts === null ? auditFailure(this.json, this.firstErrorLine) : null
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: counts ?? {},
      summary:
        failure === null
          ? auditSummary(counts, packages, exitCode, this.label)
          : `${this.label}: could not run (${failure})`
    }
  }

  /** npm's report version 2, pnpm's (version 1), yarn's NDJSON, or npm's human report. */
  private read(): { packages: VulnerablePackage[]; counts: Record<string, number> | null } {
    const report = this.json.parse((value) => isNpmAuditReport(value) || isAdvisoriesReport(value))
    if (report !== null && isAdvisoriesReport(report)) {
      return {
        packages: packagesFromAdvisories(Object.values(objectField(report, 'advisories') ?? {})),
        counts: countsFromJson(report)
      }
    }
    if (report !== null)
      return { packages: packagesFromJson(report), counts: countsFromJson(report) }
    const yarn = yarnReport(this.json.lineObjects())
    if (yarn !== null) return yarn
    return { packages: this.human.packages, counts: this.human.counts }
  }
}

/** "pnpm audit", "yarn audit" or "npm audit", by the package manager the step runs. */
function auditLabel(command: string): string {
  for (const words of simpleCommands(command)) {
    const program = programName(words)
    if (['npm', 'pnpm', 'yarn'].includes(program) && words[1] === 'audit') return `${program} audit`
  }
  return 'npm audit'
}

export const npmAuditParser: ToolParser = {
  id: 'npm-audit',
  matches: (command) => recognises('npm-audit', command),
  create: (command: string): OutputCollector => new NpmAuditCollector(auditLabel(command))
}
