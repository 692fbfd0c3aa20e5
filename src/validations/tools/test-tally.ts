/** What test runners report: shared by the node:test, Jest and cargo test readers. */
import type { Finding } from '../model.js'
import { oneLine } from './text.js'

export interface TestTally {
  passed: number
  failed: number
  skipped: number
  todo: number
  cancelled: number
  /** Jest: suites (files) that failed, including those that failed to run. */
  suitesFailed: number
  suitesTotal: number
  /** True once a runner's closing totals were seen. */
  sawTotals: boolean
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
