#!/usr/bin/env node
/**
 * `npm test`: runs Jest with a temporary directory of its own (TMPDIR, TMP and TEMP point into a
 * fresh directory for Jest and every process a test starts), and fails when the tests leave
 * anything in it. A dedicated directory, created and removed here, is what makes the check
 * exact: other processes' files never land in it. Jest's cache stays where it always is (it is
 * meant to outlive a run); Node's module compile cache, which npm turns on for itself in
 * os.tmpdir(), is turned off (NODE_DISABLE_COMPILE_CACHE) rather than enabled for every process.
 *
 * Arguments go to Jest: `npm test -- __tests__/plan/plan.test.ts --coverage=false`.
 * Exit code: Jest's when it failed; 1 when it passed but left entries behind; else 0.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const systemTemp = realpathSync(tmpdir())

/** Jest's own default (jest-config's getCacheDirectory), computed before TMPDIR changes. */
function jestCacheDirectory() {
  const base = path.join(systemTemp, 'jest')
  return typeof process.getuid === 'function' ? `${base}_${process.getuid().toString(36)}` : base
}

const testTemp = mkdtempSync(path.join(systemTemp, 'readiness-gate-tests-'))
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules']
  .filter((option) => option !== undefined && option !== '')
  .join(' ')
const child = spawn(
  process.execPath,
  [jest, `--cacheDirectory=${jestCacheDirectory()}`, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: testTemp,
      TMP: testTemp,
      TEMP: testTemp,
      NODE_DISABLE_COMPILE_CACHE: '1',
      NODE_OPTIONS: nodeOptions,
      NODE_NO_WARNINGS: '1'
    }
  }
)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal)
  })
}

child.on('close', (code, signal) => {
  const left = readdirSync(testTemp).sort()
  rmSync(testTemp, { recursive: true, force: true })
  if (left.length > 0) {
    const shown = left.slice(0, 30).map((entry) => `  ${entry}`)
    const more = left.length > shown.length ? [`  … and ${left.length - shown.length} more`] : []
    console.error(
      [
        `\nThe tests left ${left.length} ${left.length === 1 ? 'entry' : 'entries'} in their temporary directory (${testTemp}, now removed):`,
        ...shown,
        ...more,
        'Every test removes what it creates (afterAll/afterEach, or a finally); the name says which test made it.'
      ].join('\n')
    )
  }
  if (code !== 0 || signal !== null) process.exit(code ?? 1)
  process.exit(left.length > 0 ? 1 : 0)
})
