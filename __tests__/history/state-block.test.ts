// The hidden record in the sticky comment: written compact and inert, read back defensively.
import { describe, expect, it } from '@jest/globals'
import type { RunState } from '../../src/history/model.js'
import {
  encodeStateBlock,
  readStateBlock,
  STATE_BLOCK_LIMIT,
  STATE_BLOCK_PREFIX
} from '../../src/history/state-block.js'
import { historyOf, thirdRun, threeRuns } from './runs.js'

function state(overrides: Partial<RunState> = {}): RunState {
  return {
    version: 1,
    commit: 'abcdef012345',
    at: '2026-12-04T17:00:00Z',
    verdict: 'not-ready',
    blockers: 2,
    validations: [
      {
        id: 'clippy-linting',
        status: 'failed',
        critical: true,
        counts: { errors: 3 },
        lastPassed: 'abcdef000000'
      }
    ],
    ticked: ['a1b2c3'],
    trend: [
      {
        commit: 'abcdef012345',
        validationsPassed: 7,
        validationsTotal: 9,
        itemsTicked: 2,
        itemsTotal: 40
      }
    ],
    ...overrides
  }
}

const block = (json: string): string => `${STATE_BLOCK_PREFIX}${json} -->`

describe('encodeStateBlock', () => {
  it('is one HTML comment that no id can end early or nest', () => {
    const hostile = state({
      validations: [
        { id: 'x --> <!-- <b>', status: 'passed', critical: false, counts: {}, lastPassed: null }
      ]
    })
    const { block: written } = encodeStateBlock(hostile)
    expect(written.startsWith(STATE_BLOCK_PREFIX)).toBe(true)
    expect(written.endsWith(' -->')).toBe(true)
    const inner = written.slice(4, -3)
    expect(inner).not.toMatch(/--|<|>/)
    expect(readStateBlock(written)).toEqual({ kind: 'read', state: hostile })
  })

  it('keeps the seed record of the third run well under 4 KiB, whole', () => {
    const { block: written, shed } = encodeStateBlock(threeRuns().third.state)
    expect(shed).toBe(0)
    expect(written.length).toBeLessThan(2048)
  })

  it('sheds fields, in order, to fit a smaller limit, keeping the verdict and the commit', () => {
    const big = historyOf(thirdRun(), threeRuns().third.state).state
    const whole = encodeStateBlock(big).block.length
    const { block: small, shed } = encodeStateBlock(big, Math.floor(whole / 3))
    expect(shed).toBeGreaterThan(0)
    expect(small.length).toBeLessThanOrEqual(Math.floor(whole / 3))
    const read = readStateBlock(small)
    if (read.kind !== 'read') throw new Error(JSON.stringify(read))
    expect([read.state.verdict, read.state.commit]).toEqual([big.verdict, big.commit])
    expect(read.state.validations.every((v) => Object.keys(v.counts).length === 0)).toBe(true)
  })

  it('negative or fractional counts are written as whole non-negative numbers', () => {
    const odd = state({
      validations: [
        { id: 'a', status: 'failed', critical: true, counts: { x: -4, y: 2.6 }, lastPassed: null }
      ]
    })
    const read = readStateBlock(encodeStateBlock(odd).block)
    if (read.kind !== 'read') throw new Error(JSON.stringify(read))
    expect(read.state.validations[0]!.counts).toEqual({ x: 0, y: 3 })
  })
})

describe('readStateBlock', () => {
  it('finds no record in a comment without one', () => {
    expect(readStateBlock('<!-- readiness-gate:readiness-gate -->\nhello')).toEqual({
      kind: 'none'
    })
  })

  it('ignores a block longer than the cap without parsing it', () => {
    const huge = block(`{"v":1,"pad":"${'x'.repeat(STATE_BLOCK_LIMIT)}"}`)
    expect(readStateBlock(huge)).toEqual({
      kind: 'ignored',
      why: `it is longer than ${STATE_BLOCK_LIMIT} characters`
    })
    // Never closed: the same.
    expect(readStateBlock(`${STATE_BLOCK_PREFIX}{"v":1`).kind).toBe('ignored')
  })

  it('ignores malformed JSON, an unknown version and a wrong shape, saying which', () => {
    expect(readStateBlock(block('{"v":1,'))).toEqual({
      kind: 'ignored',
      why: 'it is not valid JSON'
    })
    expect(readStateBlock(block('{"v":7}'))).toEqual({
      kind: 'ignored',
      why: 'its version 7 is not one this gate reads'
    })
    const good = JSON.parse(
      encodeStateBlock(state()).block.slice(STATE_BLOCK_PREFIX.length, -4)
    ) as Record<string, unknown>
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, extra: 1 }, 'it has an unknown field "extra"'],
      [{ ...good, r: 'great' }, 'its verdict "great" is unknown'],
      [{ ...good, c: 'javascript:alert(1)' }, 'its commit is not a commit hash'],
      [{ ...good, b: -1 }, 'its blocker count is not a count'],
      [{ ...good, V: [['a', 'exploded', 1, {}, null]] }, 'its validations are malformed'],
      [
        {
          ...good,
          V: [
            ['a', 'passed', 1, {}, null],
            ['a', 'passed', 1, {}, null]
          ]
        },
        'it names a validation twice'
      ],
      [{ ...good, k: '<img>' }, 'its ticked items are malformed'],
      [{ ...good, h: [['zz', 1, 2, 3, 4]] }, 'its trend is malformed']
    ]
    for (const [value, why] of cases) {
      expect(readStateBlock(block(JSON.stringify(value)))).toEqual({ kind: 'ignored', why })
    }
    // JSON.stringify leaves out an undefined field: h is missing.
    expect(readStateBlock(block(JSON.stringify({ ...good, h: undefined })))).toEqual({
      kind: 'ignored',
      why: 'its field h is missing'
    })
  })

  it('reads the last block of the comment (the one the gate writes at its end)', () => {
    const older = encodeStateBlock(state({ blockers: 9 })).block
    const newer = encodeStateBlock(state({ blockers: 1 })).block
    const read = readStateBlock(`${older}\nreport\n${newer}\n`)
    expect(read.kind === 'read' && read.state.blockers).toBe(1)
  })
})
