/**
 * What changed in the checklist between the base (the pull request's base commit, or a ref the
 * user names) and the head: the changes a reviewer must see because they weaken the claims.
 * Every entry carries its line on both sides (null on a side where it does not exist). Pure data.
 */

/** One side of a change: the line and the text as written there. */
export interface ChangeSide {
  line: number
  text: string
}

/**
 * removed: a critical item of the base is gone from the head.
 * demoted: a critical item of the base is in a phase that is not critical in the head.
 * reworded: a critical item's text changed so that its meaning may have changed (see
 *   compare/similarity.ts: numbers or negations changed, or few words in common).
 */
export type ItemChangeKind = 'removed' | 'demoted' | 'reworded'

export interface ItemChange {
  kind: ItemChangeKind
  base: ChangeSide & { phase: string | null }
  /** Null for a removed item. */
  head: (ChangeSide & { phase: string | null }) | null
  /** The head line a report points at: the item, or for a removed one the nearest line. */
  anchorLine: number
  /** One sentence: why this change matters ("numbers changed: 1000 → 100"). */
  detail: string
}

/** removed: a Verify command of the base is gone from its (still present) item. weakened: flags dropped or thresholds loosened. */
export type CommandChangeKind = 'removed' | 'weakened'

export interface CommandChange {
  kind: CommandChangeKind
  /** The item the command verifies: its base side (line of the item) and head side. */
  item: { baseLine: number; headLine: number | null; text: string }
  base: ChangeSide
  /** The weaker command in the head; null when removed. */
  head: ChangeSide | null
  anchorLine: number
  /** What was lost: the dropped flags and loosened thresholds ("--locked", "-D warnings"). */
  lost: string[]
}

/** ticked: unticked in the base, ticked in the head. unticked: the opposite. */
export type TickChangeKind = 'ticked' | 'unticked'

export interface TickChange {
  kind: TickChangeKind
  baseLine: number
  headLine: number
  text: string
  critical: boolean
}

export interface ScriptStepChange {
  /** The step's command as written in the base script. */
  base: ChangeSide
  anchorLine: number
}

export interface ChecklistDiff {
  items: ItemChange[]
  commands: CommandChange[]
  ticks: TickChange[]
  /** Commands of the base's validation script that the head's script no longer runs. */
  scriptSteps: ScriptStepChange[]
}

/** Where the base came from: git history, or the contents API when the history is not there. */
export type BaseSourceKind = 'git' | 'api'

/**
 * The outcome of looking for the base, for the report:
 * - compared: the base was read and diffed;
 * - new: the checklist does not exist at the base (it is added by this change): nothing to compare;
 * - skipped: nothing to compare with (not a pull request and no compare ref), or the base could
 *   not be read; `reason` says which.
 */
export type BaseComparison =
  | {
      state: 'compared'
      ref: string
      source: BaseSourceKind
      diff: ChecklistDiff
    }
  | { state: 'new'; ref: string; source: BaseSourceKind }
  | { state: 'skipped'; ref: string | null; reason: string }
