/**
 * GitHub's limits live in one table (src/github/limits.ts); the renderers' budgets and the
 * publishers' last-resort cuts are read from it, so each is checked here at its boundary.
 */
import { annotationBatches } from '../../src/github/checks.js'
import { stickyCommentBody } from '../../src/github/comment.js'
import {
  ANNOTATION_TEXT_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  COMMENT_BODY_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  STATUS_DESCRIPTION_MAX_CHARS
} from '../../src/github/limits.js'
import { statusDescription } from '../../src/github/commit-status.js'
import { BUDGETS } from '../../src/report/budget.js'
import type { Annotation } from '../../src/report/surfaces.js'

function annotation(index: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    path: 'src/a.ts',
    start_line: index + 1,
    end_line: index + 1,
    annotation_level: 'failure',
    message: `finding ${index}`,
    ...extra
  }
}

describe("GitHub's limits", () => {
  it('are the numbers GitHub documents', () => {
    expect(STATUS_DESCRIPTION_MAX_CHARS).toBe(140)
    expect(COMMENT_BODY_MAX_CHARS).toBe(65_536)
    expect(CHECK_RUN_OUTPUT_MAX_BYTES).toBe(65_535)
    expect(JOB_SUMMARY_MAX_BYTES).toBe(1_048_576)
    expect(ANNOTATIONS_PER_REQUEST).toBe(50)
    expect(ANNOTATION_TITLE_MAX_CHARS).toBe(255)
    expect(ANNOTATION_TEXT_MAX_BYTES).toBe(65_536)
  })

  it("size the renderers' budgets", () => {
    expect(BUDGETS.checkSummary.limit).toBe(CHECK_RUN_OUTPUT_MAX_BYTES)
    expect(BUDGETS.checkText.limit).toBe(CHECK_RUN_OUTPUT_MAX_BYTES)
    expect(BUDGETS.jobSummary.limit).toBe(JOB_SUMMARY_MAX_BYTES)
    expect(BUDGETS.statusDescription.limit).toBe(STATUS_DESCRIPTION_MAX_CHARS)
    expect(BUDGETS.comment.limit).toBeLessThan(COMMENT_BODY_MAX_CHARS)
  })

  it('cut a status description at its limit, counting code points', () => {
    const exact = '✓'.repeat(STATUS_DESCRIPTION_MAX_CHARS)
    expect(statusDescription(exact)).toBe(exact)
    const cut = statusDescription(`${exact}x`)
    expect(Array.from(cut)).toHaveLength(STATUS_DESCRIPTION_MAX_CHARS)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('cut a comment body at its limit, marker included', () => {
    const body = stickyCommentBody('Readiness Gate', 'x'.repeat(COMMENT_BODY_MAX_CHARS))
    expect(Array.from(body)).toHaveLength(COMMENT_BODY_MAX_CHARS)
    expect(body.endsWith('…')).toBe(true)
  })

  it('batch annotations per request and cut their titles and texts', () => {
    const many = Array.from({ length: 2 * ANNOTATIONS_PER_REQUEST + 1 }, (_, i) => annotation(i))
    expect(annotationBatches(many).map((batch) => batch.length)).toEqual([
      ANNOTATIONS_PER_REQUEST,
      ANNOTATIONS_PER_REQUEST,
      1
    ])
    const [[long]] = annotationBatches([
      annotation(0, {
        title: 't'.repeat(ANNOTATION_TITLE_MAX_CHARS + 10),
        message: 'm'.repeat(ANNOTATION_TEXT_MAX_BYTES + 10),
        raw_details: 'é'.repeat(ANNOTATION_TEXT_MAX_BYTES)
      })
    ]) as [[Annotation]]
    expect(Array.from(long.title!).length).toBeLessThanOrEqual(ANNOTATION_TITLE_MAX_CHARS)
    expect(Buffer.byteLength(long.message)).toBeLessThanOrEqual(ANNOTATION_TEXT_MAX_BYTES)
    expect(Buffer.byteLength(long.raw_details!)).toBeLessThanOrEqual(ANNOTATION_TEXT_MAX_BYTES)
  })
})
