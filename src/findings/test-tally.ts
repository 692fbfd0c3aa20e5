/** What test runners report: shared by the test runners' readers and cargo test's parser. */
import type { Finding } from '../validations/model.js'
import { FindingList, oneLine } from './parser-helpers.js'
import { LineReader } from './reader.js'
import { plural } from '../wording.js'
import type { ToolSection } from './types.js'

export interface TestTally {
  passed: number
  failed: number
  skipped: number
  todo: number
  cancelled: number
  /** Jest: suites (files) that failed, including those that failed to run. */
  suitesFailed: number
  suitesTotal: number
  /** What the runner calls its suites in its totals: "suites" (Jest), "files" (Vitest). */
  suiteWord?: string
  /** True once a runner's closing totals were seen. */
  sawTotals: boolean
}

/**
 * The named counts of a totals line (`Tests  1 failed | 116 passed`): `pattern` is a global regex
 * whose first group is the number and second the name; a later count of one name wins.
 */
export function namedCounts(text: string, pattern: RegExp): Map<string, number> {
  const found = new Map<string, number>()
  for (const match of text.matchAll(pattern)) found.set(match[2]!, Number(match[1]))
  return found
}

export function emptyTally(): TestTally {
  return {
    passed: 0,
    failed: 0,
    skipped: 0,
    todo: 0,
    cancelled: 0,
    suitesFailed: 0,
    suitesTotal: 0,
    sawTotals: false
  }
}

export interface TestFailure {
  test: string
  message: string[]
  file?: string
  line?: number
  column?: number
}

export function testFailureFinding(failure: TestFailure): Finding {
  const message = failure.message.length > 0 ? failure.message.join(' ') : 'test failed'
  const finding: Finding = {
    severity: 'error',
    message: oneLine(`${failure.test}: ${message}`),
    test: failure.test
  }
  if (failure.file !== undefined) finding.file = failure.file
  if (failure.line !== undefined) finding.line = failure.line
  if (failure.column !== undefined) finding.column = failure.column
  return finding
}

/** Failures keyed by test and place, so runners that list a failure twice report it once. */
export class FailureSet {
  private readonly byKey = new Map<string, TestFailure>()

  add(failure: TestFailure): void {
    const key = `${failure.test}\u0000${failure.file ?? ''}\u0000${failure.line ?? ''}`
    if (!this.byKey.has(key)) this.byKey.set(key, failure)
  }

  values(): IterableIterator<TestFailure> {
    return this.byKey.values()
  }
}

/** "vitest: 1 failed, 4 passed, 1 skipped": the runner's own counts, failures first. */
export function testSummary(tool: string, tally: TestTally): string {
  const extra: string[] = []
  if (tally.skipped > 0) extra.push(`${tally.skipped} skipped`)
  if (tally.todo > 0) extra.push(`${tally.todo} todo`)
  if (tally.cancelled > 0) extra.push(`${tally.cancelled} cancelled`)
  if (tally.suitesFailed > 0) {
    extra.push(
      `${tally.suitesFailed} of ${tally.suitesTotal} ${tally.suiteWord ?? 'suites'} failed`
    )
  }
  const tail = extra.length > 0 ? `, ${extra.join(', ')}` : ''
  const failed = tally.failed > 0 || tally.suitesFailed > 0 ? `${tally.failed} failed, ` : ''
  return `${tool}: ${failed}${tally.passed} passed${tail}`
}

/** A test runner's section: its counts, its failures as findings (each once). */
export function testSection(
  tool: string,
  at: number,
  tally: TestTally,
  failures: FailureSet
): ToolSection {
  const findings = new FindingList()
  for (const failure of failures.values()) findings.add(testFailureFinding(failure))
  const { passed, failed, skipped, todo, cancelled, suitesFailed } = tally
  return {
    tool,
    at,
    findings: findings.findings,
    droppedFindings: findings.droppedCount,
    counts: { passed, failed, skipped, todo, cancelled, suitesFailed },
    summary: testSummary(tool, tally)
  }
}

/**
 * The reader of one test runner's output: the totals and failures it reads, and the one section
 * they make (named after the tool, at the line the output was recognised).
 */
export abstract class TestRunReader extends LineReader {
  protected readonly tally = emptyTally()
  protected readonly failures = new FailureSet()

  protected toolSection(tool: string): ToolSection {
    return testSection(tool, this.at, this.tally, this.failures)
  }
}

/**
 * A section with the errors a runner counts apart from its tests (pytest's and unittest's
 * collection and setup errors) added to its counts and its summary.
 */
export function withErrors(section: ToolSection, errors: number): ToolSection {
  if (errors === 0) return section
  return {
    ...section,
    counts: { ...section.counts, errors },
    summary: `${section.summary}, ${plural(errors, 'error')}`
  }
}

/** A runner's totals line read into the tally: failed, passed, skipped and todo by name. */
export function readTotals(tally: TestTally, counts: ReadonlyMap<string, number>): void {
  tally.sawTotals = true
  tally.failed = counts.get('failed') ?? 0
  tally.passed = counts.get('passed') ?? 0
  tally.skipped = counts.get('skipped') ?? 0
  tally.todo = counts.get('todo') ?? 0
}
