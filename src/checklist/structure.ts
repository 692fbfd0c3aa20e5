/**
 * Sections and phases from the outline's headings.
 *
 * Every heading opens a section holding the root task items written under it (before the next
 * heading). A phase is a heading plus every following section of deeper level. Which headings are
 * phases:
 *  1. headings reading "Phase N…" (after any emoji or punctuation), when the document has some;
 *  2. otherwise the headings of one level: the shallowest level at which at least two headings
 *     contain task items (in their own section or below); if no level has two, the shallowest
 *     level with one. (Taking simply the shallowest level would make a lone document title the
 *     only phase of most checklists.) Only headings of that level that contain items are phases;
 *  3. a document without headings is one implicit section inside one implicit phase.
 * Items before the first heading form an implicit section (level 0, line 1, titled with the file
 * name). Sections in no phase go to Checklist.sections.
 */
import type { Phase, Section } from './model.js'
import type { HeadingEntry, Outline } from './outline.js'
import { priorityInHeading } from './priority.js'
import { trimMatching } from '../linear-text.js'
import { UnicodeRegex } from '../unicode-regex.js'

export const PHASE_HEADING = new UnicodeRegex(
  () => /^[^\p{L}\p{N}]*phase\s*(\d+)\b[\s:.)\-–—]*(.*)$/iu,
  /^[^A-Za-z0-9]*phase\s*(\d+)\b[\s:.)\-–—]*(.*)$/i
)

export interface Structure {
  phases: Phase[]
  sections: Section[]
  /** sections[i] is the section of outline.headings[i]; the implicit one is separate. */
  headingSections: Section[]
  implicitSection: Section | null
}

export function buildStructure(outline: Outline, fileTitle: string): Structure {
  const headingSections = outline.headings.map((heading) => sectionOf(heading))
  let implicitSection: Section | null = null
  for (const { item, headingIndex } of outline.rootTasks) {
    const section = headingIndex >= 0 ? headingSections[headingIndex] : undefined
    if (section) section.items.push(item)
    else (implicitSection ??= { title: fileTitle, level: 0, line: 1, items: [] }).items.push(item)
  }
  if (outline.headings.length === 0) {
    implicitSection ??= { title: fileTitle, level: 0, line: 1, items: [] }
    return {
      phases: [implicitPhase(implicitSection)],
      sections: [],
      headingSections,
      implicitSection
    }
  }

  const isPhase = phaseSelector(outline.headings, headingSections)
  const phases: Phase[] = []
  const sections: Section[] = implicitSection ? [implicitSection] : []
  let current: { phase: Phase; level: number } | null = null
  outline.headings.forEach((heading, index) => {
    const section = headingSections[index]!
    if (isPhase(index)) {
      current = { phase: phaseOf(heading, section), level: heading.level }
      phases.push(current.phase)
    } else if (current !== null && heading.level > current.level) {
      current.phase.sections.push(section)
    } else {
      current = null
      sections.push(section)
    }
  })
  if (phases.length === 0 && implicitSection !== null) {
    // Items only before the first heading: they are the checklist's one phase.
    sections.shift()
    phases.push(implicitPhase(implicitSection))
  }
  return { phases, sections, headingSections, implicitSection }
}

function sectionOf(heading: HeadingEntry): Section {
  return { title: heading.title, level: heading.level, line: heading.line, items: [] }
}

function phaseSelector(headings: HeadingEntry[], sections: Section[]): (index: number) => boolean {
  const numbered = headings.map((heading) => PHASE_HEADING.for(heading.title).test(heading.title))
  if (numbered.includes(true)) return (index) => numbered[index] === true
  const hasItems = headingsContainingItems(headings, sections)
  const countByLevel = new Map<number, number>()
  headings.forEach((heading, index) => {
    if (hasItems[index]) countByLevel.set(heading.level, (countByLevel.get(heading.level) ?? 0) + 1)
  })
  const levels = [...countByLevel.keys()].sort((a, b) => a - b)
  const phaseLevel = levels.find((level) => (countByLevel.get(level) ?? 0) >= 2) ?? levels[0]
  return (index) => hasItems[index] === true && headings[index]?.level === phaseLevel
}

/** Whether each heading's span (its section and deeper sections after it) holds task items. */
function headingsContainingItems(headings: HeadingEntry[], sections: Section[]): boolean[] {
  const result = headings.map(() => false)
  const open: number[] = []
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open.at(-1)!]!.level >= heading.level) open.pop()
    open.push(index)
    if ((sections[index]?.items.length ?? 0) > 0)
      for (const ancestor of open) result[ancestor] = true
  })
  return result
}

function phaseOf(heading: HeadingEntry, section: Section): Phase {
  const numbered = PHASE_HEADING.for(heading.title).exec(heading.title)
  const rest = numbered ? (numbered[2] ?? '') : heading.title
  const { priority, group } = priorityInHeading(rest)
  const spaced = (group === null ? rest : rest.replace(group, '')).replace(/\s+/g, ' ')
  const title = trimMatching(spaced, /[\s:\-–—]/)
  return {
    number: numbered ? Number(numbered[1]) : null,
    title: title === '' ? heading.title : title,
    heading: heading.title,
    line: heading.line,
    priority,
    sections: [section]
  }
}

function implicitPhase(section: Section): Phase {
  return {
    number: null,
    title: section.title,
    heading: section.title,
    line: 1,
    priority: { label: null, level: 'none' },
    sections: [section]
  }
}
