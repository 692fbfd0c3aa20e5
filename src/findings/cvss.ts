/**
 * CVSS v3.x base score and severity from a vector string, as the FIRST specification defines
 * them (https://www.first.org/cvss/v3.1/specification-document, section 7). cargo-audit's JSON
 * gives only the vector; its human output prints the score and severity computed the same way.
 */
import { ownEntry } from '../own-entry.js'

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
}
/** Privileges required weigh more when the scope changes. */
const PRIVILEGES: Record<string, { unchanged: number; changed: number }> = {
  N: { unchanged: 0.85, changed: 0.85 },
  L: { unchanged: 0.62, changed: 0.68 },
  H: { unchanged: 0.27, changed: 0.5 }
}

/** The specification's Roundup: the smallest one-decimal number ≥ x, robust to float error. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100_000)
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10
}

function metrics(vector: string): Map<string, string> | null {
  const parts = vector.trim().split('/')
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return null
  const found = new Map<string, string>()
  for (const part of parts.slice(1)) {
    const [name, value] = part.split(':')
    if (name !== undefined && value !== undefined) found.set(name, value)
  }
  return found
}

/** The base score (0.0–10.0), or null when the vector is not a complete CVSS 3.x vector. */
export function cvss3BaseScore(vector: string): number | null {
  const found = metrics(vector)
  if (found === null) return null
  const weight = (name: string): number | undefined => {
    const values = ownEntry(WEIGHTS, name)
    return values === undefined ? undefined : ownEntry(values, found.get(name) ?? '')
  }
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(weight)
  const scope = found.get('S')
  const privileges = ownEntry(PRIVILEGES, found.get('PR') ?? '')
  if (
    av === undefined ||
    ac === undefined ||
    ui === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined ||
    privileges === undefined ||
    (scope !== 'U' && scope !== 'C')
  ) {
    return null
  }
  const changed = scope === 'C'
  const impactSubScore = 1 - (1 - c) * (1 - i) * (1 - a)
  const impact = changed
    ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15)
    : 6.42 * impactSubScore
  const pr = changed ? privileges.changed : privileges.unchanged
  const exploitability = 8.22 * av * ac * pr * ui
  if (impact <= 0) return 0
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10))
}

/** The qualitative rating: "none", "low", "medium", "high", "critical". */
export function cvssSeverity(score: number): string {
  if (score === 0) return 'none'
  if (score < 4) return 'low'
  if (score < 7) return 'medium'
  if (score < 9) return 'high'
  return 'critical'
}
