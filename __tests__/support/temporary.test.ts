/**
 * support/temporary.ts, which every test's temporary directories come from. scratchDirectory
 * makes its directory on first use only: a file whose tests are all filtered out (`-t`) runs no
 * hook, so a directory made at load would be left behind for the temp check
 * (scripts/test-with-temp-check.mjs) to find. What this file makes is removed after its tests.
 */
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { scratchDirectory, temporaryDirectory } from './temporary.js'

const PREFIX = `scratch-probe-${process.pid}-`
const scratch = scratchDirectory(PREFIX)

function madeHere(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(PREFIX))
}

// Declared after scratchDirectory's own afterAll, so it runs after it: nothing is left.
afterAll(() => {
  expect(madeHere()).toEqual([])
})

describe('scratchDirectory', () => {
  it('makes nothing at load, and its directory on the first read of dir, once', () => {
    expect(madeHere()).toEqual([])
    const dir = scratch.dir
    expect(existsSync(dir)).toBe(true)
    expect(path.dirname(dir)).toBe(tmpdir())
    expect(scratch.dir).toBe(dir)
    expect(madeHere()).toEqual([path.basename(dir)])
  })
})

describe('temporaryDirectory', () => {
  it('makes a fresh directory at once and removes it with what it holds', () => {
    const first = temporaryDirectory(PREFIX)
    const second = temporaryDirectory(PREFIX)
    expect(first.dir).not.toBe(second.dir)
    for (const made of [first, second]) {
      expect(existsSync(made.dir)).toBe(true)
      made.remove()
      expect(existsSync(made.dir)).toBe(false)
    }
  })
})
