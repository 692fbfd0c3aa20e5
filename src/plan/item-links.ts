/**
 * Item links: which checklist items a validation's command lines prove. A Verify item whose
 * command names one of the lines (equal, or the line's leading words) is proven with its
 * ancestors; an item that mentions exactly one of the lines is too. Pure.
 */
import { allItems, type Checklist, type TaskItem } from '../checklist/model.js'
import { normaliseWhitespace, shellWords, splitChain } from './shell-words.js'

/** A checklist item's command in the forms it is compared in: its words and normalised text. */
export interface CommandForms {
  words: string[]
  normalised: string
}

/**
 * A command line in the forms commands are compared with: the whole line and each of its simple
 * commands, as words and as normalised text. Computed once per line, not once per comparison.
 */
export interface LineForms {
  /** The whole line first, then its simple commands. */
  candidates: CommandForms[]
}

export function commandForms(command: string): CommandForms {
  return { words: shellWords(command), normalised: normaliseWhitespace(command) }
}

export function lineForms(line: string): LineForms {
  return { candidates: [line, ...splitChain(line)].map(commandForms) }
}

/**
 * Whether a checklist item's command names this command line: equal after normalising
 * whitespace, or equal to the line's leading words (`npm test` names `npm test -- --ci`).
 * Compared per simple command too, so `cd x && npm test` is named by `npm test`.
 */
export function commandNamesLine(itemCommand: string, line: string): boolean {
  return namesLine(commandForms(itemCommand), lineForms(line))
}

/** commandNamesLine on forms computed beforehand. */
export function namesLine(command: CommandForms, line: LineForms): boolean {
  const wanted = command.words
  if (wanted.length === 0) return false
  if (command.normalised === line.candidates[0]!.normalised) return true
  return line.candidates.some(
    ({ words }) => wanted.length <= words.length && wanted.every((word, i) => words[i] === word)
  )
}

/** Whether a checklist item's command is exactly this line (or one of its simple commands). */
export function commandEqualsLine(itemCommand: string, line: string): boolean {
  return equalsLine(commandForms(itemCommand), lineForms(line))
}

/** commandEqualsLine on forms computed beforehand. */
export function equalsLine(command: CommandForms, line: LineForms): boolean {
  if (command.normalised === '') return false
  return line.candidates.some((candidate) => candidate.normalised === command.normalised)
}

interface ItemCommand {
  item: TaskItem
  forms: CommandForms
}

function addTo<K>(map: Map<K, ItemCommand[]>, key: K, entry: ItemCommand): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [entry])
  else list.push(entry)
}

/**
 * Which checklist items a validation's command lines prove. The items' commands are indexed
 * (verify commands by their words and by text, mentions by text), so linking a plan is linear in
 * its lines rather than lines × items.
 */
export class ItemLinker {
  private readonly verifyByWords = new Map<string, ItemCommand[]>()
  private readonly verifyByText = new Map<string, ItemCommand[]>()
  private readonly mentionByText = new Map<string, ItemCommand[]>()
  private readonly parents = new Map<TaskItem, TaskItem>()

  constructor(checklist: Checklist) {
    const items = allItems(checklist)
    for (const item of items) for (const child of item.children) this.parents.set(child, item)
    for (const item of items) {
      for (const { role, text } of item.commands) {
        if (role === 'fix') continue
        const entry = { item, forms: commandForms(text) }
        if (role === 'mention') {
          if (entry.forms.normalised !== '')
            addTo(this.mentionByText, entry.forms.normalised, entry)
        } else if (entry.forms.words.length > 0) {
          addTo(this.verifyByWords, entry.forms.words.join('\0'), entry)
          addTo(this.verifyByText, entry.forms.normalised, entry)
        }
      }
    }
  }

  /**
   * Verify items whose command names one of the lines (equal, or the line's leading words),
   * with their ancestors (the task the Verify step belongs to), and items that mention exactly
   * one of the lines (Phase 4's "Dependency audit: `cargo audit`").
   */
  linesVerifiedBy(lines: readonly string[]): number[] {
    const found = new Set<number>()
    for (const line of lines.map(lineForms)) {
      const verifying = new Set<ItemCommand>(this.verifyByText.get(line.candidates[0]!.normalised))
      for (const candidate of line.candidates) {
        // A verify command names the candidate when its words are the candidate's leading words.
        let prefix = ''
        candidate.words.forEach((word, index) => {
          prefix = index === 0 ? word : `${prefix}\0${word}`
          for (const entry of this.verifyByWords.get(prefix) ?? []) verifying.add(entry)
        })
        for (const entry of this.mentionByText.get(candidate.normalised) ?? []) {
          found.add(entry.item.line)
        }
      }
      for (const entry of verifying) this.withAncestors(entry.item, found)
    }
    return [...found].sort((a, b) => a - b)
  }

  /** An item proven by an existence check of its own: it and its ancestors. */
  itemWithAncestors(item: TaskItem): number[] {
    const found = new Set<number>()
    this.withAncestors(item, found)
    return [...found].sort((a, b) => a - b)
  }

  private withAncestors(item: TaskItem, found: Set<number>): void {
    for (let at: TaskItem | undefined = item; at !== undefined; at = this.parents.get(at)) {
      found.add(at.line)
    }
  }
}
