/**
 * The run's record as a hidden block at the end of the sticky comment:
 *
 *   <!-- readiness-gate-state {"v":1,"c":"3f2c9d1e8b7a",…} -->
 *
 * Compact JSON (short keys, tuples) with every `-`, `<` and `>` written as a JSON escape, so the
 * block can never end the HTML comment early nor open another one. Reading it back trusts
 * nothing: the block is read only from the comment the gate owns (the caller checks marker and
 * author), its size is capped before it is parsed, and its shape is checked field by field;
 * anything else is ignored with a note, and the run goes on as a first run.
 */
import type { AssessedStatus, Verdict } from '../readiness/model.js'
import { VALIDATION_STATUSES } from '../validations/model.js'
import {
  COMMIT_PATTERN,
  ITEM_KEY_DIGITS,
  type RunState,
  type TrendPoint,
  type ValidationRecord
} from './model.js'

export const STATE_BLOCK_PREFIX = '<!-- readiness-gate-state '
const STATE_BLOCK_SUFFIX = ' -->'

/**
 * The most a state block may take, written or read, in characters. The writer sheds fields to
 * stay under it (encodeStateBlock); the reader ignores a longer block without parsing it.
 */
export const STATE_BLOCK_LIMIT = 8192

const VERDICTS: readonly Verdict[] = ['ready', 'not-ready', 'unassessed']
const STATUSES: readonly AssessedStatus[] = [...VALIDATION_STATUSES, 'not-run']

/** The ticked items' keys, run together (record.ts itemKey). */
const KEYS_PATTERN = new RegExp(`^(?:[0-9a-f]{${ITEM_KEY_DIGITS}})*$`)
const ONE_KEY = new RegExp(`^[0-9a-f]{${ITEM_KEY_DIGITS}}$`)
const EACH_KEY = new RegExp(`.{${ITEM_KEY_DIGITS}}`, 'g')
const MAX_VALIDATIONS = 500
const MAX_ID_CHARS = 200
const MAX_COUNTS = 20
const MAX_COUNT_NAME_CHARS = 40
const MAX_COUNT = 1e9
const MAX_TICKED = 10_000
const MAX_TREND = 100

type WireValidation = [string, string, 0 | 1, Record<string, number>, string | null]
type WirePoint = [string | null, number, number, number, number]
interface Wire {
  v: number
  c: string | null
  t: number | null
  r: string
  b: number
  V: WireValidation[]
  k: string | null
  h: WirePoint[]
}

/**
 * Ways to make a record smaller, tried in order until the block fits: fewer trend points, no
 * counts, no ticks, no trend, no validations. The verdict and the commit always stay.
 */
const SHEDDING: readonly ((state: RunState) => RunState)[] = [
  (s) => s,
  (s) => ({ ...s, trend: s.trend.slice(-10) }),
  (s) => ({ ...s, validations: s.validations.map((v) => ({ ...v, counts: {} })) }),
  (s) => ({ ...s, ticked: null }),
  (s) => ({ ...s, trend: s.trend.slice(-1) }),
  (s) => ({ ...s, validations: [] })
]

export interface EncodedState {
  block: string
  /** How many shedding steps it took (0: the whole record). */
  shed: number
}

/** The hidden block for `state`, within `limit` characters, shedding fields as it must. */
export function encodeStateBlock(state: RunState, limit = STATE_BLOCK_LIMIT): EncodedState {
  let current = state
  let block = ''
  for (const [index, shed] of SHEDDING.entries()) {
    current = shed(current)
    block = `${STATE_BLOCK_PREFIX}${escapeForComment(JSON.stringify(toWire(current)))}${STATE_BLOCK_SUFFIX}`
    if (block.length <= limit) return { block, shed: index }
  }
  return { block, shed: SHEDDING.length - 1 }
}

export type StateReading =
  { kind: 'none' } | { kind: 'read'; state: RunState } | { kind: 'ignored'; why: string }

/** The state block of a comment the gate owns: read, ignored (why), or none there. */
export function readStateBlock(body: string): StateReading {
  const start = body.lastIndexOf(STATE_BLOCK_PREFIX)
  if (start === -1) return { kind: 'none' }
  const from = start + STATE_BLOCK_PREFIX.length
  // The cap comes before anything else: a huge block is not even searched for its end.
  const window = body.slice(from, from + STATE_BLOCK_LIMIT + STATE_BLOCK_SUFFIX.length)
  const end = window.indexOf(STATE_BLOCK_SUFFIX)
  if (
    end === -1 ||
    STATE_BLOCK_PREFIX.length + end + STATE_BLOCK_SUFFIX.length > STATE_BLOCK_LIMIT
  ) {
    return { kind: 'ignored', why: `it is longer than ${STATE_BLOCK_LIMIT} characters` }
  }
  let value: unknown
  try {
    value = JSON.parse(window.slice(0, end)) as unknown
  } catch {
    return { kind: 'ignored', why: 'it is not valid JSON' }
  }
  if (isRecord(value) && value.v !== 1) {
    return { kind: 'ignored', why: `its version ${describe(value.v)} is not one this gate reads` }
  }
  const problem = wireProblem(value)
  if (problem !== null) return { kind: 'ignored', why: problem }
  return { kind: 'read', state: fromWire(value as Wire) }
}

/** JSON with `-`, `<`, `>` escaped: the same value, and no `-->` or `<!--` anywhere in it. */
function escapeForComment(json: string): string {
  return json.replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function toWire(state: RunState): Wire {
  return {
    v: state.version,
    c: state.commit,
    t: state.at === null ? null : Math.max(0, Math.floor(Date.parse(state.at) / 1000)),
    r: state.verdict,
    b: state.blockers,
    V: state.validations.map((v) => [
      v.id,
      v.status,
      v.critical ? 1 : 0,
      wireCounts(v.counts),
      v.lastPassed
    ]),
    k: state.ticked === null ? null : state.ticked.filter((key) => ONE_KEY.test(key)).join(''),
    h: state.trend.map((p) => [
      p.commit,
      p.validationsPassed,
      p.validationsTotal,
      p.itemsTicked,
      p.itemsTotal
    ])
  }
}

/** Whole, non-negative counts only (a `-` would need escaping outside a string). */
function wireCounts(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, value] of Object.entries(counts).slice(0, MAX_COUNTS)) {
    if (name.length > MAX_COUNT_NAME_CHARS) continue
    out[name] = Math.min(MAX_COUNT, Math.max(0, Math.round(value)))
  }
  return out
}

function fromWire(wire: Wire): RunState {
  return {
    version: 1,
    commit: wire.c,
    at: wire.t === null ? null : new Date(wire.t * 1000).toISOString().replace('.000Z', 'Z'),
    verdict: wire.r as Verdict,
    blockers: wire.b,
    validations: wire.V.map(([id, status, critical, counts, lastPassed]): ValidationRecord => ({
      id,
      status: status as AssessedStatus,
      critical: critical === 1,
      counts,
      lastPassed
    })),
    ticked: wire.k === null ? null : (wire.k.match(EACH_KEY) ?? []),
    trend: wire.h.map(
      ([commit, validationsPassed, validationsTotal, itemsTicked, itemsTotal]): TrendPoint => ({
        commit,
        validationsPassed,
        validationsTotal,
        itemsTicked,
        itemsTotal
      })
    )
  }
}

// ── the wire's shape, checked ─────────────────────────────────────────────────────────────────

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function describe(v: unknown): string {
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 20))
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v
}

const isCount = (v: unknown, max = MAX_COUNT): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max
const isCommit = (v: unknown): boolean => typeof v === 'string' && COMMIT_PATTERN.test(v)
const isCommitOrNull = (v: unknown): boolean => v === null || isCommit(v)

function countsProblem(v: unknown): boolean {
  if (!isRecord(v)) return true
  const entries = Object.entries(v)
  return (
    entries.length > MAX_COUNTS ||
    entries.some(([name, n]) => name.length > MAX_COUNT_NAME_CHARS || !isCount(n))
  )
}

function validationProblem(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 5) return true
  const [id, status, critical, counts, lastPassed] = v as unknown[]
  return (
    typeof id !== 'string' ||
    id === '' ||
    id.length > MAX_ID_CHARS ||
    !STATUSES.includes(status as AssessedStatus) ||
    (critical !== 0 && critical !== 1) ||
    countsProblem(counts) ||
    !isCommitOrNull(lastPassed)
  )
}

function pointProblem(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 5) return true
  const [commit, ...numbers] = v as unknown[]
  return !isCommitOrNull(commit) || !numbers.every((n) => isCount(n))
}

const WIRE_KEYS = ['v', 'c', 't', 'r', 'b', 'V', 'k', 'h']

/** Null when `value` is a version-1 record; else what is wrong with it. */
function wireProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'it is not an object'
  const unknown = Object.keys(value).find((key) => !WIRE_KEYS.includes(key))
  if (unknown !== undefined) return `it has an unknown field ${describe(unknown)}`
  const missing = WIRE_KEYS.find((key) => !Object.hasOwn(value, key))
  if (missing !== undefined) return `its field ${missing} is missing`
  const { c, t, r, b, V, k, h } = value
  if (!isCommitOrNull(c)) return 'its commit is not a commit hash'
  if (t !== null && !isCount(t, 2 ** 40)) return 'its time is not a time'
  if (!VERDICTS.includes(r as Verdict)) return `its verdict ${describe(r)} is unknown`
  if (!isCount(b)) return 'its blocker count is not a count'
  if (!Array.isArray(V) || V.length > MAX_VALIDATIONS || V.some(validationProblem)) {
    return 'its validations are malformed'
  }
  if (new Set(V.map((entry) => (entry as WireValidation)[0])).size !== V.length) {
    return 'it names a validation twice'
  }
  if (
    k !== null &&
    (typeof k !== 'string' || k.length > MAX_TICKED * ITEM_KEY_DIGITS || !KEYS_PATTERN.test(k))
  ) {
    return 'its ticked items are malformed'
  }
  if (!Array.isArray(h) || h.length > MAX_TREND || h.some(pointProblem)) {
    return 'its trend is malformed'
  }
  return null
}
