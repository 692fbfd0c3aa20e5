/**
 * What the render stage hands the publish stage: one report, rendered for each GitHub surface
 * within that surface's limits. Pure data.
 */

/** GitHub check-run annotation (REST: output.annotations[]). Paths are relative to the repository root. */
export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  /** Within ANNOTATION_TEXT_MAX_BYTES (github/limits.ts); renderers keep it short. */
  message: string
  title?: string
  raw_details?: string
}

/** The check run's conclusion: success only when ready (verdict-outputs.ts conclusionOf). */
export type Conclusion = 'success' | 'failure'

/** Which surfaces a run publishes, so only those are rendered. */
export interface SurfaceSelection {
  checkRun: boolean
  commitStatus: boolean
  comment: boolean
  jobSummary: boolean
}

/**
 * Every field is rendered when its surface is selected (renderReport's `surfaces`); a surface left
 * out is '' (annotations: none). The conclusion and title are always there.
 */
export interface RenderedReport {
  conclusion: Conclusion
  /** Check-run output.title and first line of everything: "Not ready: 5 blockers". */
  title: string
  /** Check-run output.summary, within CHECK_RUN_OUTPUT_MAX_BYTES (github/limits.ts). */
  checkSummary: string
  /** Check-run output.text, within CHECK_RUN_OUTPUT_MAX_BYTES. */
  checkText: string
  /** Sticky PR comment body without the hidden marker, within COMMENT_BODY_MAX_CHARS minus the marker. */
  comment: string
  /** Job summary, ≤ 1 MiB. */
  jobSummary: string
  /** Commit status description, within STATUS_DESCRIPTION_MAX_CHARS. */
  statusDescription: string
  annotations: Annotation[]
}
