/**
 * How much detail a rendering carries. Renderers try each level in order and keep the first that
 * fits the surface's budget: first drop passing validations' details, then shorten logs to their
 * tails, then cap findings and long lists ("…and N more"). Trimming comes only after the last.
 */
export interface DetailLevel {
  /** 0 is the richest. */
  index: number
  /** Keep a <details> block for validations that passed. */
  passingDetails: boolean
  /** Findings listed per validation. */
  findings: number
  /** Log lines shown per validation (0: no log), and at most this many characters of them. */
  logLines: number
  logChars: number
  /** Rows of every other list: item lines of a blocker, placeholders, mismatches, refused commands. */
  listItems: number
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  {
    index: 0,
    passingDetails: true,
    findings: 1000,
    logLines: 200,
    logChars: 30_000,
    listItems: 1000
  },
  {
    index: 1,
    passingDetails: false,
    findings: 1000,
    logLines: 200,
    logChars: 30_000,
    listItems: 1000
  },
  { index: 2, passingDetails: false, findings: 200, logLines: 60, logChars: 8_000, listItems: 200 },
  { index: 3, passingDetails: false, findings: 50, logLines: 25, logChars: 3_000, listItems: 50 },
  { index: 4, passingDetails: false, findings: 10, logLines: 0, logChars: 0, listItems: 20 },
  { index: 5, passingDetails: false, findings: 0, logLines: 0, logChars: 0, listItems: 10 }
]
