/**
 * Markdown checklist → Checklist model. Pure: text in, data out.
 *
 * Stages: prepare the source (BOM, line endings, front matter) → a block-level markdown-it parse,
 * chunk by chunk, walked once (outline.ts) → sections and phases (structure.ts) → sign-offs and
 * the declared status, read from the few section bodies the walk kept for them. Large documents
 * can be walked in parts on several threads instead (parallel.ts); the result is the same.
 */
import type { Checklist, DeclaredStatus } from './model.js'
import { buildOutline, type Outline, type OutlineOptions } from './outline.js'
import { findSignOffs, isSignOffHeading } from './signoffs.js'
import { countLines, prepareSource } from './source.js'
import { findDeclaredStatus, ReadinessFieldFallback, statusBodyFilter } from './status.js'
import { buildStructure } from './structure.js'

export interface ParseOptions {
  /** Minimum chunk size for large documents (tests use tiny chunks to exercise the boundaries). */
  chunkChars?: number
}

export function parseChecklist(text: string, file: string, options: ParseOptions = {}): Checklist {
  const source = prepareSource(text)
  const walk = checklistWalk(options)
  return assembleChecklist(source, file, buildOutline(source, walk.options), walk.fallbackStatus())
}

/**
 * What the walk keeps for the later stages: the bodies of status and sign-off sections, and the
 * first readiness field of a top-level paragraph (for documents without a status section).
 */
export function checklistWalk(options: ParseOptions = {}): {
  options: OutlineOptions
  fallbackStatus: () => DeclaredStatus | null
} {
  const keepBody = bodyFilter()
  const readinessFallback = new ReadinessFieldFallback()
  return {
    options: { keepBody, watchParagraph: readinessFallback.watch, ...options },
    fallbackStatus: () => readinessFallback.status
  }
}

/** Which section bodies are kept. Stateful: it must see every heading, in order. */
export function bodyFilter(): OutlineOptions['keepBody'] {
  const keepStatusBody = statusBodyFilter()
  // The status filter follows heading spans, so it must see every heading: call it first.
  return (heading) => keepStatusBody(heading) || isSignOffHeading(heading)
}

/** The checklist model from a document's outline. */
export function assembleChecklist(
  source: string,
  file: string,
  outline: Outline,
  fallbackStatus: DeclaredStatus | null
): Checklist {
  const structure = buildStructure(outline, baseName(file))
  return {
    file,
    title: outline.headings.find((heading) => heading.level === 1)?.title ?? null,
    phases: structure.phases,
    sections: structure.sections,
    codeBlocks: outline.codeBlocks,
    placeholders: outline.placeholders,
    signOffs: findSignOffs(outline, structure),
    status: findDeclaredStatus(outline, fallbackStatus),
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
