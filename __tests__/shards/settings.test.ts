// The shard and merge inputs: typed once, one mode per step, paths inside the workspace, and each
// mistake one line naming the input.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { settingsFromInputs } from '../../src/settings.js'

let workspace: string

beforeAll(() => {
  workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-shard-settings-')))
})

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
})

function settings(inputs: Record<string, string>): ReturnType<typeof settingsFromInputs> {
  return settingsFromInputs((name) => inputs[name] ?? '', workspace)
}

function refusal(inputs: Record<string, string>): string {
  try {
    settings(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('accepted')
}

describe('shard and merge inputs', () => {
  it('default to neither mode', () => {
    expect(settings({})).toMatchObject({
      shard: null,
      durationsFrom: null,
      platform: '',
      mergeReports: null
    })
  })

  it('read a shard with its durations and platform, and a merge pattern', () => {
    expect(
      settings({ shard: '2/3', 'durations-from': 'durations.json', platform: 'Linux-arm' })
    ).toMatchObject({
      shard: { index: 2, count: 3 },
      durationsFrom: path.join(workspace, 'durations.json'),
      platform: 'Linux-arm'
    })
    expect(settings({ 'merge-reports': 'shards/**/*.json' }).mergeReports).toBe('shards/**/*.json')
  })

  it('refuse two modes at once, naming both inputs', () => {
    expect(refusal({ shard: '1/2', 'merge-reports': 'shards' })).toBe(
      "Inputs 'shard' and 'merge-reports' are different modes (run a shard, merge shards, publish a report); set only one of them in a step."
    )
    expect(
      refusal({ 'merge-reports': 'shards', 'report-from': 'r.json', 'run-validations': 'false' })
    ).toMatch(/^Inputs 'merge-reports' and 'report-from' are different modes/)
  })

  it('refuse a bad shard, durations without a shard, and paths outside the workspace', () => {
    expect(refusal({ shard: '3/2' })).toMatch(/^Input 'shard' must be i\/n/)
    expect(refusal({ 'durations-from': 'd.json' })).toBe(
      "Input 'durations-from' balances a shard split; set 'shard' too, or remove 'durations-from'."
    )
    expect(refusal({ shard: '1/2', 'durations-from': '../d.json' })).toMatch(
      /^Input 'durations-from' \('\.\.\/d\.json'\) points outside the workspace/
    )
    expect(refusal({ shard: '1/2', platform: 'Linux\n::error::x' })).toMatch(
      /^Input 'platform' must be 1 to 40 letters/
    )
    expect(refusal({ 'merge-reports': '../elsewhere/*.json' })).toMatch(
      /^Input 'merge-reports' \('\.\.\/elsewhere'\) points outside the workspace/
    )
  })
})
