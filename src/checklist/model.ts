/**
 * The checklist model: what a Markdown production checklist says, with a 1-based source line
 * for everything a report may point at. Produced by parseChecklist(); pure data, JSON-safe, and
 * read-only: task items without commands or children share one frozen empty array.
 */

/**
 * The empty array the model shares wherever a list is empty (most task items have no commands
 * and no children, most paragraphs no placeholders): one frozen array rather than a new one each
 * time, which on a big checklist is a third of what the model allocates and the garbage collector
 * copies. Frozen, so nothing can add to it by mistake.
 */
export const NONE = Object.freeze([]) as unknown as never[]

/** How much a phase matters. `critical` gates readiness by default. */
export type PriorityLevel = 'critical' | 'high' | 'medium' | 'low' | 'none'

export interface Priority {
  /** The label as written, e.g. "MUST COMPLETE", "P0", "Critical"; null when none was found. */
  label: string | null
  level: PriorityLevel
}

/** verify: `Verify: \`cmd\`` — proves an item. fix: `Run: \`cmd\`` — changes the tree, never run. */
export type CommandRole = 'verify' | 'fix' | 'mention'

export interface Command {
  /** The code span's text, e.g. "cargo fmt -- --check". */
  text: string
  role: CommandRole
  line: number
}

export interface TaskItem {
  /** The item's text after the `[ ]` marker (first paragraph, Markdown source, trimmed). */
  text: string
  checked: boolean
  /** Line of the list marker (1-based). */
  line: number
  /** 0 for a task with no task ancestor, +1 per task ancestor. */
  depth: number
  commands: Command[]
  children: TaskItem[]
}

export interface Section {
  /** Heading text (inline Markdown stripped of emphasis markers); the file name for the implicit section. */
  title: string
  /** Heading level 1–6; 0 for the implicit section before the first heading. */
  level: number
  /** Line of the heading; 1 for the implicit section. */
  line: number
  /** Root task items directly under this heading (before the next heading), with their children. */
  items: TaskItem[]
}

export interface Phase {
  /** "Phase 1: …" → 1; null for documents without numbered phases (headings form the structure). */
  number: number | null
  /** Title without the "Phase N:" prefix and the priority label, e.g. "Critical Fixes". */
  title: string
  /** The heading text as written. */
  heading: string
  line: number
  priority: Priority
  /** The phase heading's own section first, then the sections under it. */
  sections: Section[]
}

export interface CodeBlock {
  /** First word of the info string, lower-cased ("bash"); "" when none or an indented block. */
  lang: string
  info: string
  text: string
  /** Line of the opening fence (or of the first line of an indented block). */
  line: number
  /** Line of the first content line. */
  contentLine: number
  /** Nearest heading above the block, e.g. "Quick Validation Script"; null when none. */
  heading: string | null
}

export interface Placeholder {
  /** As written: "[SPECIFY]", "[NAME]", "_____". */
  text: string
  line: number
  /** The whole source line, trimmed, for context in reports. */
  context: string
}

export interface SignatureField {
  /** Whether a real value was written (not blank, not a run of underscores or a placeholder). */
  filled: boolean
  value: string | null
  line: number | null
}

export interface SignOff {
  /** "Technical Lead" for "### Technical Lead Sign-off". */
  role: string
  line: number
  items: TaskItem[]
  signed: SignatureField
  date: SignatureField
}

export interface DeclaredBlocker {
  text: string
  line: number
}

/** What the document itself claims in a "Current Status" style section. */
export interface DeclaredStatus {
  line: number
  /** As written, e.g. "NOT READY". */
  overallReadiness: string | null
  /** true for READY-like values, false for NOT READY / BLOCKED-like values, null if unknown. */
  ready: boolean | null
  lastValidation: string | null
  nextSteps: string | null
  blockers: DeclaredBlocker[]
}

export interface Checklist {
  /** Path as given to the parser (for messages and annotations). */
  file: string
  /** Text of the first level-1 heading, or null. */
  title: string | null
  phases: Phase[]
  /** Sections that belong to no phase (preamble, sign-offs, status…), in document order. */
  sections: Section[]
  codeBlocks: CodeBlock[]
  placeholders: Placeholder[]
  signOffs: SignOff[]
  status: DeclaredStatus | null
  /** Number of source lines. */
  lineCount: number
}

/**
 * `roots` and every item below them, depth-first in document order. The one item walker: without
 * recursion, because a generated or hostile checklist may nest items thousands deep.
 */
export function itemsBelow(roots: readonly TaskItem[]): TaskItem[] {
  const out: TaskItem[] = []
  const stack = [...roots].reverse()
  while (stack.length > 0) {
    const item = stack.pop()!
    out.push(item)
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!)
  }
  return out
}

/** Every task item in document order, depth-first. */
export function allItems(checklist: Checklist): TaskItem[] {
  return itemsBelow(allSections(checklist).flatMap((section) => section.items))
}

/** The item and every item below it, in document order. */
export function subtree(root: TaskItem): TaskItem[] {
  return itemsBelow([root])
}

/** Every item of a section, depth-first, in document order. */
export function sectionItems(section: Section): TaskItem[] {
  return itemsBelow(section.items)
}

/** Whether the checklist has any task item (without listing them all). */
export function hasTaskItems(checklist: Checklist): boolean {
  const hasItems = (section: Section): boolean => section.items.length > 0
  return (
    checklist.sections.some(hasItems) ||
    checklist.phases.some((phase) => phase.sections.some(hasItems))
  )
}

/** Every section (inside phases or not) in document order. */
export function allSections(checklist: Checklist): Section[] {
  const sections = [...checklist.phases.flatMap((p) => p.sections), ...checklist.sections]
  return sections.sort((a, b) => a.line - b.line)
}

/** Every item of a phase, depth-first, in document order. */
export function phaseItems(phase: Phase): TaskItem[] {
  return itemsBelow(phase.sections.flatMap((section) => section.items))
}
