/**
 * `npm test` / `node --test` / `jest`: passed and failed counts and the failing tests, read from
 * node:test (spec or TAP reporter) and Jest output alike — a step may run either.
 */
import { JestOutput } from './jest-output.js'
import { NodeTestOutput } from './node-test-output.js'
import { FailureSet, emptyTally, testFailureFinding, type TestTally } from './test-tally.js'
import { isTestCommand, programName, recognises, simpleCommands } from './commands.js'
import { FindingList, exitDescription } from './text.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

function summary(label: string, tally: TestTally, exitCode: number | null): string {
  const extra: string[] = []
  if (tally.skipped > 0) extra.push(`${tally.skipped} skipped`)
  if (tally.todo > 0) extra.push(`${tally.todo} todo`)
  if (tally.cancelled > 0) extra.push(`${tally.cancelled} cancelled`)
  if (tally.suitesFailed > 0)
    extra.push(`${tally.suitesFailed} of ${tally.suitesTotal} suites failed`)
  const tail = extra.length > 0 ? `, ${extra.join(', ')}` : ''
  if (tally.failed > 0 || tally.suitesFailed > 0) {
    return `${label}: ${tally.failed} failed, ${tally.passed} passed${tail}`
  }
  if (tally.sawTotals && exitCode === 0) return `${label}: ${tally.passed} passed${tail}`
  if (tally.sawTotals)
    return `${label}: ${tally.passed} passed${tail} (${exitDescription(exitCode)})`
  return exitCode === 0
    ? `${label}: exit 0, no test totals found`
    : `${label}: failed (${exitDescription(exitCode)})`
}

class NpmTestCollector implements OutputCollector {
  private readonly tally = emptyTally()
  private readonly failures = new FailureSet()
  private readonly node: NodeTestOutput
  private readonly jest: JestOutput

  constructor(
    private readonly label: string,
    cwd: string | undefined
  ) {
    this.node = new NodeTestOutput(this.tally, this.failures, cwd)
    this.jest = new JestOutput(this.tally, this.failures, cwd)
  }

  line(text: string): void {
    this.node.line(text)
    this.jest.line(text)
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    this.node.finish()
    const findings = new FindingList()
    for (const failure of this.failures.values()) findings.add(testFailureFinding(failure))
    const { passed, failed, skipped, todo, cancelled, suitesFailed } = this.tally
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { passed, failed, skipped, todo, cancelled, suitesFailed },
      summary: summary(this.label, this.tally, exitCode)
    }
  }
}

function labelFor(command: string): string {
  const words = simpleCommands(command).find(isTestCommand)
  if (words === undefined) return 'npm test'
  const program = programName(words)
  if (program === 'node') return 'node --test'
  if (program === 'jest' || program === 'npx') return 'jest'
  return `${program} test`
}

export const npmTestParser: ToolParser = {
  id: 'npm-test',
  matches: (command) => recognises('npm-test', command),
  create: (command: string, context?: CollectorContext): OutputCollector =>
    new NpmTestCollector(labelFor(command), context?.cwd)
}
