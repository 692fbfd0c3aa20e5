/**
 * GitHub's limits, each written once. The renderers size each surface to them (report/budget.ts),
 * the publishers cut to them as a last resort, and the API answers 422 past any of them.
 */

/** A commit status `description`, in characters. */
export const STATUS_DESCRIPTION_MAX_CHARS = 140

/** An issue (pull request) comment `body`, in characters. */
export const COMMENT_BODY_MAX_CHARS = 65_536

/** A check run's `output.summary` and `output.text`, each, in bytes. */
export const CHECK_RUN_OUTPUT_MAX_BYTES = 65_535

/** `$GITHUB_STEP_SUMMARY`, per step, in bytes (1 MiB): a larger one is not shown. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024

/** Annotations in one check run create/update request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50

/** An annotation's `title`, in characters. */
export const ANNOTATION_TITLE_MAX_CHARS = 255

/** An annotation's `message` and `raw_details`, each, in bytes (64 KiB). */
export const ANNOTATION_TEXT_MAX_BYTES = 64 * 1024

/** Items on one page of a list endpoint (`per_page`). */
export const PAGE_SIZE_MAX = 100
