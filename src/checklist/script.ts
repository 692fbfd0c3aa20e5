/**
 * The checklist's own validation script, e.g. the seed's "Quick Validation Script" bash block.
 *
 * Rule (first match wins, in document order):
 *  1. a shell-like fenced block (bash, sh, shell, zsh, console, or no language) whose nearest
 *     heading mentions "validat" (Validation, Validate…);
 *  2. otherwise a fenced block labelled as shell (not unlabelled: those often hold messages or
 *     output) with any enclosing heading (nearest, or a shallower one above it) mentioning
 *     validation, verify/verification, check, smoke test or sanity.
 * Either way the block must hold at least one real command: a line that is not blank, a comment,
 * or only printing/setup (echo, printf, set, cd, exit). Indented code blocks are never scripts.
 */
import { allSections, type Checklist, type CodeBlock, type Section } from './model.js'

const SHELL_LANGUAGES = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'shell-session',
  'shellsession',
  ''
])
const NEAREST_HEADING = /validat/i
const ANY_ENCLOSING_HEADING = /validat|verif|check|smoke|sanity/i
const NOT_A_COMMAND = /^(?:#|echo\b|printf\b|set\b|cd\b|exit\b|$)/

export function findValidationScript(checklist: Checklist): CodeBlock | null {
  const candidates = checklist.codeBlocks.filter(
    (block) => isShellFence(block) && hasRealCommand(block)
  )
  const byNearest = candidates.find((block) => NEAREST_HEADING.test(block.heading ?? ''))
  if (byNearest) return byNearest
  const sections = allSections(checklist).filter((section) => section.level > 0)
  return (
    candidates.find(
      (block) =>
        block.lang !== '' &&
        enclosingHeadings(sections, block.line).some((title) => ANY_ENCLOSING_HEADING.test(title))
    ) ?? null
  )
}

function isShellFence(block: CodeBlock): boolean {
  // Indented code blocks have their first content line on their own first line.
  return block.contentLine > block.line && SHELL_LANGUAGES.has(block.lang)
}

export function hasRealCommand(block: CodeBlock): boolean {
  return block.text.split('\n').some((line) => {
    const command = line.trim().replace(/^\$\s+/, '')
    return !NOT_A_COMMAND.test(command)
  })
}

/** Titles of the nearest heading above `line` and of each shallower heading above that one. */
function enclosingHeadings(sections: Section[], line: number): string[] {
  const titles: string[] = []
  let level = Number.POSITIVE_INFINITY
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]!
    if (section.line >= line || section.level >= level) continue
    titles.push(section.title)
    level = section.level
  }
  return titles
}
