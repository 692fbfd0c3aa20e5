import {
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination
} from "./chunk-LFPFDL7P.js";
import {
  DECLARED_STATE_LABEL,
  EFFECT_LABEL,
  MAX_CELL,
  STATUS_LABEL,
  capList,
  formatDuration,
  plural
} from "./chunk-QVUAMLGH.js";
import {
  codeSpan,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  truncate
} from "./chunk-AD2LMMWH.js";

// src/report/reconciliation.ts
function reconciliationSection(assessment, context, level) {
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
    unverifiedClaimsList(assessment, context, level),
    noMismatches(assessment),
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
    const text = escapeMarkdownKeepingCode(truncate(item.text, MAX_CELL));
    return `- ${mark} ${text} (${lineRef(context, item.line)}) \u2014 ${evidence}`;
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
    const text = escapeMarkdownKeepingCode(truncate(claim.text, MAX_CELL));
    const why = claim.why === "refused" && claim.effect !== null ? `refused (_${EFFECT_LABEL[claim.effect]}_): ${escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL))}` : escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL));
    return `- \u2611 ${text} (${lineRef(context, claim.line)}) \u2014 ${codeSpan(truncate(claim.command, MAX_CELL))}: ${why}`;
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
  return `| ${name} | ${field(role.signed)} | ${field(role.date)} | ${role.itemsChecked} / ${role.itemsTotal} |`;
}
function field(value) {
  if (!value.filled || value.value === null) return "\u2014";
  return escapeMarkdown(truncate(value.value, 80));
}

// src/report/overview.ts
function renderOverview(assessment, context, level) {
  return [
    headline(assessment, context),
    gateLine(assessment),
    notes(assessment),
    agreementCallout(assessment, context),
    blockersSection(assessment, context, level),
    validationsSection(assessment, context, level),
    progressSection(assessment, level),
    reconciliationSection(assessment, context, level)
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
  const count = blocker.totalCount === 1 ? "unchecked" : `${blocker.uncheckedCount} of ${blocker.totalCount} unchecked`;
  const text = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
  return `\u2610 **${text}** \u2014 ${count} \xB7 ${escapeMarkdown(blocker.phase)} \xB7 ${linesRef(context, blocker.uncheckedLines, level.listItems)}`;
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
  renderOverview,
  verdictTitle
};
