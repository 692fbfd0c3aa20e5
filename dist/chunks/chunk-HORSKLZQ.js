// src/cli/terminal.ts
var STATUS_WORD = {
  passed: "PASS",
  failed: "FAIL",
  "timed-out": "TIMEOUT",
  "missing-tool": "MISSING",
  error: "ERROR",
  skipped: "SKIP"
};
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  const minutes = Math.floor(ms / 6e4);
  return `${minutes}m${Math.round(ms % 6e4 / 1e3)}s`;
}
function formatPlan(plan) {
  const lines = [
    `Planned ${plan.validations.length} validation(s) from ${plan.source === "script" ? `the validation script (line ${plan.scriptLine ?? "?"})` : plan.source}:`
  ];
  for (const v of plan.validations) {
    const where = v.cwd === "." ? "" : ` (in ${v.cwd})`;
    lines.push(`  - ${v.name}${where}: ${v.command.split("\n").join(" ; ")}`);
  }
  for (const refused of plan.refused) {
    lines.push(
      `  - not run: ${refused.command}${refused.line === null ? "" : ` (line ${refused.line})`} \u2014 ${refused.reason}`
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
    const where = finding.file === void 0 ? "" : `${finding.file}${finding.line === void 0 ? "" : `:${finding.line}`}: `;
    const code = finding.code === void 0 ? "" : `[${finding.code}] `;
    lines.push(`     ${where}${code}${finding.message}`);
  }
  const more = result.report.findings.length + result.report.droppedFindings - 5;
  if (more > 0) lines.push(`     \u2026 and ${more} more finding(s)`);
  return `${lines.join("\n")}
`;
}
function formatVerdict(outcome) {
  const { assessment } = outcome;
  const lines = ["", assessment.ready ? "READY" : "NOT READY"];
  for (const blocker of assessment.blockers) lines.push(`  - ${blocker.text}`);
  if (outcome.notRunReason !== null) lines.push(`  (validations not run: ${outcome.notRunReason})`);
  return `${lines.join("\n")}
`;
}

export {
  formatDuration,
  formatPlan,
  formatStarted,
  formatFinished,
  formatVerdict
};
