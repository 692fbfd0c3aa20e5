/**
 * Markdown checklist → Checklist model. Pure: text in, data out.
 *
 * Stages: prepare the source (BOM, line endings, front matter) → a block-level markdown-it parse,
 * chunk by chunk, walked once (outline.ts) → sections and phases (structure.ts) → sign-offs and
 * the declared status, read from the few section bodies the walk kept for them.
 */
import type { Checklist } from './model.js'
import type { BlockParseOptions } from './markdown-blocks.js'
import { buildOutline } from './outline.js'
import { findSignOffs, isSignOffHeading } from './signoffs.js'
import { countLines, prepareSource } from './source.js'
import { findDeclaredStatus, ReadinessFieldFallback, statusBodyFilter } from './declared-status.js'
import { buildStructure } from './structure.js'

export type ParseOptions = BlockParseOptions

export function parseChecklist(text: string, file: string, options: ParseOptions = {}): Checklist {
  const source = prepareSource(text)
  const keepStatusBody = statusBodyFilter()
  const readinessFallback = new ReadinessFieldFallback()
  const outline = buildOutline(source, {
    // The status filter follows heading spans, so it must see every heading: call it first.
    keepBody: (heading) => keepStatusBody(heading) || isSignOffHeading(heading),
    watchParagraph: readinessFallback.watch,
    ...options
  })
  const structure = buildStructure(outline, baseName(file))
  return {
    file,
    title: outline.headings.find((heading) => heading.level === 1)?.title ?? null,
    phases: structure.phases,
    sections: structure.sections,
    codeBlocks: outline.codeBlocks,
    placeholders: outline.placeholders,
    signOffs: findSignOffs(outline, structure),
    status: findDeclaredStatus(outline, readinessFallback),
    lineCount: countLines(source)
  }
}

/** Last path segment, for either separator (the parser must not depend on the host OS). */
function baseName(file: string): string {
  return (
    file
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .at(-1) ?? file
  )
}
