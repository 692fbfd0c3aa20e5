/**
 * `cargo audit` (RustSec): vulnerabilities and warnings (unmaintained, unsound, yanked,
 * notice), from the `--json` report (rustsec's `Report`: vulnerabilities.list[] with advisory,
 * versions and package; warnings keyed by kind) or from the human output, whose blocks are
 *
 *   Crate:     protobuf
 *   Version:   2.28.0
 *   Warning:   unmaintained          ← only for warnings
 *   Title:     Crash due to uncontrolled recursion in protobuf crate
 *   Date:      2024-12-12
 *   ID:        RUSTSEC-2024-0437
 *   URL:       https://rustsec.org/advisories/RUSTSEC-2024-0437
 *   Severity:  7.5 (high)            ← when the advisory has a CVSS vector
 *   Solution:  Upgrade to >=3.7.2
 *   Dependency tree: …
 *
 * followed by "error: 1 vulnerability found!" / "warning: 3 allowed warnings found".
 */
import type { Finding } from '../validations/model.js'
import { cvss3BaseScore, cvssSeverity } from './cvss.js'
import {
  JsonCapture,
  arrayField,
  isObject,
  objectField,
  stringField,
  type JsonObject
} from './json-capture.js'
import { FindingList, exitDescription, oneLine } from './parser-helpers.js'
import { plural } from '../wording.js'
import { stripAnsi } from '../ansi-escapes.js'
import { recognises } from './tool-for-command.js'
import type { OutputCollector, ToolParser } from './types.js'

const WARNING_KINDS = ['unmaintained', 'unsound', 'yanked', 'notice'] as const
// `(?=(\s+))\2` takes the whole run of spaces and never gives it back (an atomic group): `\s+`
// retrying shorter runs, each followed by a `.*` to the end, was quadratic on a long run.
const FIELD = /^(Crate|Version|Warning|Title|Date|ID|URL|Severity|Solution):(?=(\s+))\2(.*)$/
const SEVERITY_TEXT = /\(([a-z]+)\)\s*$/
const SUMMARY_LINE = /^(?:error|warning): \d+ (?:vulnerabilit|denied warning|allowed warning)/

/** One advisory hit, whichever format it came from. */
interface AuditEntry {
  kind: string
  id?: string
  package: string
  version?: string
  title?: string
  url?: string
  advisorySeverity?: string
  solution?: string
}

/**
 * The advisory's link, chosen as cargo-audit's presenter does: the advisory's own page for
 * RustSec-licensed (CC0) advisories, the original `url` for those imported under CC-BY-4.0
 * (whose licence asks for that link), so JSON and human output give the same URL.
 */
function advisoryUrl(
  id: string | undefined,
  url: string | undefined,
  license?: string
): string | undefined {
  const page = id?.startsWith('RUSTSEC-') ? `https://rustsec.org/advisories/${id}` : undefined
  return license === 'CC-BY-4.0' ? (url ?? page) : (page ?? url)
}

function entryFinding(entry: AuditEntry): Finding {
  const isVulnerability = entry.kind === 'vulnerability'
  const subject = entry.version !== undefined ? `${entry.package} ${entry.version}` : entry.package
  const what = isVulnerability
    ? `${entry.title ?? 'vulnerability'} (${subject}${entry.solution !== undefined ? `; ${entry.solution}` : ''})`
    : `${subject} is ${entry.kind}${entry.title !== undefined ? `: ${entry.title}` : ''}`
  const finding: Finding = {
    severity: isVulnerability ? 'error' : 'warning',
    message: oneLine(what),
    package: entry.package,
    kind: entry.kind
  }
  if (entry.id !== undefined) finding.code = entry.id
  if (entry.version !== undefined) finding.version = entry.version
  if (entry.advisorySeverity !== undefined) finding.advisorySeverity = entry.advisorySeverity
  const url = entry.url ?? advisoryUrl(entry.id, undefined)
  if (url !== undefined) finding.url = url
  return finding
}

function severityFromVector(vector: string | undefined): string | undefined {
  if (vector === undefined) return undefined
  const score = cvss3BaseScore(vector)
  return score === null ? undefined : cvssSeverity(score)
}

/** An entry of the JSON report: a vulnerability or a warning (`advisory` may be null for yanked). */
function jsonEntry(kind: string, item: unknown): AuditEntry | null {
  const pkg = objectField(item, 'package')
  const advisory = objectField(item, 'advisory')
  const name = stringField(pkg, 'name') ?? stringField(advisory, 'package')
  if (name === undefined) return null
  const entry: AuditEntry = { kind, package: name }
  const version = stringField(pkg, 'version')
  const id = stringField(advisory, 'id')
  const title = stringField(advisory, 'title')
  const url = advisoryUrl(id, stringField(advisory, 'url'), stringField(advisory, 'license'))
  const severity = severityFromVector(stringField(advisory, 'cvss'))
  if (version !== undefined) entry.version = version
  if (id !== undefined) entry.id = id
  if (title !== undefined && title !== '') entry.title = title
  if (url !== undefined) entry.url = url
  if (severity !== undefined) entry.advisorySeverity = severity
  const patched = arrayField(objectField(item, 'versions'), 'patched').filter(
    (range): range is string => typeof range === 'string'
  )
  if (kind === 'vulnerability') {
    entry.solution =
      patched.length > 0 ? `upgrade to ${patched.join(' or ')}` : 'no fixed upgrade is available'
  }
  return entry
}

function entriesFromJson(report: JsonObject): AuditEntry[] {
  const entries: AuditEntry[] = []
  for (const item of arrayField(objectField(report, 'vulnerabilities'), 'list')) {
    const entry = jsonEntry('vulnerability', item)
    if (entry !== null) entries.push(entry)
  }
  const warnings = objectField(report, 'warnings') ?? {}
  for (const [kind, list] of Object.entries(warnings)) {
    if (!Array.isArray(list)) continue
    for (const item of list) {
      const entry = jsonEntry(stringField(item, 'kind') ?? kind, item)
      if (entry !== null) entries.push(entry)
    }
  }
  return entries
}

/** Reads the human output's "Crate: …" blocks. */
class HumanAuditReader {
  readonly entries: AuditEntry[] = []
  firstError: string | null = null
  private current: AuditEntry | null = null

  line(text: string): void {
    const field = FIELD.exec(text)
    if (field === null) {
      if (this.firstError === null && text.startsWith('error: ') && !SUMMARY_LINE.test(text)) {
        this.firstError = text
      }
      return
    }
    const [, name, , rawValue] = field
    const value = rawValue!.trim()
    if (name === 'Crate') {
      this.current = { kind: 'vulnerability', package: value }
      this.entries.push(this.current)
      return
    }
    const entry = this.current
    if (entry === null) return
    if (name === 'Version') entry.version = value
    else if (name === 'Warning') entry.kind = value
    else if (name === 'Title') entry.title = value
    else if (name === 'ID') entry.id = value
    else if (name === 'URL') entry.url = value
    else if (name === 'Solution')
      entry.solution = value.replace(/^Upgrade/, 'upgrade').replace(/^No(.*?)!?$/, 'no$1')
    else if (name === 'Severity') {
      const severity = SEVERITY_TEXT.exec(value)?.[1]
      if (severity !== undefined) entry.advisorySeverity = severity
    }
  }
}

function isAuditReport(value: JsonObject): boolean {
  return isObject(value.vulnerabilities)
}

function auditSummary(
  entries: readonly AuditEntry[],
  exitCode: number | null,
  firstError: string | null
): string {
  const vulnerabilities = entries.filter((entry) => entry.kind === 'vulnerability')
  const warnings = entries.length - vulnerabilities.length
  const warningText = warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''
  const [first] = vulnerabilities
  if (first !== undefined) {
    const more = vulnerabilities.length > 1 ? ` and ${vulnerabilities.length - 1} more` : ''
    return `cargo audit: ${first.id ?? 'advisory'} in ${first.package}${more}${warningText}`
  }
  if (exitCode !== 0 && entries.length === 0) {
    return `cargo audit: ${firstError ?? 'failed'} (${exitDescription(exitCode)})`
  }
  return `cargo audit: 0 vulnerabilities${warningText}`
}

class CargoAuditCollector implements OutputCollector {
  private readonly json = new JsonCapture()
  private readonly human = new HumanAuditReader()

  line(raw: string): void {
    const text = stripAnsi(raw)
    this.json.line(text)
    this.human.line(text)
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    const report = this.json.parse(isAuditReport)
    const entries = report !== null ? entriesFromJson(report) : this.human.entries
    const findings = new FindingList()
    for (const entry of entries) findings.add(entryFinding(entry))
    const counts: Record<string, number> = {
      vulnerabilities: entries.filter((entry) => entry.kind === 'vulnerability').length,
      warnings: entries.filter((entry) => entry.kind !== 'vulnerability').length
    }
    for (const kind of WARNING_KINDS)
      counts[kind] = entries.filter((entry) => entry.kind === kind).length
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts,
      summary: auditSummary(entries, exitCode, this.human.firstError)
    }
  }
}

export const cargoAuditParser: ToolParser = {
  id: 'cargo-audit',
  matches: (command) => recognises('cargo-audit', command),
  create: (): OutputCollector => new CargoAuditCollector()
}
