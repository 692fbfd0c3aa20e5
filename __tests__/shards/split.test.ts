import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseChecklist } from '../../src/checklist/parse.js'
import { parseConfig } from '../../src/plan/config.js'
import type { Validation } from '../../src/validations/model.js'
import { planValidations } from '../../src/plan/plan.js'
import { ESTIMATE_BY_TOOL_MS, estimatedDurationMs } from '../../src/shards/estimates.js'
import { shardValidations, splitPlan } from '../../src/shards/split.js'
import { parseShard } from '../../src/shards/spec.js'
import { ConfigurationError } from '../../src/errors.js'
import { SEED_STEP_IDS } from '../support/seed.js'
import { plainValidation } from '../support/validations.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SEED_FILE = 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md'
const seedPlan = planValidations(
  parseChecklist(fs.readFileSync(path.join(ROOT, SEED_FILE), 'utf8'), SEED_FILE),
  null
)

function validation(id: string, extra: Partial<Validation> = {}): Validation {
  return plainValidation(id, { command: `echo ${id}`, timeoutMs: 1000, kind: 'run', ...extra })
}

describe('splitPlan on the example project', () => {
  it('keeps the cargo lane and the binary check that needs its build on one shard', () => {
    const shares = splitPlan(seedPlan.validations, 3)
    expect(shares.map((s) => s.ids)).toEqual([
      ['clippy-linting', 'rust-build', 'rust-tests', 'cli-verification'],
      ['typescript-build', 'typescript-tests'],
      ['code-formatting', 'security-audit', 'npm-audit']
    ])
    // Every validation exactly once over the shards.
    expect(shares.flatMap((s) => s.ids).sort()).toEqual([...SEED_STEP_IDS].sort())
  })

  it('is deterministic, and the shares of a count cover the plan once whatever the count', () => {
    for (let count = 1; count <= 12; count++) {
      const first = splitPlan(seedPlan.validations, count)
      expect(splitPlan([...seedPlan.validations], count)).toEqual(first)
      expect(first).toHaveLength(count)
      expect(first.flatMap((s) => s.ids).sort()).toEqual([...SEED_STEP_IDS].sort())
    }
    // More shards than units of work: the extra shards run nothing.
    expect(splitPlan(seedPlan.validations, 6).at(-1)!.ids).toEqual([])
  })

  it('balances by measured durations when given, not by the estimates', () => {
    // Measured: the npm lane is the long one, and the cargo lane is quick.
    const durations = new Map([
      ['typescript-build', 500_000],
      ['typescript-tests', 500_000],
      ['clippy-linting', 1000],
      ['rust-build', 1000],
      ['rust-tests', 1000]
    ])
    const shares = splitPlan(seedPlan.validations, 2, durations)
    expect(shares[0]!.ids).toEqual(['typescript-build', 'typescript-tests'])
    expect(shares[0]!.estimatedMs).toBe(1_000_000)
    expect(shares[1]!.ids).toContain('rust-build')
  })
})

describe('splitPlan units', () => {
  it('a needs chain goes with what it needs, transitively', () => {
    const plan = [
      validation('a'),
      validation('b', { needs: ['a'] }),
      validation('c', { needs: ['b'] }),
      validation('d'),
      validation('e')
    ]
    for (let count = 1; count <= 5; count++) {
      const shares = splitPlan(plan, count)
      const holder = shares.find((s) => s.ids.includes('a'))!
      expect(holder.ids).toEqual(expect.arrayContaining(['a', 'b', 'c']))
    }
  })

  it('cargo steps with their own CARGO_TARGET_DIR (config env) may go to different shards', () => {
    const shared = [
      validation('clippy', { lane: 'cargo', tool: 'clippy' }),
      validation('build', { lane: 'cargo', tool: 'cargo-build' })
    ]
    expect(splitPlan(shared, 2).map((s) => s.ids)).toEqual([['clippy', 'build'], []])
    const apart = [
      validation('clippy', { lane: 'cargo', tool: 'clippy', env: { CARGO_TARGET_DIR: 't1' } }),
      validation('build', { lane: 'cargo', tool: 'cargo-build', env: { CARGO_TARGET_DIR: 't2' } })
    ]
    expect(splitPlan(apart, 2).map((s) => s.ids)).toEqual([['build'], ['clippy']])
  })

  it('through a real config: env CARGO_TARGET_DIR splits the cargo lane', () => {
    const config = parseConfig(
      [
        'validations:',
        '  - id: lint',
        '    command: cargo clippy',
        '    env: { CARGO_TARGET_DIR: target/lint }',
        '  - id: test',
        '    command: cargo test',
        '    env: { CARGO_TARGET_DIR: target/test }',
        '  - id: build',
        '    command: cargo build'
      ].join('\n'),
      '.github/readiness.yml'
    )
    const plan = planValidations(parseChecklist('# C\n', 'C.md'), config)
    const shares = splitPlan(plan.validations, 3).map((s) => s.ids)
    expect(shares.filter((ids) => ids.length === 1)).toHaveLength(3)
  })

  it('shardValidations returns the share in plan order', () => {
    const plan = ['a', 'b', 'c', 'd'].map((id) => validation(id, { tool: 'cargo-test' }))
    const all = [1, 2].flatMap((index) =>
      shardValidations(plan, { index, count: 2 }).map((v) => v.id)
    )
    expect(all.sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(shardValidations(plan, { index: 1, count: 2 }).map((v) => v.id)).toEqual(['a', 'c'])
  })
})

describe('estimates', () => {
  it('by tool first, then by kind, then a default', () => {
    expect(estimatedDurationMs(validation('x', { tool: 'clippy' }))).toBe(
      ESTIMATE_BY_TOOL_MS.clippy
    )
    expect(estimatedDurationMs(validation('x', { tool: 'generic', kind: 'tests' }))).toBe(90_000)
    expect(estimatedDurationMs(validation('x', { tool: 'generic', kind: undefined }))).toBe(60_000)
  })
})

describe('parseShard', () => {
  it('reads i/n and refuses anything else with one line naming the input', () => {
    expect(parseShard('2/3', 'shard')).toEqual({ index: 2, count: 3 })
    expect(parseShard(' 1 / 1 ', '--shard')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '1/65', '-1/2']) {
      expect(() => parseShard(bad, 'shard')).toThrow(ConfigurationError)
    }
    expect(() => parseShard('4/3', '--shard')).toThrow(/^Flag --shard must be i\/n/)
  })
})
