// Shared by the checklist tests: fixture paths, flattening the task tree, and GitHub's own parser
// (cmark-gfm) as the reference for which lines are task items.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { allItems, type Checklist, type TaskItem } from '../../src/checklist/model.js'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const SEED = path.join(ROOT, 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')
export const FIXTURES = path.join(ROOT, '__tests__/fixtures/checklists')
export const CORPUS = '/work/shared/corpus/checklists'
export const CMARK_GFM = '/usr/bin/cmark-gfm'

export function fixture(name: string): string {
  return path.join(FIXTURES, name)
}

/** One comparable key per task item: line, checked state, parent task's line (0 = root), depth. */
export interface TaskKey {
  line: number
  checked: boolean
  parentLine: number
  depth: number
}

export function taskKeys(checklist: Checklist): TaskKey[] {
  const keys: TaskKey[] = []
  const visit = (items: TaskItem[], parentLine: number): void => {
    for (const item of items) {
      keys.push({ line: item.line, checked: item.checked, parentLine, depth: item.depth })
      visit(item.children, item.line)
    }
  }
  const roots = allItems(checklist).filter((item) => item.depth === 0)
  visit(roots, 0)
  return keys.sort((a, b) => a.line - b.line)
}

export function cmarkAvailable(): boolean {
  return existsSync(CMARK_GFM)
}

/**
 * Task items as cmark-gfm sees them: `cmark-gfm -e tasklist --sourcepos -t xml FILE`, reading the
 * nesting of <tasklist> elements for parent and depth. XML escapes `<` in text and attributes, so
 * a tag tokenizer is exact here.
 */
export function cmarkTaskKeys(file: string): TaskKey[] {
  const xml = execFileSync(CMARK_GFM, ['-e', 'tasklist', '--sourcepos', '-t', 'xml', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const keys: TaskKey[] = []
  const open: { taskLine: number | null }[] = []
  for (const match of xml.matchAll(/<(\/?)([\w?!]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attributes = '', selfClosing] = match
    if (name === '?xml' || name === '!DOCTYPE') continue
    if (closing === '/') {
      open.pop()
      continue
    }
    let taskLine: number | null = null
    if (name === 'tasklist') {
      taskLine = Number(/sourcepos="(\d+):/.exec(attributes)?.[1])
      const ancestors = open.filter((element) => element.taskLine !== null)
      keys.push({
        line: taskLine,
        checked: attributes.includes('completed="true"'),
        parentLine: ancestors.at(-1)?.taskLine ?? 0,
        depth: ancestors.length
      })
    }
    if (selfClosing !== '/') open.push({ taskLine })
  }
  return keys.sort((a, b) => a.line - b.line)
}

/**
 * Debian's cmark-gfm 0.29.0.gfm.6 runs its task scanner (`spacechar* marker spacechar+ [ ]
 * spacechar`) on whole source lines, from the first column. Two gaps follow:
 *  - it misses task items whose line starts with a container: a block quote (`> - [ ] x`) or a
 *    list item opened on the same line (`- - [ ] x`); github.com renders both as tasks;
 *  - a lazy continuation line that looks like a task line (`\t\t- [ ] x` continuing a paragraph)
 *    marks the list item that contains it as a task, whatever that item's own first line says.
 * So only items on plain task lines (indent, list marker, spaces, task marker, space) are
 * compared; the others are tested against hand-checked expectations instead.
 */
export function isPlainTaskLine(sourceLine: string): boolean {
  return /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t\v\f]/.test(sourceLine)
}

/**
 * The same cmark-gfm build decides "checked" with strstr over the rest of the line, so
 * `- [ ] see [x]` comes out checked (fixed upstream in 2019: "fix check to determine whether the
 * taskitem should report as true"). For such lines only the checked state is not compared.
 */
export function hasLaterCheckedBox(sourceLine: string): boolean {
  const marker = sourceLine.search(/\[[ xX]\]/)
  return marker !== -1 && /\[[xX]\]/.test(sourceLine.slice(marker + 3))
}

/**
 * Keys with the documented gaps taken out: items not on plain task lines are dropped (their
 * children are re-parented to the nearest kept ancestor, with depth counting kept ancestors only,
 * as cmark-gfm sees them) and checked states affected by the strstr bug are not compared.
 */
export function comparableKeys(keys: TaskKey[], sourceLines: string[]): TaskKey[] {
  const lineOf = (line: number): string => sourceLines[line - 1] ?? ''
  const byLine = new Map(keys.map((key) => [key.line, key]))
  const kept = (line: number): boolean => isPlainTaskLine(lineOf(line))
  const keptAncestors = (key: TaskKey): number[] => {
    const ancestors: number[] = []
    for (let parent = byLine.get(key.parentLine); parent; parent = byLine.get(parent.parentLine)) {
      if (kept(parent.line)) ancestors.push(parent.line)
    }
    return ancestors
  }
  return keys
    .filter((key) => kept(key.line))
    .map((key) => {
      const ancestors = keptAncestors(key)
      return {
        line: key.line,
        checked: hasLaterCheckedBox(lineOf(key.line)) ? false : key.checked,
        parentLine: ancestors[0] ?? 0,
        depth: ancestors.length
      }
    })
}
