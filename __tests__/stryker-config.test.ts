/**
 * stryker.config.mjs: `npm run mutate` loads it once per target, with no MUTATE_TESTS. Each
 * load runs in a child Node (the config reads the environment when it is imported).
 */
import { execFileSync } from 'node:child_process'

interface Loaded {
  mutate: string[]
  testMatch: string[]
  json: string
}

function load(env: Record<string, string>): Loaded {
  const script = `
    const { default: c } = await import('./stryker.config.mjs')
    console.log(JSON.stringify({ mutate: c.mutate, testMatch: c.jest.config.testMatch, json: c.jsonReporter.fileName }))`
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return JSON.parse(out) as Loaded
}

describe('stryker config', () => {
  it.each(['readiness', 'report', 'planner'])(
    'loads the %s target with its own tests when no part narrows them',
    (target) => {
      const loaded = load({ MUTATE_TARGET: target })
      expect(loaded.mutate.length).toBeGreaterThan(0)
      expect(loaded.testMatch.length).toBeGreaterThan(0)
      expect(loaded.testMatch.every((glob) => glob.startsWith('<rootDir>/__tests__/'))).toBe(true)
      expect(loaded.json).toBe(`reports/mutation/${target}.json`)
    }
  )

  it('narrows a part to its tests and names its report after it', () => {
    const loaded = load({
      MUTATE_TARGET: 'report',
      MUTATE_PART: 'budget',
      MUTATE_TESTS: '__tests__/report/budget.test.ts,__tests__/report/render.test.ts'
    })
    expect(loaded.testMatch).toEqual([
      '<rootDir>/__tests__/report/budget.test.ts',
      '<rootDir>/__tests__/report/render.test.ts'
    ])
    expect(loaded.json).toBe('reports/mutation/report-budget.json')
  })

  it('names the targets when asked for one that does not exist', () => {
    expect(() => load({ MUTATE_TARGET: 'everything' })).toThrow(
      /MUTATE_TARGET=everything is not a target; use one of: readiness, report, planner/
    )
  })
})
