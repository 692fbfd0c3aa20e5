/**
 * Masks what looks like a secret in command output before it reaches any surface (log groups
 * aside, which GitHub masks itself). Command output is untrusted and a misconfigured step can
 * print a token; the report is public on the PR.
 */
import type { ValidationResult } from './model.js'

export const MASK = '***'

/** Well-known credential shapes: GitHub tokens, AWS keys, Slack, npm, private-key blocks, bearer headers. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,255})\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(Bearer|token)\s+[A-Za-z0-9._~+/-]{20,}=*/gi,
  /((?:password|passwd|secret|api[_-]?key|access[_-]?token)\s*[=:]\s*)(["']?)[^\s"']{6,}\2/gi
]

/** Replaces known secret values and secret-shaped strings with ***. */
export function maskSecrets(text: string, known: readonly string[] = []): string {
  let out = text
  for (const value of known) {
    // Very short values would mask ordinary words; GitHub's own masking has the same floor.
    if (value.length >= 4) out = out.split(value).join(MASK)
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      const prefix = groups[0]
      if (typeof prefix === 'string' && /[=:]\s*$/.test(prefix)) return `${prefix}${MASK}`
      if (typeof prefix === 'string' && /^(Bearer|token)$/i.test(prefix)) return `${prefix} ${MASK}`
      return MASK
    })
  }
  return out
}

/** The same result with every piece of command output masked. */
export function maskResult(result: ValidationResult, known: readonly string[]): ValidationResult {
  const mask = (text: string): string => maskSecrets(text, known)
  return {
    ...result,
    output: { ...result.output, head: mask(result.output.head), tail: mask(result.output.tail) },
    hint: result.hint === null ? null : mask(result.hint),
    report: {
      ...result.report,
      summary: mask(result.report.summary),
      findings: result.report.findings.map((finding) => ({
        ...finding,
        message: mask(finding.message),
        ...(finding.test === undefined ? {} : { test: mask(finding.test) })
      }))
    }
  }
}
