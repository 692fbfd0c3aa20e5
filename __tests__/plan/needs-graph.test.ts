/**
 * The one needs-graph check (plan/needs-graph.ts): the planner and the scheduler both
 * call it, so they find the same problems and say them in the same words.
 */
import {
  describeNeedsProblem,
  findNeedsCycle,
  needsProblem,
  type NeedsGraphNode
} from '../../src/plan/needs-graph.js'

/** n0 needs n1 … needs n(length-1); the last needs `last` (none when null). */
function chain(length: number, last: string | null): NeedsGraphNode[] {
  return Array.from({ length }, (_, i) => ({
    id: `n${i}`,
    needs: i + 1 < length ? [`n${i + 1}`] : last === null ? [] : [last]
  }))
}

describe('needsProblem', () => {
  it('finds nothing in a graph whose needs are known and acyclic', () => {
    expect(
      needsProblem([
        { id: 'a', needs: ['b', 'c'] },
        { id: 'b', needs: ['c'] },
        { id: 'c', needs: null }
      ])
    ).toBeNull()
  })

  it('finds an id used twice first, then an unknown need, then a cycle', () => {
    expect(
      needsProblem([
        { id: 'a', needs: ['a'] },
        { id: 'a', needs: ['zz'] }
      ])
    ).toEqual({ kind: 'duplicate-id', id: 'a' })
    expect(
      needsProblem([
        { id: 'a', needs: ['a'] },
        { id: 'b', needs: ['a', 'zz'] }
      ])
    ).toEqual({ kind: 'unknown-need', id: 'b', need: 'zz', index: 1, planned: ['a', 'b'] })
    expect(needsProblem([{ id: 'a', needs: ['a'] }])).toEqual({ kind: 'cycle', ids: ['a'] })
  })

  it('says each problem in one sentence', () => {
    expect(describeNeedsProblem({ kind: 'duplicate-id', id: 'x' })).toBe(
      "validation id 'x' is used twice; ids must be unique"
    )
    expect(
      describeNeedsProblem({
        kind: 'unknown-need',
        id: 'b',
        need: 'zz',
        index: 1,
        planned: ['a', 'b']
      })
    ).toBe("'needs' names 'zz', which is not a planned validation (planned: a, b)")
    expect(describeNeedsProblem({ kind: 'cycle', ids: ['a', 'b'] })).toBe(
      "'needs' form a cycle: a → b → a; a validation cannot wait for itself"
    )
  })
})

describe('findNeedsCycle', () => {
  it('returns the cycle in need order, ignoring unknown needs and nodes outside it', () => {
    expect(
      findNeedsCycle([
        { id: 'd', needs: ['a', 'unknown'] },
        { id: 'a', needs: ['b'] },
        { id: 'b', needs: ['c'] },
        { id: 'c', needs: ['a'] }
      ])
    ).toEqual(['a', 'b', 'c'])
    // A diamond is no cycle: c is reached twice, once finished.
    expect(
      findNeedsCycle([
        { id: 'a', needs: ['b', 'c'] },
        { id: 'b', needs: ['c'] },
        { id: 'c', needs: [] }
      ])
    ).toBeNull()
  })

  it('follows a chain of 10,000 needs without overflowing the stack', () => {
    expect(findNeedsCycle(chain(10_000, null))).toBeNull()
    const looped = findNeedsCycle(chain(10_000, 'n5000'))
    expect(looped).toHaveLength(5000)
    expect(looped?.[0]).toBe('n5000')
    expect(looped?.at(-1)).toBe('n9999')
  })
})
