/**
 * The comparison stage: which base to compare with, reading it, diffing it against the head.
 * Errors are values: a base that cannot be read is a skipped comparison with its reason.
 */
import type { Checklist } from '../checklist/model.js'
import { parseChecklist } from '../checklist/parse.js'
import { errorMessage } from '../errors.js'
import { diffChecklists } from './diff.js'
import type { BaseComparison } from './model.js'
import { readBaseChecklist, type BaseFallback } from './read-base.js'

export type { BaseComparison } from './model.js'
export type { BaseFallback, BaseRead } from './read-base.js'

export interface CompareOptions {
  /**
   * The base named by the run: the pull request's base SHA, the action's `compare-ref` input or
   * the CLI's `--base`. Null: the config's `compare.ref`, else no comparison (`noBase` says why).
   */
  ref: string | null
  /** Reads the base when the git history lacks it (the action: the contents API); null: none. */
  fallback: BaseFallback | null
  /**
   * Why there is no base when neither the run nor the config names one, for the report's note;
   * null: then no comparison is reported at all (a local run that did not ask for one).
   */
  noBase: string | null
}

export async function compareWithBase(
  head: Checklist,
  checklistPath: string,
  options: CompareOptions,
  configRef: string | null
): Promise<BaseComparison | null> {
  const ref = options.ref ?? configRef
  if (ref === null) {
    return options.noBase === null ? null : { state: 'skipped', ref: null, reason: options.noBase }
  }
  let read
  try {
    read = await readBaseChecklist(checklistPath, ref, options.fallback)
  } catch (error) {
    read = { kind: 'unavailable' as const, reason: errorMessage(error) }
  }
  if (read.kind === 'unavailable') {
    return {
      state: 'skipped',
      ref,
      reason: `the checklist at ${ref} could not be read: ${read.reason}`
    }
  }
  if (read.kind === 'missing') return { state: 'new', ref, source: read.source }
  const base = parseChecklist(read.text, head.file)
  return { state: 'compared', ref, source: read.source, diff: diffChecklists(base, head) }
}
