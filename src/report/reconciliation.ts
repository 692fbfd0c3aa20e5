/**
 * Where the checklist and the run disagree: ticks against validations, the declared status
 * against the computed one, placeholders and sign-offs. Pure Markdown rendering.
 */
import type { Assessment, ItemMismatch, SignOffState } from '../readiness/model.js'
import type { SignatureField } from '../checklist/model.js'
import { lineNumberRef, lineRef, type RenderContext } from './render-context.js'
import { capList, DECLARED_STATE_LABEL, EFFECT_LABEL, MAX_CELL, STATUS_LABEL } from './format.js'
import { plural } from '../wording.js'
import type { DetailLevel } from './levels.js'
import { codeSpan, escapeMarkdown, escapeMarkdownKeepingCode } from './inert-markdown.js'
import { truncate } from '../linear-text.js'
import { githubEvidenceSection } from './evidence-section.js'
import type { RunHistory } from '../history/model.js'
import { staleTicksList } from './since-last-run.js'

export function reconciliationSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel,
  history: RunHistory | null = null
): string {
  const { reconciliation } = assessment
  return [
    '### Checklist vs. evidence',
    mismatchList(
      '**Ticked, but failing now**',
      reconciliation.claimedDoneFailing,
      '☑',
      context,
      level
    ),
    mismatchList('**Passing now — tick it**', reconciliation.passesTickIt, '☐', context, level),
    staleTicksList(history, context, level),
    unverifiedClaimsList(assessment, context, level),
    noMismatches(assessment),
    githubEvidenceSection(assessment, context, level),
    declaredSection(assessment, context, level),
    placeholdersSection(assessment, context, level),
    signOffsSection(assessment, context)
  ]
    .filter((block) => block !== '')
    .join('\n\n')
}

function mismatchList(
  title: string,
  mismatches: ItemMismatch[],
  mark: string,
  context: RenderContext,
  level: DetailLevel
): string {
  if (mismatches.length === 0) return ''
  const { shown, more } = capList(mismatches, level.listItems)
  const lines = shown.map((item) => {
    const evidence = item.validations
      .map(
        (v) =>
          `${STATUS_LABEL[v.status]}: ${escapeMarkdown(truncate(v.name, 120))} — ${escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL))}`
      )
      .join('; ')
    const text = escapeMarkdownKeepingCode(truncate(item.text, MAX_CELL))
    return `- ${mark} ${text} (${lineRef(context, item.line)}) — ${evidence}`
  })
  if (more > 0) lines.push(`- …and ${more} more`)
  return `${title} (${mismatches.length})\n\n${lines.join('\n')}`
}

/** Claims longer than this are folded into a <details> element. */
const OPEN_CLAIMS = 5

/** Ticked items whose Verify command nothing planned checks: never passed over in silence. */
function unverifiedClaimsList(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  const claims = assessment.reconciliation.unverifiedClaims
  if (claims.length === 0) return ''
  const { shown, more } = capList(claims, level.listItems)
  const lines = shown.map((claim) => {
    const text = escapeMarkdownKeepingCode(truncate(claim.text, MAX_CELL))
    const why =
      claim.why === 'refused' && claim.effect !== null
        ? `refused (_${EFFECT_LABEL[claim.effect]}_): ${escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL))}`
        : escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL))
    return `- ☑ ${text} (${lineRef(context, claim.line)}) — ${codeSpan(truncate(claim.command, MAX_CELL))}: ${why}`
  })
  if (more > 0) lines.push(`- …and ${more} more`)
  const title = `**Ticked, but nothing checks it** (${claims.length})`
  if (claims.length <= OPEN_CLAIMS) return `${title}\n\n${lines.join('\n')}`
  return `${title}\n\n<details>\n<summary>${plural(claims.length, 'unverified claim')}</summary>\n\n${lines.join('\n')}\n\n</details>`
}

function noMismatches(assessment: Assessment): string {
  const { claimedDoneFailing, passesTickIt } = assessment.reconciliation
  if (claimedDoneFailing.length > 0 || passesTickIt.length > 0) return ''
  if (!assessment.validationsRun) return 'Ticks were not compared with validations: none were run.'
  return 'Every tick agrees with its validations (no ticked item fails, no unticked item is already proven).'
}

function declaredSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  const comparison = assessment.reconciliation.declared
  const { declared } = comparison
  if (declared === null) return '**Declared status:** the checklist has no status section.'
  const computed = { ready: 'ready', 'not-ready': 'not ready', unassessed: 'not assessed' }[
    assessment.verdict
  ]
  const said =
    declared.overallReadiness === null
      ? 'no readiness'
      : `**${escapeMarkdown(declared.overallReadiness)}**`
  const verdictWords = {
    agrees: 'they agree.',
    'declared-ready-but-not-ready': 'they disagree.',
    'declared-not-ready-but-ready': 'they disagree.',
    'not-comparable': 'they cannot be compared.'
  }[comparison.agreement]
  const parts = [
    `**Declared status:** the checklist declares ${said} (${lineRef(context, declared.line)}); the gate finds it **${computed}** — ${verdictWords}`
  ]
  if (comparison.blockers.length > 0) {
    const { shown, more } = capList(comparison.blockers, level.listItems)
    const rows = shown.map(
      (b) =>
        `| ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL), { inTable: true })} | ${lineNumberRef(context, b.line)} | ${DECLARED_STATE_LABEL[b.state]} | ${b.evidence === null ? 'nothing checks it' : escapeMarkdownKeepingCode(truncate(b.evidence, MAX_CELL), { inTable: true })} |`
    )
    if (more > 0) rows.push(`| …and ${more} more | | | |`)
    parts.push(
      ['| Declared blocker | Line | Now | Evidence |', '| :-- | --: | :-- | :-- |', ...rows].join(
        '\n'
      )
    )
  }
  if (comparison.newBlockers.length > 0) {
    const { shown, more } = capList(comparison.newBlockers, level.listItems)
    const lines = shown.map((b) => {
      const where = b.line === null ? '' : ` (${lineRef(context, b.line)})`
      return `- ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL))}${where}`
    })
    if (more > 0) lines.push(`- …and ${more} more`)
    parts.push(
      `**Blockers the status section does not list** (${comparison.newBlockers.length})\n\n${lines.join('\n')}`
    )
  }
  return parts.join('\n\n')
}

function placeholdersSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  const { placeholders } = assessment.reconciliation
  if (placeholders.length === 0) return '**Placeholders:** none left unfilled.'
  const { shown, more } = capList(placeholders, level.listItems)
  const rows = shown.map(
    (p) =>
      `| ${lineNumberRef(context, p.line)} | ${escapeMarkdown(truncate(p.text, 60))} | ${escapeMarkdown(truncate(p.context, 160))} |`
  )
  if (more > 0) rows.push(`| | …and ${more} more | |`)
  return [
    `**Placeholders still unfilled** (${placeholders.length})`,
    ['| Line | Placeholder | Context |', '| :-- | :-- | :-- |', ...rows].join('\n')
  ].join('\n\n')
}

function signOffsSection(assessment: Assessment, context: RenderContext): string {
  const { signOffs } = assessment.reconciliation
  if (signOffs.total === 0) return '**Sign-offs:** the checklist asks for none.'
  const rows = signOffs.roles.map((role) => signOffRow(role, context))
  return [
    `**Sign-offs** · ${signOffs.signed} of ${plural(signOffs.total, 'role')} signed`,
    ['| Role | Signed | Date | Items ticked |', '| :-- | :-- | :-- | --: |', ...rows].join('\n')
  ].join('\n\n')
}

function signOffRow(role: SignOffState, context: RenderContext): string {
  const name = `${escapeMarkdown(truncate(role.role, 120))} (${lineRef(context, role.line)})`
  return `| ${name} | ${field(role.signed)}${SIGN_OFF_VERDICT[role.state]} | ${field(role.date)} | ${role.itemsChecked} / ${role.itemsTotal} |`
}

/** What the approvals say about a signature that names a login (nothing for the others). */
const SIGN_OFF_VERDICT: Record<SignOffState['state'], string> = {
  signed: '',
  unsigned: '',
  claimed: ' — claimed, no approval',
  unverified: ' — unverified (no pull request approval was read)'
}

function field(value: SignatureField): string {
  if (!value.filled || value.value === null) return '—'
  return escapeMarkdown(truncate(value.value, 80))
}
