// The action finds its problem matchers from wherever its module lives (src/ or dist/chunks/).
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { actionRoot, matcherPaths, MATCHER_FILES } from '../../src/github/matchers.js'

test('finds the action root and every matcher from src and from a dist chunk', () => {
  for (const from of ['src/github/matchers.ts', 'dist/chunks/any.js', 'dist/index.js']) {
    const url = pathToFileURL(path.resolve(from)).href
    expect(actionRoot(url)).toBe(process.cwd())
    expect(matcherPaths(url)).toEqual(
      MATCHER_FILES.map((file) => path.resolve('.github', 'matchers', file))
    )
  }
})

test('outside an action there is nothing to register', () => {
  expect(matcherPaths(pathToFileURL('/').href)).toEqual([])
})
