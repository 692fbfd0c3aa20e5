/** Small, pure formatting helpers shared by the renderers. */
import type { AssessedStatus, DeclaredBlockerState } from '../readiness/model.js'
import type { RefusedEffect } from '../validations/model.js'

/** Longest untrusted one-liner (item text, summary) in lists and tables. */
export const MAX_CELL = 300

export const STATUS_LABEL: Readonly<Record<AssessedStatus, string>> = {
  passed: '✅ passed',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  'missing-tool': '⚠️ missing tool',
  unassessable: '❔ could not assess',
  'modified-tree': '🛑 changed the tree',
  error: '❗ error',
  skipped: '⏭️ skipped',
  'not-run': '➖ not run'
}

/** "512 B", "43.1 KB", "1.2 MB" (powers of 1024, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The first `max` entries and how many were left out. */
export function capList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 }
  return { shown: items.slice(0, max), more: items.length - max }
}

export const DECLARED_STATE_LABEL: Readonly<Record<DeclaredBlockerState, string>> = {
  'still-holds': '🔴 still holds',
  resolved: '🟢 resolved',
  unknown: '⚪ unknown'
}

/** What a refused command would do, in a few words (RefusedCommand.effect). */
export const EFFECT_LABEL: Readonly<Record<RefusedEffect, string>> = {
  format: 'formats files',
  rewrite: 'rewrites files',
  'snapshot-update': 'updates snapshots',
  'dependency-change': 'changes dependencies',
  release: 'releases',
  deploy: 'deploys or pushes',
  'vcs-write': 'writes to git',
  destructive: 'deletes',
  dynamic: 'unknown program',
  'listed-fix': 'listed as a fix'
}
