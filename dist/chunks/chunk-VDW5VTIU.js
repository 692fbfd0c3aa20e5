import {
  formatDuration
} from "./chunk-3HMP3ZOU.js";

// src/log/run-log.ts
function runLog(logger, options) {
  return {
    planned: (plan) => {
      logger.untrusted(formatPlan(plan));
    },
    started: (validation) => {
      logger.untrusted(formatStarted(validation));
    },
    finished: (validation, result) => {
      const text = formatFinished(validation, result);
      if (!options.showOutput) {
        logger.untrusted(text);
        return;
      }
      logger.startGroup(text.split("\n")[0] ?? validation.name);
      logger.untrusted(`${text}${capturedOutput(result)}`);
      logger.endGroup();
    }
  };
}
function capturedOutput(result) {
  const { head, tail, truncated, totalBytes } = result.output;
  const parts = [head];
  if (truncated) parts.push(`\u2026 ${totalBytes} bytes in all; the last part follows \u2026`);
  if (tail !== "") parts.push(tail);
  return parts.map((part) => part.endsWith("\n") ? part : `${part}
`).join("");
}
var STATUS_WORD = {
  passed: "PASS",
  failed: "FAIL",
  "timed-out": "TIMEOUT",
  "missing-tool": "MISSING",
  unassessable: "COULD NOT ASSESS",
  "modified-tree": "CHANGED TREE",
  error: "ERROR",
  skipped: "SKIP"
};
function formatPlan(plan) {
  const lines = [
    `Planned ${plan.validations.length} validation(s) from ${plan.source === "script" ? `the validation script (line ${plan.scriptLine ?? "?"})` : plan.source}:`
  ];
  for (const v of plan.validations) {
    const where = v.cwd === "." ? "" : ` (in ${v.cwd})`;
    const kind = v.kind === void 0 ? "" : ` [${v.kind}]`;
    lines.push(`  - ${v.name}${kind}${where}: ${v.command.split("\n").join(" ; ")}`);
  }
  for (const refused of plan.refused) {
    lines.push(
      `  - not run (${refused.effect}): ${refused.command}${refused.line === null ? "" : ` (line ${refused.line})`} \u2014 ${refused.reason}`
    );
  }
  return `${lines.join("\n")}
`;
}
function formatStarted(validation) {
  return `\u25B6 ${validation.name}
`;
}
function formatFinished(validation, result) {
  const lines = [
    `${STATUS_WORD[result.status]} ${validation.name} in ${formatDuration(result.durationMs)} \u2014 ${result.report.summary}`
  ];
  if (result.hint !== null) lines.push(`     hint: ${result.hint}`);
  for (const finding of result.report.findings.slice(0, 5)) {
    const where = finding.file === void 0 || finding.kind === "tree-change" ? "" : `${finding.file}${finding.line === void 0 ? "" : `:${finding.line}`}: `;
    const code = finding.code === void 0 ? "" : `[${finding.code}] `;
    lines.push(`     ${where}${code}${finding.message}`);
  }
  const more = result.report.findings.length + result.report.droppedFindings - 5;
  if (more > 0) lines.push(`     \u2026 and ${more} more finding(s)`);
  return `${lines.join("\n")}
`;
}
var VERDICT_WORD = { ready: "READY", "not-ready": "NOT READY", unassessed: "NOT ASSESSED" };
function formatVerdict(outcome) {
  const { assessment } = outcome;
  const lines = ["", VERDICT_WORD[assessment.verdict]];
  for (const blocker of assessment.blockers) lines.push(`  - ${blocker.text}`);
  for (const note of assessment.notes) lines.push(`  note: ${note}`);
  const claims = assessment.reconciliation.unverifiedClaims;
  if (claims.length > 0) {
    lines.push(`  Ticked, but nothing checks it (${claims.length}):`);
    for (const claim of claims.slice(0, 20)) {
      const why = claim.why === "refused" ? `refused (${claim.effect ?? "?"}): ${claim.reason}` : claim.reason;
      lines.push(`  - line ${claim.line}: ${claim.command} \u2014 ${why}`);
    }
    if (claims.length > 20) lines.push(`  - \u2026 and ${claims.length - 20} more (see the JSON report)`);
  }
  return `${lines.join("\n")}
`;
}

export {
  runLog,
  formatPlan,
  formatStarted,
  formatFinished,
  formatVerdict
};
//# sourceMappingURL=chunk-VDW5VTIU.js.map
