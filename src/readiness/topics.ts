/**
 * What a piece of text or a validation is about, so that a blocker the document declares in prose
 * ("29 clippy errors", "Protobuf security vulnerability (RUSTSEC-2024-0437)") can be matched with
 * a computed one ("Clippy linting — clippy: 29 errors"). Deliberately simple and predictable:
 * advisory ids first, then one topic keyword, then shared words.
 */

import { trimRuns } from '../linear-text.js'

export type Topic = 'audit' | 'clippy' | 'fmt' | 'test' | 'build' | 'cli'
export type Ecosystem = 'rust' | 'npm'

export interface Subject {
  /** The one topic of the text: the first keyword found in TOPIC_KEYWORDS order; null if none. */
  topic: Topic | null
  ecosystems: Ecosystem[]
  /** Advisory ids, upper-cased: RUSTSEC-2024-0437, GHSA-xxxx-xxxx-xxxx, CVE-2024-1234. */
  advisories: string[]
  /** Significant lower-case words (stop words and generic verbs removed). */
  words: string[]
}

/**
 * Order matters: "Rust test compilation failure" is about tests (test before build), "NPM
 * security issue" about the audit. One topic per text keeps matches explainable.
 */
const TOPIC_KEYWORDS: readonly (readonly [Topic, RegExp])[] = [
  ['audit', /\b(?:rustsec|ghsa|cve)-|\baudit|vulnerab|\bsecurity (?:issue|advisor|fix)/],
  ['clippy', /\bclippy\b|\blint/],
  ['fmt', /\bfmt\b|\bformat|\brustfmt\b|\bprettier\b/],
  ['test', /\btest(?:s|ing)?\b|\bjest\b/],
  ['build', /\bbuild|\bcompil/],
  ['cli', /\bbinar(?:y|ies)\b|--help\b|--version\b|\bexecutables?\b/]
]

const TOOL_TOPICS: Readonly<Record<string, Topic>> = {
  rustfmt: 'fmt',
  clippy: 'clippy',
  'cargo-build': 'build',
  'npm-build': 'build',
  'cargo-test': 'test',
  'npm-test': 'test',
  'cargo-audit': 'audit',
  'npm-audit': 'audit',
  cli: 'cli'
}

const ECOSYSTEM_KEYWORDS: readonly (readonly [Ecosystem, RegExp])[] = [
  ['rust', /\bcargo\b|\brust|\bclippy\b|\brustfmt\b|\brustsec-|\bcrates?\b/],
  ['npm', /\bnpm\b|\bnpx\b|\bnode\b|typescript|\bjavascript\b|\bjs\b|\bts\b|\bjest\b|\bghsa-/]
]

const ADVISORY_ID = /\b(?:RUSTSEC-\d{4}-\d{4}|GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b/gi

/** Words too generic to say two blockers are the same thing. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from in into is it of on or the to with all any no not ' +
    'fix fixed fixes fixing run verify passes pass passed passing fail fails failed failure ' +
    'failures failing error errors issue issues problem problems update ensure make must ' +
    'should need needs complete completed done succeeds remaining'
  ).split(' ')
)

export function subjectOfText(text: string): Subject {
  const lower = text.toLowerCase()
  return {
    topic: topicOf(lower),
    ecosystems: ecosystemsOf(lower),
    advisories: advisoriesIn(text),
    words: significantWords(lower)
  }
}

/** A validation's subject: its tool decides the topic; its command the ecosystem. */
export function subjectOfValidation(validation: {
  name: string
  command: string
  tool: string | null
}): Subject {
  const command = validation.command.toLowerCase()
  const name = validation.name.toLowerCase()
  const toolTopic = validation.tool === null ? undefined : TOOL_TOPICS[validation.tool]
  return {
    topic: toolTopic ?? topicOf(command) ?? topicOf(name),
    ecosystems: ecosystemsOf(`${command} ${validation.tool ?? ''}`),
    advisories: [],
    words: significantWords(name)
  }
}

/** Merges several subjects' topic (first non-null), ecosystems, advisories and words. */
export function mergeSubjects(subjects: Subject[]): Subject {
  return {
    topic: subjects.find((s) => s.topic !== null)?.topic ?? null,
    ecosystems: unique(subjects.flatMap((s) => s.ecosystems)),
    advisories: unique(subjects.flatMap((s) => s.advisories)),
    words: unique(subjects.flatMap((s) => s.words))
  }
}

/**
 * Why `a` and `b` are about the same thing, or null. Advisory ids decide when both sides name
 * some (a different advisory is a different problem); otherwise the same topic in a compatible
 * ecosystem; otherwise at least two shared significant words making up half the shorter text.
 */
export function matchSubjects(a: Subject, b: Subject): string | null {
  if (a.advisories.length > 0 && b.advisories.length > 0) {
    const shared = a.advisories.find((id) => b.advisories.includes(id))
    return shared === undefined ? null : shared
  }
  if (a.topic !== null && a.topic === b.topic && ecosystemsCompatible(a, b)) {
    return `topic: ${a.topic}`
  }
  const shared = a.words.filter((word) => b.words.includes(word))
  const shorter = Math.min(a.words.length, b.words.length)
  if (shared.length >= 2 && shared.length * 2 >= shorter) return `words: ${shared.join(', ')}`
  return null
}

/** Unknown ecosystems are compatible with anything; two known ones must share one. */
export function ecosystemsCompatible(a: Subject, b: Subject): boolean {
  if (a.ecosystems.length === 0 || b.ecosystems.length === 0) return true
  return a.ecosystems.some((e) => b.ecosystems.includes(e))
}

export function advisoriesIn(text: string): string[] {
  return unique([...text.matchAll(ADVISORY_ID)].map((m) => m[0].toUpperCase()))
}

function topicOf(lower: string): Topic | null {
  return TOPIC_KEYWORDS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null
}

function ecosystemsOf(lower: string): Ecosystem[] {
  return ECOSYSTEM_KEYWORDS.filter(([, pattern]) => pattern.test(lower)).map(([e]) => e)
}

function significantWords(lower: string): string[] {
  const words = lower
    .replace(/[^a-z0-9\s-]+/g, ' ')
    .split(/\s+/)
    .map((w) => trimRuns(w, '-'))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w))
  return unique(words)
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
