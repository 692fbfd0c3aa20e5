/**
 * Where this run finds the previous run's record: the gate's own sticky comment first (a pull
 * request run), else the previous JSON report (input previous-report). A record that cannot be
 * trusted is ignored with a note the surfaces show; the run then renders as a first run.
 */
import { errorMessage } from '../errors.js'
import type { StateReading } from './state-block.js'
import type { PreviousRecord } from './record.js'

export interface Recalled<Listing> {
  previous: PreviousRecord | null
  /** Shown above the report: why a record was ignored. */
  notes: string[]
  /** What reading the comment listed, handed on to the comment step (undefined: not listed). */
  listing?: Listing
}

export interface RecallSources<Listing> {
  /** Reads the gate's own comment; null when the run has no comment to read. */
  readComment: (() => Promise<{ reading: StateReading; listing?: Listing }>) | null
  /** Absolute path of the previous report (input previous-report), or null. */
  previousReport: string | null
  /** The working directory the report must be inside. */
  boundary: string
  /**
   * Logs to the debug log why the comment could not be read: the comment step then lists again
   * and, when that fails too, its warning names the failure once.
   */
  debug: (message: string) => void
}

export async function recallPreviousRun<Listing>(
  sources: RecallSources<Listing>
): Promise<Recalled<Listing>> {
  const notes: string[] = []
  let listing: Listing | undefined
  if (sources.readComment !== null) {
    try {
      const read = await sources.readComment()
      listing = read.listing
      const { reading } = read
      if (reading.kind === 'read') {
        return { previous: { state: reading.state, source: 'comment' }, notes, listing }
      }
      if (reading.kind === 'ignored') {
        notes.push(`The previous run's record in this comment was ignored: ${reading.why}.`)
      }
    } catch (error) {
      sources.debug(
        `The previous run's record could not be read from the pull request's comments (${errorMessage(error)}); this run is compared with nothing.`
      )
    }
  }
  if (sources.previousReport !== null) {
    // Loaded only with the input: the strict report reader is not needed by most runs.
    const { readPreviousReport } = await import('./previous-report.js')
    const read = readPreviousReport(sources.previousReport, sources.boundary)
    if (read.kind === 'read') return { previous: read.record, notes, ...withListing(listing) }
    if (read.kind === 'ignored') {
      notes.push(`The previous report was ignored: ${read.why}`)
    }
  }
  return { previous: null, notes, ...withListing(listing) }
}

function withListing<Listing>(listing: Listing | undefined): { listing?: Listing } {
  return listing === undefined ? {} : { listing }
}
