/**
 * The one item walker (checklist/model.ts): every reader of nested items — the assessment, the
 * reconciliation, the planner, the CLI's summary — walks with it, in document order, and a
 * 10,000-deep nesting does not overflow the stack.
 */
import { formatChecklistSummary } from '../../src/checklist/parse-summary.js'
import {
  allItems,
  itemsBelow,
  phaseItems,
  sectionItems,
  subtree,
  type Section,
  type TaskItem
} from '../../src/checklist/model.js'
import { checklist, item, phase } from '../readiness/builders.js'

const DEPTH = 10_000

/** Items on lines 2 … DEPTH + 1, each the only child of the one before. */
function deepChain(): TaskItem {
  let leaf = item(DEPTH + 1, 'leaf')
  for (let line = DEPTH; line >= 2; line--) {
    leaf = { ...item(line, `level ${line}`), children: [leaf] }
  }
  return leaf
}

function lines(items: TaskItem[]): number[] {
  return items.map((entry) => entry.line)
}

describe('the item walker', () => {
  it('lists items depth-first in document order, phases and loose sections merged by line', () => {
    const tree = [
      item(10, 'a', {
        children: [item(11, 'a1', { children: [item(12, 'a1x')] }), item(13, 'a2')]
      }),
      item(14, 'b')
    ]
    const loose: Section = { title: 'Loose', level: 2, line: 5, items: [item(6, 'first')] }
    const later: Section = { title: 'Later', level: 2, line: 30, items: [item(31, 'last')] }
    const doc = { ...checklist([phase(1, 'One', 'critical', 9, tree)]), sections: [later, loose] }

    expect(lines(itemsBelow(tree))).toEqual([10, 11, 12, 13, 14])
    expect(lines(subtree(tree[0]!))).toEqual([10, 11, 12, 13])
    expect(lines(phaseItems(doc.phases[0]!))).toEqual([10, 11, 12, 13, 14])
    expect(lines(sectionItems(loose))).toEqual([6])
    expect(lines(allItems(doc))).toEqual([6, 10, 11, 12, 13, 14, 31])
  })

  it(`walks ${DEPTH.toLocaleString('en')} levels of nesting without overflowing the stack`, () => {
    const root = deepChain()
    const deep: Section = { title: 'Deep loose', level: 2, line: 1, items: [root] }
    const doc = { ...checklist([phase(1, 'Deep', 'critical', 1, [root])]), sections: [deep] }
    const expected = Array.from({ length: DEPTH }, (_, index) => index + 2)

    expect(lines(subtree(root))).toEqual(expected)
    expect(lines(phaseItems(doc.phases[0]!))).toEqual(expected)
    expect(lines(sectionItems(deep))).toEqual(expected)
    expect(allItems(doc)).toHaveLength(2 * DEPTH)
    // The CLI's summary counts a loose section's items with the same walker.
    expect(formatChecklistSummary(doc)).toContain(`Deep loose  0/${DEPTH}`)
  })
})
