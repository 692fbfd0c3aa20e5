/**
 * Items that point at GitHub, as the report shows them: ticked items GitHub contradicts, unticked
 * ones GitHub says are done, and the references GitHub could not confirm — with the evidence and
 * what it cost in API calls. Pure Markdown rendering.
 */
import { plural } from '../wording.js'
import type { Assessment, ReferenceCheck } from '../readiness/model.js'
import { lineRef, linkDestination, type RenderContext } from './render-context.js'
import { capList, MAX_CELL } from './format.js'
import type { DetailLevel } from './levels.js'
import { escapeMarkdown, escapeMarkdownKeepingCode } from './inert-markdown.js'
import { truncate } from '../linear-text.js'

/** '' when the checklist's items point at nothing GitHub could check. */
export function githubEvidenceSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  const { github } = assessment.reconciliation
  if (github.references.length === 0) return ''
  const contradicted = github.references.filter((check) => check.state === 'contradicted')
  const tickIt = github.references.filter(
    (check) => check.state === 'tick-it' && github.tickIt.includes(check.line)
  )
  const unverified = github.references.filter((check) => check.state === 'unverified')
  const agreeing =
    github.references.length - contradicted.length - tickIt.length - unverified.length
  const parts = [
    checkList('**Ticked, contradicted by GitHub**', contradicted, '☑', context, level),
    checkList('**Done on GitHub — tick it**', tickIt, '☐', context, level)
  ]
  if (unverified.length > 0) {
    const list = checkList('', unverified, '?', context, level).trimStart()
    parts.push(
      `<details>\n<summary>${plural(unverified.length, 'reference')} GitHub did not confirm</summary>\n\n${list}\n\n</details>`
    )
  }
  const consulted = github.consulted
    ? `${plural(github.references.length, 'reference')} to GitHub checked in ${plural(github.apiCalls, 'API call')}; ${agreeing} agree with their tick.`
    : `${plural(github.references.length, 'reference')} to GitHub not checked: GitHub was not consulted.`
  parts.push(`**GitHub evidence:** ${consulted}`)
  return parts.filter((part) => part !== '').join('\n\n')
}

function checkList(
  title: string,
  checks: readonly ReferenceCheck[],
  mark: string,
  context: RenderContext,
  level: DetailLevel
): string {
  if (checks.length === 0) return ''
  const { shown, more } = capList(checks, level.listItems)
  const lines = shown.map((check) => {
    const text = escapeMarkdownKeepingCode(truncate(check.itemText, MAX_CELL))
    const evidence = escapeMarkdown(truncate(check.evidence, MAX_CELL))
    const linked =
      check.url !== null && /^https:\/\//.test(check.url)
        ? `[${evidence}](${linkDestination(check.url)})`
        : evidence
    return `- ${mark} ${text} (${lineRef(context, check.line)}) — ${linked}`
  })
  if (more > 0) lines.push(`- …and ${more} more`)
  return title === '' ? lines.join('\n') : `${title} (${checks.length})\n\n${lines.join('\n')}`
}
