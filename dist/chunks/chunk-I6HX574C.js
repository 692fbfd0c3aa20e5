import {
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination
} from "./chunk-VV5FSKVF.js";
import {
  DECLARED_STATE_LABEL,
  EFFECT_LABEL,
  MAX_CELL,
  STATUS_LABEL,
  capList
} from "./chunk-4N5CHATA.js";
import {
  codeSpan,
  escapeMarkdown,
  escapeMarkdownKeepingCode
} from "./chunk-V3FOUYSF.js";
import {
  formatDuration
} from "./chunk-3HMP3ZOU.js";
import {
  plural
} from "./chunk-4BUXL3TZ.js";
import {
  truncate
} from "./chunk-IW7HABXN.js";

// src/report/since-last-run.ts
var VERDICT_WORDS = {
  ready: "\u2705 ready",
  "not-ready": "\u274C not ready",
  unassessed: "\u2796 not assessed"
};
function shortCommit(commit) {
  return commit === null ? "an earlier run" : commit.slice(0, 7);
}
function signed(n) {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "\xB10";
}
function titleDelta(history) {
  const delta = history?.delta ?? null;
  if (delta === null) return "";
  const moved = delta.blockers.to - delta.blockers.from;
  return ` (${signed(moved)} since ${shortCommit(delta.since)})`;
}
function sinceLastRunSection(history, context, level) {
  if (history === null) return "";
  const notes2 = history.notes.map((note) => `> ${escapeMarkdown(note)}`).join("\n>\n");
  const delta = history.delta;
  if (delta === null) return notes2;
  const since = codeSpan(shortCommit(delta.since));
  if (delta.unchanged) {
    return [`**Since the last run** (${since}): nothing changed.`, notes2].filter((part) => part !== "").join("\n\n");
  }
  const lines = [
    verdictLine(delta),
    blockersLine(delta),
    validationLine("Newly failing", delta.newlyFailing, level),
    validationLine("Newly passing", delta.newlyPassing, level),
    countsLine(delta, level),
    itemsLine("Ticked", "\u2611", delta.ticked, context, level),
    itemsLine("Unticked", "\u2610", delta.unticked, context, level)
  ].filter((line) => line !== "");
  return [`### Since the last run \xB7 compared with ${since}`, lines.join("\n"), notes2].filter((part) => part !== "").join("\n\n");
}
function verdictLine(delta) {
  const { from, to } = delta.verdict;
  return from === to ? "" : `- Verdict: ${VERDICT_WORDS[from]} \u2192 **${VERDICT_WORDS[to]}**`;
}
function blockersLine(delta) {
  const { from, to } = delta.blockers;
  return from === to ? "" : `- Blockers: ${from} \u2192 **${to}** (${signed(to - from)})`;
}
function validationLine(title, changes, level) {
  if (changes.length === 0) return "";
  const { shown, more } = capList(changes, level.listItems);
  const parts = shown.map((c) => {
    const from = c.from === null ? "new" : statusWords(c.from);
    return `**${escapeMarkdown(truncate(c.name, 120))}** (${from} \u2192 ${statusWords(c.to)})`;
  });
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- ${title}: ${parts.join("; ")}`;
}
function statusWords(status) {
  return STATUS_LABEL[status].replace(/^\S+\s/, "");
}
function countsLine(delta, level) {
  if (delta.counts.length === 0) return "";
  const { shown, more } = capList(delta.counts, level.listItems);
  const parts = shown.map(
    (c) => `${escapeMarkdown(truncate(c.name, 120))}: ${c.from} \u2192 ${c.to} ${escapeMarkdown(c.count)}`
  );
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- Counts: ${parts.join("; ")}`;
}
function itemsLine(title, mark, changes, context, level) {
  if (changes === null || changes.length === 0) return "";
  const { shown, more } = capList(changes, level.listItems);
  const parts = shown.map(
    (c) => c.text === null ? `${mark} an item no longer in the checklist` : `${mark} ${escapeMarkdownKeepingCode(truncate(c.text, MAX_CELL))}${c.line === null ? "" : ` (${lineRef(context, c.line)})`}`
  );
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- ${title} (${changes.length}): ${parts.join("; ")}`;
}
function trendSection(history, level) {
  if (history === null || history.trend.length < 2) return "";
  const points = history.trend;
  const heading = `### Trend \xB7 last ${plural(points.length, "run")}`;
  const parts = [heading];
  if (level.index <= 3) parts.push(trendChart(points));
  parts.push(trendLine(points));
  return parts.join("\n\n");
}
function trendChart(points) {
  const labels = points.map(
    (p, i) => `"${p.commit === null ? `run ${i + 1}` : p.commit.slice(0, 7)}"`
  );
  const top = Math.max(1, ...points.map((p) => Math.max(p.validationsTotal, p.itemsTotal)));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Critical validations passed (first line) and critical items ticked (second line)"',
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "Count" 0 --> ${top}`,
    `  line [${points.map((p) => p.validationsPassed).join(", ")}]`,
    `  line [${points.map((p) => p.itemsTicked).join(", ")}]`,
    "```"
  ].join("\n");
}
function trendLine(points) {
  const validations = points.map((p) => `${p.validationsPassed}/${p.validationsTotal}`).join(" \u2192 ");
  const items = points.map((p) => `${p.itemsTicked}/${p.itemsTotal}`).join(" \u2192 ");
  return `Oldest to newest \u2014 critical validations passed: ${validations} \xB7 critical items ticked: ${items}.`;
}
function staleTicksList(history, context, level) {
  const stale = history?.staleTicks ?? [];
  if (stale.length === 0) return "";
  const { shown, more } = capList(stale, level.listItems);
  const lines = shown.map((tick) => {
    const text2 = escapeMarkdownKeepingCode(truncate(tick.text, MAX_CELL));
    const why = tick.kind === "regressed" ? `regressed since ${codeSpan(shortCommit(tick.since))}` : "never proven: its validation has not passed in the recorded runs";
    const ids = tick.validationIds.map((id) => codeSpan(truncate(id, 120))).join(", ");
    return `- \u2611 ${text2} (${lineRef(context, tick.line)}) \u2014 ${why} (${ids})`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `**Ticked, but the history does not support it**

${lines.join("\n")}`;
}

// src/report/evidence-section.ts
function githubEvidenceSection(assessment, context, level) {
  const { github } = assessment.reconciliation;
  if (github.references.length === 0) return "";
  const contradicted = github.references.filter((check) => check.state === "contradicted");
  const tickIt = github.references.filter(
    (check) => check.state === "tick-it" && github.tickIt.includes(check.line)
  );
  const unverified = github.references.filter((check) => check.state === "unverified");
  const agreeing = github.references.length - contradicted.length - tickIt.length - unverified.length;
  const parts = [
    checkList("**Ticked, contradicted by GitHub**", contradicted, "\u2611", context, level),
    checkList("**Done on GitHub \u2014 tick it**", tickIt, "\u2610", context, level)
  ];
  if (unverified.length > 0) {
    const list = checkList("", unverified, "?", context, level).trimStart();
    parts.push(
      `<details>
<summary>${plural(unverified.length, "reference")} GitHub did not confirm</summary>

${list}

</details>`
    );
  }
  const consulted = github.consulted ? `${plural(github.references.length, "reference")} to GitHub checked in ${plural(github.apiCalls, "API call")}; ${agreeing} agree with their tick.` : `${plural(github.references.length, "reference")} to GitHub not checked: GitHub was not consulted.`;
  parts.push(`**GitHub evidence:** ${consulted}`);
  return parts.filter((part) => part !== "").join("\n\n");
}
function checkList(title, checks, mark, context, level) {
  if (checks.length === 0) return "";
  const { shown, more } = capList(checks, level.listItems);
  const lines = shown.map((check) => {
    const text2 = escapeMarkdownKeepingCode(truncate(check.itemText, MAX_CELL));
    const evidence = escapeMarkdown(truncate(check.evidence, MAX_CELL));
    const linked = check.url !== null && /^https:\/\//.test(check.url) ? `[${evidence}](${linkDestination(check.url)})` : evidence;
    return `- ${mark} ${text2} (${lineRef(context, check.line)}) \u2014 ${linked}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return title === "" ? lines.join("\n") : `${title} (${checks.length})

${lines.join("\n")}`;
}

// src/report/reconciliation.ts
function reconciliationSection(assessment, context, level, history = null) {
  const { reconciliation } = assessment;
  return [
    "### Checklist vs. evidence",
    mismatchList(
      "**Ticked, but failing now**",
      reconciliation.claimedDoneFailing,
      "\u2611",
      context,
      level
    ),
    mismatchList("**Passing now \u2014 tick it**", reconciliation.passesTickIt, "\u2610", context, level),
    staleTicksList(history, context, level),
    unverifiedClaimsList(assessment, context, level),
    noMismatches(assessment),
    githubEvidenceSection(assessment, context, level),
    declaredSection(assessment, context, level),
    placeholdersSection(assessment, context, level),
    signOffsSection(assessment, context)
  ].filter((block) => block !== "").join("\n\n");
}
function mismatchList(title, mismatches, mark, context, level) {
  if (mismatches.length === 0) return "";
  const { shown, more } = capList(mismatches, level.listItems);
  const lines = shown.map((item) => {
    const evidence = item.validations.map(
      (v) => `${STATUS_LABEL[v.status]}: ${escapeMarkdown(truncate(v.name, 120))} \u2014 ${escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL))}`
    ).join("; ");
    const text2 = escapeMarkdownKeepingCode(truncate(item.text, MAX_CELL));
    return `- ${mark} ${text2} (${lineRef(context, item.line)}) \u2014 ${evidence}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `${title} (${mismatches.length})

${lines.join("\n")}`;
}
var OPEN_CLAIMS = 5;
function unverifiedClaimsList(assessment, context, level) {
  const claims = assessment.reconciliation.unverifiedClaims;
  if (claims.length === 0) return "";
  const { shown, more } = capList(claims, level.listItems);
  const lines = shown.map((claim) => {
    const text2 = escapeMarkdownKeepingCode(truncate(claim.text, MAX_CELL));
    const why = claim.why === "refused" && claim.effect !== null ? `refused (_${EFFECT_LABEL[claim.effect]}_): ${escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL))}` : escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL));
    return `- \u2611 ${text2} (${lineRef(context, claim.line)}) \u2014 ${codeSpan(truncate(claim.command, MAX_CELL))}: ${why}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  const title = `**Ticked, but nothing checks it** (${claims.length})`;
  if (claims.length <= OPEN_CLAIMS) return `${title}

${lines.join("\n")}`;
  return `${title}

<details>
<summary>${plural(claims.length, "unverified claim")}</summary>

${lines.join("\n")}

</details>`;
}
function noMismatches(assessment) {
  const { claimedDoneFailing, passesTickIt } = assessment.reconciliation;
  if (claimedDoneFailing.length > 0 || passesTickIt.length > 0) return "";
  if (!assessment.validationsRun) return "Ticks were not compared with validations: none were run.";
  return "Every tick agrees with its validations (no ticked item fails, no unticked item is already proven).";
}
function declaredSection(assessment, context, level) {
  const comparison = assessment.reconciliation.declared;
  const { declared } = comparison;
  if (declared === null) return "**Declared status:** the checklist has no status section.";
  const computed = { ready: "ready", "not-ready": "not ready", unassessed: "not assessed" }[assessment.verdict];
  const said = declared.overallReadiness === null ? "no readiness" : `**${escapeMarkdown(declared.overallReadiness)}**`;
  const verdictWords = {
    agrees: "they agree.",
    "declared-ready-but-not-ready": "they disagree.",
    "declared-not-ready-but-ready": "they disagree.",
    "not-comparable": "they cannot be compared."
  }[comparison.agreement];
  const parts = [
    `**Declared status:** the checklist declares ${said} (${lineRef(context, declared.line)}); the gate finds it **${computed}** \u2014 ${verdictWords}`
  ];
  if (comparison.blockers.length > 0) {
    const { shown, more } = capList(comparison.blockers, level.listItems);
    const rows = shown.map(
      (b) => `| ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL), { inTable: true })} | ${lineNumberRef(context, b.line)} | ${DECLARED_STATE_LABEL[b.state]} | ${b.evidence === null ? "nothing checks it" : escapeMarkdownKeepingCode(truncate(b.evidence, MAX_CELL), { inTable: true })} |`
    );
    if (more > 0) rows.push(`| \u2026and ${more} more | | | |`);
    parts.push(
      ["| Declared blocker | Line | Now | Evidence |", "| :-- | --: | :-- | :-- |", ...rows].join(
        "\n"
      )
    );
  }
  if (comparison.newBlockers.length > 0) {
    const { shown, more } = capList(comparison.newBlockers, level.listItems);
    const lines = shown.map((b) => {
      const where = b.line === null ? "" : ` (${lineRef(context, b.line)})`;
      return `- ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL))}${where}`;
    });
    if (more > 0) lines.push(`- \u2026and ${more} more`);
    parts.push(
      `**Blockers the status section does not list** (${comparison.newBlockers.length})

${lines.join("\n")}`
    );
  }
  return parts.join("\n\n");
}
function placeholdersSection(assessment, context, level) {
  const { placeholders } = assessment.reconciliation;
  if (placeholders.length === 0) return "**Placeholders:** none left unfilled.";
  const { shown, more } = capList(placeholders, level.listItems);
  const rows = shown.map(
    (p) => `| ${lineNumberRef(context, p.line)} | ${escapeMarkdown(truncate(p.text, 60))} | ${escapeMarkdown(truncate(p.context, 160))} |`
  );
  if (more > 0) rows.push(`| | \u2026and ${more} more | |`);
  return [
    `**Placeholders still unfilled** (${placeholders.length})`,
    ["| Line | Placeholder | Context |", "| :-- | :-- | :-- |", ...rows].join("\n")
  ].join("\n\n");
}
function signOffsSection(assessment, context) {
  const { signOffs } = assessment.reconciliation;
  if (signOffs.total === 0) return "**Sign-offs:** the checklist asks for none.";
  const rows = signOffs.roles.map((role) => signOffRow(role, context));
  return [
    `**Sign-offs** \xB7 ${signOffs.signed} of ${plural(signOffs.total, "role")} signed`,
    ["| Role | Signed | Date | Items ticked |", "| :-- | :-- | :-- | --: |", ...rows].join("\n")
  ].join("\n\n");
}
function signOffRow(role, context) {
  const name = `${escapeMarkdown(truncate(role.role, 120))} (${lineRef(context, role.line)})`;
  return `| ${name} | ${field(role.signed)}${SIGN_OFF_VERDICT[role.state]} | ${field(role.date)} | ${role.itemsChecked} / ${role.itemsTotal} |`;
}
var SIGN_OFF_VERDICT = {
  signed: "",
  unsigned: "",
  claimed: " \u2014 claimed, no approval",
  unverified: " \u2014 unverified (no pull request approval was read)"
};
function field(value) {
  if (!value.filled || value.value === null) return "\u2014";
  return escapeMarkdown(truncate(value.value, 80));
}

// src/report/comparison.ts
function comparisonSection(assessment, context, level) {
  return [
    changesBlock(assessment.comparison, context, level),
    waiversBlock(assessment, context, level)
  ].filter((block) => block !== "").join("\n\n");
}
var ITEM_CHANGE_LABEL = {
  removed: "Critical item removed",
  demoted: "Critical item moved out of the critical phase",
  reworded: "Critical item reworded"
};
function changesBlock(comparison, context, level) {
  if (comparison === void 0) return "";
  const ref = codeSpan(shortRef(comparison.ref ?? ""));
  const from = comparison.source === "api" ? " (read through the GitHub API)" : "";
  if (comparison.state === "skipped") {
    return `### Changes since the base

Not compared: ${escapeMarkdown(comparison.reason ?? "")}.`;
  }
  if (comparison.state === "new") {
    return `### Changes since the base

The checklist does not exist at ${ref}${from}: it is new, so nothing was removed.`;
  }
  const lines = [];
  for (const change of comparison.items) {
    const base = `base line ${change.base.line}: ${text(change.base.text)}`;
    const head = change.head === null ? `near ${lineRef(context, change.anchorLine)}` : `now ${lineRef(context, change.head.line)}: ${text(change.head.text)}`;
    const waiver = change.waiver === null ? "" : change.waiver.valid ? ` \u2014 waived (${escapeMarkdown(change.waiver.why)})` : ` \u2014 waiver does not hold: ${escapeMarkdown(change.waiver.why)}`;
    lines.push(
      `- **${ITEM_CHANGE_LABEL[change.kind]}** (${escapeMarkdown(change.detail)}): ${base}; ${head}${waiver}`
    );
  }
  for (const command of comparison.commands) {
    const label = command.kind === "removed" ? "Verify command removed" : "Verify command weakened";
    const now = command.head === null ? `gone (${text(command.item.text)})` : `now ${codeSpan(command.head.text)} at ${lineRef(context, command.head.line)}`;
    const lost = command.kind === "weakened" ? ` \u2014 lost ${command.lost.map((flag) => codeSpan(flag)).join(", ")}` : "";
    lines.push(
      `- **${label}**: base line ${command.base.line} ${codeSpan(command.base.text)}; ${now}${lost}`
    );
  }
  for (const step of comparison.scriptSteps) {
    lines.push(
      `- **Validation script step removed**: base line ${step.base.line} ${codeSpan(step.base.text)} (script now at ${lineRef(context, step.anchorLine)})`
    );
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === "ticked" && (tick.evidence === "proven" || tick.evidence === "waived"))
      continue;
    const label = tick.kind === "unticked" ? "Unticked here" : tick.evidence === "failing" ? "Ticked here, its validation fails" : "Ticked here, unproven";
    lines.push(
      `- **${label}**: ${text(tick.text)} \u2014 ${lineRef(context, tick.headLine)} (base line ${tick.baseLine})`
    );
  }
  const proven = comparison.ticks.filter(
    (tick) => tick.kind === "ticked" && tick.evidence === "proven"
  ).length;
  if (lines.length === 0) {
    return `### Changes since the base

Compared with ${ref}${from}: no critical item, Verify command or script step was removed or weakened.${provenNote(proven)}`;
  }
  const { shown, more } = capList(lines, level.listItems);
  const rest = more > 0 ? `

\u2026and ${plural(more, "more change")} (the JSON report has them all).` : "";
  return `### Changes since the base

Compared with ${ref}${from}:

${shown.join("\n")}${rest}${provenNote(proven)}`;
}
function provenNote(proven) {
  return proven === 0 ? "" : `

${plural(proven, "item")} ticked here with a validation that passes now.`;
}
function waiversBlock(assessment, context, level) {
  const waivers = assessment.waivers ?? [];
  if (waivers.length === 0) return "";
  const { shown, more } = capList(waivers, level.listItems);
  const lines = shown.map((waiver) => waiverLine(waiver, context));
  const rest = more > 0 ? `

\u2026and ${plural(more, "more waiver")}.` : "";
  return `### Waivers

${lines.join("\n")}${rest}`;
}
function waiverLine(waiver, context) {
  const mark = waiver.valid ? "\u2705 holds" : "\u274C does not hold";
  const where = waiver.line !== null ? lineRef(context, waiver.line) : waiver.configLine !== null ? `config line ${waiver.configLine} (removed item)` : "removed item";
  const from = waiver.source === "config" ? " (config)" : "";
  const reason = waiver.reason === null ? "" : ` \u2014 ${escapeMarkdown(truncate(waiver.reason, MAX_CELL))}`;
  return `- ${mark}: ${text(waiver.subject)}${reason}${from} \xB7 ${where} \u2014 ${escapeMarkdown(waiver.why)}`;
}
function text(value) {
  return `\u201C${escapeMarkdownKeepingCode(truncate(value, MAX_CELL))}\u201D`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

// src/report/overview.ts
function renderOverview(assessment, context, level, history = null) {
  return [
    headline(assessment, context),
    sinceLastRunSection(history, context, level),
    gateLine(assessment),
    notes(assessment),
    agreementCallout(assessment, context),
    blockersSection(assessment, context, level),
    comparisonSection(assessment, context, level),
    validationsSection(assessment, context, level),
    progressSection(assessment, level),
    trendSection(history, level),
    reconciliationSection(assessment, context, level, history)
  ].filter((block) => block !== "").join("\n\n");
}
function verdictTitle(assessment) {
  switch (assessment.verdict) {
    case "ready":
      return "Ready";
    case "not-ready":
      return `Not ready: ${plural(assessment.blockers.length, "blocker")}`;
    case "unassessed":
      return assessment.validationsRun ? "Not assessed: nothing gates readiness" : "Not assessed: validations were not run";
  }
}
var VERDICT_MARK = { ready: "\u2705", "not-ready": "\u274C", unassessed: "\u2796" };
function headline(assessment, context) {
  const facts = [`**${escapeMarkdown(context.checkName)}**`];
  facts.push(`checklist ${codeSpan(context.checklistPath)}`);
  if (context.sha !== null) facts.push(`commit ${codeSpan(context.sha.slice(0, 7))}`);
  if (context.ref !== null && context.sha === null) facts.push(`ref ${codeSpan(context.ref)}`);
  if (context.runUrl !== null) facts.push(`[workflow run](${linkDestination(context.runUrl)})`);
  const title = verdictTitle(assessment).replace(": ", " \u2014 ");
  return `## ${VERDICT_MARK[assessment.verdict]} ${title}

${facts.join(" \xB7 ")}`;
}
function gateLine(assessment) {
  const parts = [];
  if (assessment.basis.validations) {
    const critical = assessment.validations.filter((v) => v.critical);
    const passed = critical.filter((v) => v.status === "passed").length;
    parts.push(`${passed} of ${plural(critical.length, "critical validation")} passed`);
  }
  if (assessment.basis.items) {
    const critical = assessment.priorities.find((p) => p.level === "critical");
    const ticked = critical?.checked ?? 0;
    parts.push(`${ticked} of ${plural(critical?.total ?? 0, "critical checklist item")} ticked`);
  }
  return parts.length === 0 ? "" : `Gate: ${parts.join("; ")}.`;
}
function notes(assessment) {
  if (assessment.notes.length === 0) return "";
  return assessment.notes.map((note) => `> ${escapeMarkdown(note)}`).join("\n>\n");
}
function agreementCallout(assessment, context) {
  const { declared, agreement } = assessment.reconciliation.declared;
  if (declared === null) return "";
  const said = `**${escapeMarkdown(declared.overallReadiness ?? "")}** (${lineRef(context, declared.line)})`;
  if (agreement === "declared-ready-but-not-ready") {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but the gate finds it **not ready**.`;
  }
  if (agreement === "declared-not-ready-but-ready") {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but every gating check passes now: update its status.`;
  }
  return "";
}
function blockersSection(assessment, context, level) {
  if (assessment.blockers.length === 0) return "";
  const { shown, more } = capList(assessment.blockers, level.listItems);
  const lines = shown.map((blocker, i) => `${i + 1}. ${blockerLine(blocker, context, level)}`);
  if (more > 0) lines.push(`
\u2026and ${plural(more, "more blocker")}.`);
  return `### Blockers

${lines.join("\n")}`;
}
function blockerLine(blocker, context, level) {
  if (blocker.kind === "validation") {
    const where = blocker.line === null ? "" : ` \xB7 ${lineRef(context, blocker.line)}`;
    const finding = escapeMarkdownKeepingCode(truncate(blocker.keyFinding, MAX_CELL));
    const hint = blocker.hint === null ? "" : `<br>Hint: ${escapeMarkdownKeepingCode(truncate(blocker.hint, MAX_CELL))}`;
    return `${STATUS_LABEL[blocker.status]}: **${escapeMarkdown(blocker.validationName)}** \u2014 ${finding}${where}${hint}`;
  }
  if (blocker.kind === "github-contradiction") {
    const text3 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
    const evidence = escapeMarkdown(truncate(blocker.evidence, MAX_CELL));
    return `\u2611 **${text3}** \u2014 ticked, contradicted by GitHub: ${evidence} \xB7 ${lineRef(context, blocker.line)}`;
  }
  if (blocker.kind !== "unchecked-items") return changeBlockerLine(blocker, context);
  const count = blocker.totalCount === 1 ? "unchecked" : `${blocker.uncheckedCount} of ${blocker.totalCount} unchecked`;
  const text2 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
  return `\u2610 **${text2}** \u2014 ${count} \xB7 ${escapeMarkdown(blocker.phase)} \xB7 ${linesRef(context, blocker.uncheckedLines, level.listItems)}`;
}
function changeBlockerLine(blocker, context) {
  const text2 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
  if (blocker.kind === "waiver") {
    const why = escapeMarkdown(truncate(blocker.why, MAX_CELL));
    return `\u26A0\uFE0F Waiver does not hold: **${text2}** \u2014 ${why} \xB7 ${lineRef(context, blocker.line)}`;
  }
  const what = blocker.change === "removed" ? "removed" : "moved out of the critical phase";
  const waiver = blocker.waiverProblems === null ? " \u2014 no waiver" : " \u2014 its waiver does not hold";
  return `\u2796 Critical item ${what}: **${text2}** (base line ${blocker.baseLine})${waiver} \xB7 ${lineRef(context, blocker.line)}`;
}
function validationsSection(assessment, context, level) {
  const all = assessment.validations;
  if (all.length === 0 && assessment.refused.length === 0) {
    return "### Validations\n\nThe checklist plans no validation: no command proves it.";
  }
  const passed = all.filter((v) => v.status === "passed").length;
  const { shown, more } = capList(all, level.listItems);
  const rows = shown.map((v) => validationRow(v));
  if (more > 0) rows.push(`| | \u2026and ${plural(more, "more validation")} | | |`);
  const table = all.length === 0 ? "" : ["| Result | Validation | Time | Key finding |", "| :-- | :-- | --: | :-- |", ...rows].join(
    "\n"
  );
  const parts = [`### Validations \xB7 ${passed} of ${all.length} passed`, table];
  parts.push(refusedList(assessment, context, level));
  return parts.filter((part) => part !== "").join("\n\n");
}
function validationRow(v) {
  const name = escapeMarkdown(truncate(v.name, 120)) + (v.critical ? "" : " _(not critical)_");
  const summary = escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL), { inTable: true });
  return `| ${STATUS_LABEL[v.status]} | ${name} | ${formatDuration(v.durationMs)} | ${summary} |`;
}
function refusedList(assessment, context, level) {
  if (assessment.refused.length === 0) return "";
  const { shown, more } = capList(assessment.refused, level.listItems);
  const lines = shown.map((refused) => {
    const where = refused.line === null ? "" : ` (${lineRef(context, refused.line)})`;
    const command = codeSpan(truncate(refused.command, MAX_CELL));
    return `- ${command}${where} \u2014 _${EFFECT_LABEL[refused.effect]}_: ${escapeMarkdownKeepingCode(truncate(refused.reason, MAX_CELL))}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `Not run, by design (${assessment.refused.length}):

${lines.join("\n")}`;
}
function progressSection(assessment, level) {
  const { checklist, phases, priorities } = assessment;
  const heading = `### Checklist progress \xB7 ${checklist.checked} of ${plural(checklist.items, "item")} ticked`;
  if (phases.length === 0) return `${heading}

The checklist has no phases.`;
  const { shown, more } = capList(phases, level.listItems);
  const rows = shown.map((phase) => {
    const name = escapeMarkdown(
      truncate(phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`, 120)
    );
    const label = phase.priority.label === null ? "" : ` (${escapeMarkdown(phase.priority.label)})`;
    return `| ${name} | ${phase.priority.level}${label} | ${phase.checked} / ${phase.total} | ${phase.percent} % |`;
  });
  if (more > 0) rows.push(`| \u2026and ${plural(more, "more phase")} | | | |`);
  const byPriority = priorities.map((p) => `${p.level} ${p.checked} / ${p.total}`).join(" \xB7 ");
  return [
    heading,
    ["| Phase | Priority | Ticked | Done |", "| :-- | :-- | --: | --: |", ...rows].join("\n"),
    `By priority: ${byPriority}.`
  ].join("\n\n");
}

export {
  titleDelta,
  renderOverview,
  verdictTitle
};
//# sourceMappingURL=chunk-I6HX574C.js.map
