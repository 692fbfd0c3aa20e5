/**
 * pip-audit, in its JSON and columnar formats:
 *
 *   {"dependencies": [{"name": "jinja2", "version": "3.1.2", "vulns": [{"id": "GHSA-h5c8-rqwp-cp95",
 *     "fix_versions": ["3.1.3"], "aliases": ["CVE-2024-22195"], "description": "…"}]}], "fixes": []}
 *
 *   Found 2 known vulnerabilities in 1 package
 *   Name   Version ID                  Fix Versions
 *   ------ ------- ------------------- ------------
 *   jinja2 3.1.2   GHSA-h5c8-rqwp-cp95 3.1.3
 *
 *   No known vulnerabilities found
 */
import type { Finding } from '../validations/model.js'
import { JsonCapture, arrayField, stringField } from './json-capture.js'
import { LineReader } from './reader.js'
import { FindingList, oneLine } from './parser-helpers.js'
import { plural } from '../wording.js'
import type { OutputReader, ToolSection } from './types.js'

const FOUND = /^Found (\d+) known vulnerabilit(?:y|ies) in (\d+) packages?$/
const NONE = /^No known vulnerabilities found\b/
const HEADER = /^Name +Version +ID +Fix Versions\b/
const ROW = /^(\S+) +(\S+) +(\S+)(?: +(\S.*))?$/

interface Vulnerability {
  name: string
  version: string
  id: string
  fix: string
  description?: string
  aliases: string[]
}

function finding(vulnerability: Vulnerability): Finding {
  const fix = vulnerability.fix === '' ? 'no fix version' : `fixed in ${vulnerability.fix}`
  const aliases = vulnerability.aliases.length > 0 ? ` (${vulnerability.aliases.join(', ')})` : ''
  const about = vulnerability.description === undefined ? '' : `: ${vulnerability.description}`
  const result: Finding = {
    severity: 'error',
    message: oneLine(
      `${vulnerability.id}${aliases} in ${vulnerability.name} ${vulnerability.version}, ${fix}${about}`
    ),
    code: vulnerability.id,
    package: vulnerability.name,
    version: vulnerability.version,
    kind: 'vulnerability'
  }
  if (vulnerability.id.startsWith('GHSA-'))
    result.url = `https://github.com/advisories/${vulnerability.id}`
  return result
}

/** " (jinja2, urllib3)": the first packages named, or nothing when none is known. */
function named(vulnerabilities: readonly Vulnerability[]): string {
  const names = [...new Set(vulnerabilities.map((v) => v.name))]
  if (names.length === 0) return ''
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  return ` (${names.slice(0, 3).join(', ')}${more})`
}

class PipAuditReader extends LineReader {
  private readonly json = new JsonCapture()
  private readonly rows: Vulnerability[] = []
  private stated: { vulnerabilities: number; packages: number } | null = null
  private inTable = false

  protected read(text: string): void {
    this.json.line(text)
    if (!LineReader.readable(text)) return
    const found = FOUND.exec(text)
    if (found !== null) {
      this.recognise()
      this.stated = { vulnerabilities: Number(found[1]), packages: Number(found[2]) }
      return
    }
    if (NONE.test(text)) {
      this.recognise()
      this.stated = { vulnerabilities: 0, packages: 0 }
      return
    }
    if (HEADER.test(text)) {
      this.inTable = true
      return
    }
    if (!this.inTable || text.startsWith('---')) return
    const row = ROW.exec(text)
    if (row === null) {
      this.inTable = false
      return
    }
    const [, name, version, id, fix] = row
    if (this.rows.length < 10_000)
      this.rows.push({
        name: name!,
        version: version!,
        id: id!,
        fix: fix?.trim() ?? '',
        aliases: []
      })
  }

  private fromJson(): Vulnerability[] | null {
    const report = this.json.parse((value) => Array.isArray(value.dependencies))
    if (report === null) return null
    const vulnerabilities: Vulnerability[] = []
    for (const dependency of arrayField(report, 'dependencies')) {
      const name = stringField(dependency, 'name') ?? '?'
      const version = stringField(dependency, 'version') ?? '?'
      for (const vuln of arrayField(dependency, 'vulns')) {
        const description = stringField(vuln, 'description')
        vulnerabilities.push({
          name,
          version,
          id: stringField(vuln, 'id') ?? 'advisory',
          fix: arrayField(vuln, 'fix_versions')
            .filter((v) => typeof v === 'string')
            .join(', '),
          aliases: arrayField(vuln, 'aliases').filter((a): a is string => typeof a === 'string'),
          ...(description === undefined ? {} : { description })
        })
      }
    }
    return vulnerabilities
  }

  finish(): ToolSection | null {
    const fromJson = this.fromJson()
    if (fromJson === null && !this.recognised) return null
    const vulnerabilities = fromJson ?? this.rows
    const findings = new FindingList()
    for (const vulnerability of vulnerabilities) findings.add(finding(vulnerability))
    const count =
      fromJson === null
        ? (this.stated?.vulnerabilities ?? vulnerabilities.length)
        : vulnerabilities.length
    const packages = new Set(vulnerabilities.map((v) => v.name)).size
    const summary =
      count === 0
        ? 'pip-audit: 0 vulnerabilities'
        : `pip-audit: ${plural(count, 'vulnerability', 'vulnerabilities')} in ${plural(this.stated?.packages ?? packages, 'package')}${named(vulnerabilities)}`
    return {
      tool: 'pip-audit',
      at: this.recognised ? this.at : 0,
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { vulnerabilities: count },
      summary
    }
  }
}

export const pipAuditReader: OutputReader = {
  id: 'pip-audit',
  create: (context) => new PipAuditReader(context)
}
