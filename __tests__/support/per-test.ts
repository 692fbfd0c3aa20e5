/**
 * A value a describe block's tests share, computed inside each test that reads it (once per
 * test). Work done while Jest collects the tests (in a describe body, or a test.each table) or in
 * beforeAll belongs to no test: a failure there fails the whole file, and per-test coverage
 * (Stryker's `coverageAnalysis: 'perTest'`, `npm run mutate`) cannot link the code it runs to the
 * tests that check its result, so a mutant there is tried against the wrong tests and "survives".
 */
import { expect } from '@jest/globals'

export function perTest<T>(make: () => T): () => T {
  let test: string | undefined
  let value: T | undefined
  return () => {
    const name = expect.getState().currentTestName
    if (name === undefined) throw new Error('perTest: read the value inside a test')
    if (name !== test) {
      value = make()
      test = name
    }
    return value as T
  }
}
