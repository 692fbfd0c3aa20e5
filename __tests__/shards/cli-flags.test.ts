// The CLI's shard flags from source (runCli with a fake I/O): a shard writes its partial report
// and exits 0 whatever its validations did; a shard that cannot run, and every flag mistake, is
// exit 2 with one line naming the flag.
import { afterAll, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runCli } from '../../src/cli/commands.js'
import type { PartialReport } from '../../src/shards/partial-report.js'
import { fakeCliIo, tempDirs } from '../support/entry-io.js'

const temp = tempDirs('rg-shard-cli-')
afterAll(() => {
  temp.cleanup()
})

async function cli(args: string[], cwd: string) {
  const io = fakeCliIo(cwd)
  const code = await runCli(args, io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

const CHECKLIST = `# C

## Phase 1: Critical

- [x] Done

### Quick Validation Script
\`\`\`bash
echo "1. Fails..."
test 1 = 2

echo "2. Passes..."
test 1 = 1
\`\`\`
`

describe('check --shard', () => {
  test('runs its share, writes the partial report, exits 0 although a validation failed', async () => {
    const dir = temp.make()
    fs.writeFileSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), CHECKLIST)
    const first = await cli(['check', '--shard', '1/2', '--json', 'one.json'], dir)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^Shard 1\/2 on \S+ ran fails\./)
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'one.json'), 'utf8')) as PartialReport
    expect(report.results.map((r) => [r.id, r.status])).toEqual([['fails', 'failed']])
    const second = await cli(['check', '--shard', '2/2', '--json', 'two.json'], dir)
    expect(second.code).toBe(0)
    const merged = await cli(['merge', 'one.json', 'two.json'], dir)
    expect(merged.code).toBe(1)
    expect(merged.stdout).toContain('NOT READY')
    expect(merged.stdout).toContain('Fails')
  })

  test('a shard that cannot run (no checklist) is exit 2, and writes nothing', async () => {
    const dir = temp.make()
    const run = await cli(['check', '--shard', '1/2', '--json', 'one.json'], dir)
    expect(run.code).toBe(2)
    expect(fs.existsSync(path.join(dir, 'one.json'))).toBe(false)
  })

  test.each([
    [
      ['check', '--shard', '1/2'],
      '--shard writes a partial report for the merge, not a verdict: give --json FILE (and no --markdown).'
    ],
    [
      ['check', '--shard', '1/2', '--json', 'a.json', '--markdown', 'a.md'],
      '--shard writes a partial report for the merge, not a verdict: give --json FILE (and no --markdown).'
    ],
    [
      ['check', '--durations-from', 'r.json'],
      '--durations-from balances a shard split: use it with --shard i/n.'
    ],
    [
      ['check', '--shard', '0/2', '--json', 'a.json'],
      "Flag --shard must be i/n with 1 ≤ i ≤ n ≤ 64, e.g. 2/3 (got '0/2'); in a matrix use '${{ matrix.shard }}/<count>'."
    ],
    [
      ['merge'],
      "merge needs the shards' reports: readiness-gate merge <file|directory|glob>… [--json FILE]"
    ]
  ])('%j is exit 2: %s', async (args, message) => {
    const run = await cli(args, temp.make())
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`readiness-gate: ${message}\n`)
  })
})
