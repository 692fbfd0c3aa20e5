/**
 * Commands written in a task item's code spans, and what the item says about them:
 * `Verify: \`cargo fmt -- --check\` passes` proves the item (verify), `Run: \`cargo fmt\`` changes
 * the tree (fix, never executed), anything else is a mention.
 */
import type { Command, CommandRole } from './model.js'
import { findCodeSpans } from './inline.js'
import { countNewlines } from './source.js'
import { UnicodeRegex } from '../unicode-regex.js'

/** Emphasis or emoji in front of the keyword (`**Verify:**`, `✅ Verify`) does not hide it. */
export const LEADING_DECORATION = new UnicodeRegex(() => /^[^\p{L}\p{N}`]*/u, /^[^A-Za-z0-9`]*/)
const VERIFY = /^verify\b/i
const RUN = /^run\s*:/i

export function commandRole(itemText: string): CommandRole {
  const text = itemText.replace(LEADING_DECORATION.for(itemText), '')
  if (VERIFY.test(text)) return 'verify'
  if (RUN.test(text)) return 'fix'
  return 'mention'
}

/**
 * @param source the item's first paragraph after the task marker, as markdown-it gives it (one
 *   source line per `\n`)
 * @param firstLine 1-based line of that paragraph's first line
 */
export function commandsIn(source: string, firstLine: number, role: CommandRole): Command[] {
  if (!source.includes('`')) return []
  const commands: Command[] = []
  let line = firstLine
  let counted = 0
  for (const span of findCodeSpans(source)) {
    line += countNewlines(source, counted, span.start)
    counted = span.start
    const text = span.text.trim()
    if (text !== '') commands.push({ text, role, line })
  }
  // A copy of exactly its length: the model keeps it, and a pushed-to array keeps room for 17.
  return commands.slice()
}
