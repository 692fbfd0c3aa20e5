/**
 * Masks secrets before anything reaches a surface (log groups aside, which GitHub masks itself).
 * Command output is untrusted and a misconfigured or hostile step can print a token anywhere:
 * in a message, but also in what a parser makes a file path, a lint code, a package version or a
 * URL. The report is public on the PR, so the surfaces take only values that went through
 * maskForSurfaces(): one pass over every string of the value, whatever field holds it.
 */
import type { ValidationResult } from '../validations/model.js'

export const MASK = '***'

/**
 * Known values shorter than this are not masked: they would mask ordinary words and paths
 * ("src", "app"). GitHub's own log masking has the same floor.
 */
const MIN_KNOWN_LENGTH = 4

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

/**
 * Every SECRET_PATTERNS match contains one of these (case aside) and is at least
 * MIN_PATTERN_MATCH long: a string without them skips the patterns. The mask pass runs over
 * every string of a report (100,000 and more on a large checklist), mostly short and plain.
 */
const SECRET_HINT =
  /gh[pousr]_|github_pat_|A[KS]IA|xox[abposr]-|npm_|PRIVATE KEY|bearer|token|passw|secret|api[_-]?key/i
const MIN_PATTERN_MATCH = 13

/**
 * Variables of the action's environment whose values are credentials: the runner's runtime and
 * OIDC request tokens (in every action's environment; the runner's log masking never reaches
 * what the action publishes), and the GitHub tokens a workflow commonly puts in the job's env.
 */
export const CREDENTIAL_VARIABLES: readonly string[] = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN'
]

/** Variables that hold a GitHub token, which git sees as an `x-access-token` basic credential. */
const GITHUB_TOKEN_VARIABLES: readonly string[] = ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN']

/**
 * The values every surface must mask for a run: the action's token and the credentials in its
 * environment (CREDENTIAL_VARIABLES), plus each GitHub token as actions/checkout stores it in
 * .git/config (`AUTHORIZATION: basic base64("x-access-token:<token>")`, which `git config -l`
 * prints). Empty and too-short values are left out; longest first, so a value that contains
 * another is masked whole.
 */
export function secretsToMask(
  env: Readonly<Record<string, string | undefined>>,
  token: string
): string[] {
  const githubTokens = [token, ...GITHUB_TOKEN_VARIABLES.map((name) => env[name] ?? '')]
  const values = [
    ...githubTokens,
    ...CREDENTIAL_VARIABLES.map((name) => env[name] ?? ''),
    ...githubTokens
      .filter((value) => value.trim().length >= MIN_KNOWN_LENGTH)
      .map((value) => Buffer.from(`x-access-token:${value.trim()}`).toString('base64'))
  ]
  return usableKnownValues(values.map((value) => value.trim()))
}

/** Replaces known secret values and secret-shaped strings with ***. */
export function maskSecrets(text: string, known: readonly string[] = []): string {
  return maskText(text, usableKnownValues(known))
}

/** `known` as maskText wants it: long enough, distinct, longest first. */
function usableKnownValues(known: readonly string[]): string[] {
  const distinct = new Set(known.filter((value) => value.length >= MIN_KNOWN_LENGTH))
  return [...distinct].sort((a, b) => b.length - a.length)
}

/** A part of the text to mask: [start, end) becomes `keep` then the mask. */
interface Cut {
  start: number
  end: number
  /** What stays before the mask: the `password=` or `Bearer ` in front of a value, else ''. */
  keep: string
}

/**
 * Every known value and every secret-shaped match is found in the text as it is, and the parts
 * they cover are masked together: masking one first could cut another apart (a known value
 * inside a token leaves pieces too short for the token's pattern), and the rest would be shown.
 */
function maskText(text: string, known: readonly string[]): string {
  const cuts: Cut[] = []
  for (const value of known) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
      cuts.push({ start: at, end: at + value.length, keep: '' })
    }
  }
  if (text.length >= MIN_PATTERN_MATCH && SECRET_HINT.test(text)) {
    for (const pattern of SECRET_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        cuts.push({ start: match.index, end: match.index + match[0].length, keep: kept(match[1]) })
      }
    }
  }
  return cuts.length === 0 ? text : applyCuts(text, cuts)
}

/** What a pattern keeps of its first group: a `password=` prefix, or `Bearer`/`token` and a space. */
function kept(prefix: string | undefined): string {
  if (prefix === undefined) return ''
  if (/[=:]\s*$/.test(prefix)) return prefix
  if (/^(Bearer|token)$/i.test(prefix)) return `${prefix} `
  return ''
}

/**
 * The text with each run of overlapping cuts masked once. A kept prefix stays only when no other
 * cut reaches into it (a known value inside `password=` is masked with what follows).
 */
function applyCuts(text: string, cuts: Cut[]): string {
  cuts.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Cut[] = []
  for (const cut of cuts) {
    const last = merged.at(-1)
    if (last === undefined || cut.start >= last.end) {
      merged.push({ ...cut })
      continue
    }
    if (cut.start < last.start + last.keep.length) last.keep = ''
    last.end = Math.max(last.end, cut.end)
  }
  let out = ''
  let at = 0
  for (const cut of merged) {
    out += text.slice(at, cut.start) + cut.keep + MASK
    at = cut.end
  }
  return out + text.slice(at)
}

/**
 * A copy of a JSON-shaped value (plain objects, arrays, primitives) with every string masked,
 * object keys included. Anything else (a Map, a Date, a class instance) is a bug here: its
 * strings could not be reached, so it throws rather than let them through.
 */
export function maskDeep<T>(value: T, known: readonly string[]): T {
  const values = usableKnownValues(known)
  // Keys repeat in every object of a kind ("message", "line"): each is masked once.
  const keys = new Map<string, string>()
  const maskKey = (key: string): string => {
    let masked = keys.get(key)
    if (masked === undefined) keys.set(key, (masked = maskText(key, values)))
    return masked
  }
  // Report data is a tree (it is written as JSON): no cycles to guard against.
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return maskText(node, values)
    if (node === null || typeof node !== 'object') return node
    if (Array.isArray(node)) return node.map(walk)
    const prototype: unknown = Object.getPrototypeOf(node)
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(
        `maskDeep: cannot mask ${Object.prototype.toString.call(node)}; pass plain data`
      )
    }
    const out: Record<string, unknown> = {}
    for (const key in node) {
      if (Object.prototype.hasOwnProperty.call(node, key)) {
        out[maskKey(key)] = walk((node as Record<string, unknown>)[key])
      }
    }
    return out
  }
  return walk(value) as T
}

const MASKED: unique symbol = Symbol('masked for surfaces')

/**
 * A value that went through maskForSurfaces. The renderers and the JSON report take only this
 * type, and check the mark at run time too (a cast or a spread copy loses it), so no surface can
 * be fed an unmasked value by mistake.
 */
export type Masked<T> = T & { readonly [MASKED]: true }

/** The one masking pass at the surface boundary: `value` with every string masked, marked. */
export function maskForSurfaces<T extends object>(value: T, secrets: readonly string[]): Masked<T> {
  const masked = maskDeep(value, secrets)
  // Not enumerable: invisible to JSON.stringify and not copied by a spread.
  Object.defineProperty(masked, MASKED, { value: true, enumerable: false })
  return masked as Masked<T>
}

/** Throws (a bug, not a user mistake) when `value` did not come from maskForSurfaces. */
export function assertMasked(value: object, what: string): void {
  if (!Object.prototype.hasOwnProperty.call(value, MASKED)) {
    throw new Error(
      `${what} must be masked before it is published: pass it through maskForSurfaces`
    )
  }
}

/** The same result with every string masked (output, hint, summary, every field of every finding). */
export function maskResult(result: ValidationResult, known: readonly string[]): ValidationResult {
  return maskDeep(result, known)
}
