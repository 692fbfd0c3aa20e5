// A merge of shards reads the same evidence a single run reads (issue 13 beside issue 15): the
// approvals that waivers are checked against decide the merged verdict exactly as they decide a
// single run's, so sharding a pull request's run cannot change its verdict.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { evaluateReadiness, type GateOptions } from '../../src/gate.js'
import type { Approvals } from '../../src/readiness/approvals.js'
import { mergeShardReports, runShard } from '../../src/shards/run.js'
import { writePartialReport } from '../../src/shards/partial-report.js'
import { localGateOptions } from '../support/gate-options.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

// One critical item left unchecked, waived on the item by @lead until far in the future; one
// validation (`true`), so there is a plan to shard.
const CHECKLIST = `# Production checklist

## Phase 1: Critical (must pass)

- [x] Build passes
  - Verify: \`true\`
- [ ] ~~Load test at 1k rps~~ N/A: no public endpoint yet — approved by @lead until 2099-12-31
`

function project(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-merge-evidence-')))
  made.push(dir)
  fs.writeFileSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), CHECKLIST)
  return dir
}

function gate(root: string, approvals: Approvals): GateOptions {
  return localGateOptions(root, { approvals })
}

async function merged(root: string, approvals: Approvals) {
  const env = { GITHUB_SHA: 'a'.repeat(40) }
  const reports = path.join(root, 'shards')
  fs.mkdirSync(reports)
  for (const index of [1, 2]) {
    const { report } = await runShard(gate(root, approvals), {
      spec: { index, count: 2 },
      platform: 'Linux',
      durationsFrom: null,
      durationsSetting: '--durations-from',
      env
    })
    writePartialReport(path.join(reports, `shard-${index}.json`), report, '--json')
  }
  return mergeShardReports(
    { ...gate(root, approvals), configPath: path.join(root, 'none.yml') },
    { reports: [reports], base: root, env }
  )
}

describe('a merge of shards judges waivers by the same approvals as a single run', () => {
  it.each<[string, Approvals, boolean]>([
    ['approved by the approver', { kind: 'read', approvers: new Set(['lead']) }, true],
    ['approved by someone else', { kind: 'read', approvers: new Set(['other']) }, false],
    ['reviews unreadable', { kind: 'unreadable', reason: '403' }, false]
  ])('%s', async (_, approvals, ready) => {
    const single = (await evaluateReadiness(gate(project(), approvals))).assessment
    const merge = await merged(project(), approvals)
    expect(merge.merge?.refusals).toEqual([])
    expect(single.ready).toBe(ready)
    expect(merge.ready).toBe(ready)
    expect(merge.verdict).toBe(single.verdict)
    expect(merge.blockers.map((b) => b.kind)).toEqual(single.blockers.map((b) => b.kind))
    expect(merge.waivers?.map((w) => [w.valid, w.problems])).toEqual(
      single.waivers?.map((w) => [w.valid, w.problems])
    )
  })
})
