import { toolFor } from '../../src/findings/index.js'

const npmBuildParser = toolFor('npm run build')
import { FIXTURE_PROJECT, runFixture, runParser } from './fixtures.js'

const tscErrors = [
  {
    code: 'TS6133',
    line: 1,
    column: 1,
    message: "'readFileSync' is declared but its value is never read."
  },
  {
    code: 'TS2307',
    line: 1,
    column: 30,
    message: "Cannot find module 'node:fs' or its corresponding type declarations."
  },
  {
    code: 'TS2741',
    line: 3,
    column: 37,
    message:
      "Property 'createdAt' is missing in type '{ id: number; }' but required in type 'MemoryNode'."
  },
  {
    code: 'TS2322',
    line: 4,
    column: 14,
    message: "Type 'string' is not assignable to type 'number'."
  }
].map((error) => ({ severity: 'error', file: 'src/mock-data.ts', ...error }))

describe('build parser', () => {
  it.each(['tsc-errors', 'tsc-pretty'])('reads tsc diagnostics (%s)', (name) => {
    const report = runFixture(npmBuildParser, 'tsc -p .', `npm-build/${name}`)
    expect(report.summary).toBe('tsc: 4 errors')
    expect(report.counts).toEqual({ errors: 4, warnings: 0 })
    expect(report.findings).toEqual(tscErrors.map((error) => expect.objectContaining(error)))
  })

  it("reads the example client's type-stripping build errors", () => {
    const report = runFixture(npmBuildParser, 'npm run build', 'npm-build/strip-error', {
      cwd: `${FIXTURE_PROJECT}/clients/typescript`
    })
    expect(report.summary).toBe('build: 1 error')
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'TypeScript enum is not supported in strip-only mode',
        file: 'src/color.ts'
      }
    ])
  })

  it('reports a successful build and a failure without diagnostics', () => {
    expect(runFixture(npmBuildParser, 'npm run build', 'npm-build/ok').summary).toBe('build: ok')
    expect(runParser(npmBuildParser, 'npm run build', 'Killed', 137).summary).toBe(
      'build: failed (exit 137)'
    )
  })

  it('reads tsc errors without a location', () => {
    const report = runParser(
      npmBuildParser,
      'npx tsc',
      "error TS5058: The specified path does not exist: 'x'.",
      1
    )
    expect(report.findings).toEqual([
      { severity: 'error', message: "The specified path does not exist: 'x'.", code: 'TS5058' }
    ])
  })
})
