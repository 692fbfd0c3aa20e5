/** The order in which the annotation cap admits annotations, for the report's annotation tests. */
import { isDeepStrictEqual } from 'node:util'
import { expect } from '@jest/globals'
import type { AnnotationSelection } from '../../src/report/annotations.js'
import type { Annotation } from '../../src/report/surfaces.js'

/**
 * Raises the cap from 1 to `total`, checks that each step keeps exactly one more annotation,
 * keeps the uncapped order (`all`) and counts the rest as omitted, and returns the keys in the
 * order they were admitted: most important first.
 */
export function capOrder(
  select: (max: number) => AnnotationSelection,
  all: readonly Annotation[],
  key: (annotation: Annotation) => string
): string[] {
  const order: string[] = []
  for (let max = 1; max <= all.length; max++) {
    const { annotations: kept, omitted } = select(max)
    expect(kept).toHaveLength(max)
    expect(omitted).toBe(all.length - max)
    // Each one kept is one of the uncapped list, in that list's order.
    const positions = kept.map((annotation) =>
      all.findIndex((a) => isDeepStrictEqual(a, annotation))
    )
    expect(positions).not.toContain(-1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    const added = kept.map(key).filter((k) => !order.includes(k))
    expect(added).toHaveLength(1)
    order.push(added[0]!)
  }
  return order
}
