import {
  CHECK_RUN_OUTPUT_MAX_BYTES,
  COMMENT_BODY_MAX_CHARS,
  EXIT_CODES,
  JOB_SUMMARY_MAX_BYTES,
  STATUS_DESCRIPTION_MAX_CHARS,
  escapeMarkdown
} from "./chunk-V3FOUYSF.js";
import {
  maskSecrets
} from "./chunk-EOIRXPSJ.js";
import {
  validationBlockers
} from "./chunk-TEHS7H5E.js";
import {
  errorMessage,
  isConfigurationError
} from "./chunk-7JUYCF5G.js";
import {
  truncate
} from "./chunk-IW7HABXN.js";

// src/report/budget.ts
var COMMENT_BUDGET = COMMENT_BODY_MAX_CHARS - 200;
var BUDGETS = {
  /** Issue comment body, minus the marker line. */
  comment: { limit: COMMENT_BUDGET, unit: "chars" },
  checkSummary: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: "bytes" },
  checkText: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: "bytes" },
  jobSummary: { limit: JOB_SUMMARY_MAX_BYTES, unit: "bytes" },
  statusDescription: { limit: STATUS_DESCRIPTION_MAX_CHARS, unit: "chars" }
};
var TRUNCATION_NOTE = "> **Note:** report truncated; full JSON report in the artifact/report file.";
function measure(text, unit) {
  return unit === "chars" ? text.length : Buffer.byteLength(text, "utf8");
}
function fits(text, budget) {
  if (budget.unit === "bytes" && text.length * 3 <= budget.limit) return true;
  return measure(text, budget.unit) <= budget.limit;
}
function trimToBudget(markdown, budget) {
  if (fits(markdown, budget)) return markdown;
  const note = `

${TRUNCATION_NOTE}
`;
  const available = budget.limit - measure(note, budget.unit);
  const lines = markdown.split("\n");
  const state = { fence: null, details: 0 };
  let used = 0;
  let best = { lines: 0, closing: "" };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    used += measure(line, budget.unit) + (i === 0 ? 0 : 1);
    if (used > available) break;
    track(line, state);
    const closing = closingFor(state);
    if (used + measure(closing, budget.unit) <= available) best = { lines: i + 1, closing };
  }
  return `${lines.slice(0, best.lines).join("\n")}${best.closing}${note}`;
}
function fitLine(text, limit) {
  return truncate(text.replace(/\s+/g, " ").trim(), limit);
}
var FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
function track(line, state) {
  if (state.fence !== null) {
    const fence = state.fence;
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    if (close.test(line)) state.fence = null;
    return;
  }
  const open = FENCE_OPEN.exec(line);
  if (open !== null) {
    state.fence = open[1];
    return;
  }
  const tag = line.trim();
  if (/^<details(?:\s[^>]*)?>$/i.test(tag)) state.details++;
  else if (/^<\/details>$/i.test(tag) && state.details > 0) state.details--;
}
function closingFor(state) {
  const fence = state.fence === null ? "" : `
${state.fence}`;
  return `${fence}${"\n\n</details>".repeat(state.details)}`;
}

// src/verdict-outputs.ts
function verdictOutcome(assessment, failOn, reportPath) {
  const fails = !assessment.ready && failOn === "not-ready";
  return {
    verdict: assessment.verdict,
    ready: assessment.ready,
    conclusion: conclusionOf(assessment),
    fails,
    exitCode: fails ? EXIT_CODES.notReady : EXIT_CODES.ready,
    outputs: {
      ready: assessment.ready ? "true" : "false",
      verdict: assessment.verdict,
      "report-path": reportPath,
      blockers: String(assessment.blockers.length),
      "failed-validations": String(failedValidations(assessment)),
      "checked-items": String(assessment.checklist.checked),
      "total-items": String(assessment.checklist.items),
      placeholders: String(assessment.reconciliation.placeholders.length)
    }
  };
}
function conclusionOf(assessment) {
  return assessment.verdict === "ready" ? "success" : "failure";
}
function failedValidations(assessment) {
  return assessment.validationsRun ? validationBlockers(assessment.validations).length : 0;
}
function failureOutcome(error, secrets = []) {
  const configuration = isConfigurationError(error);
  const message = maskSecrets(errorMessage(error).split("\n")[0] ?? "unknown error", secrets);
  const title = configuration ? "Readiness could not be assessed: configuration error" : "Readiness could not be assessed: internal error";
  const body = trimToBudget(`## ${title}

${escapeMarkdown(message)}
`, BUDGETS.checkSummary);
  return {
    kind: configuration ? "configuration" : "internal",
    message,
    exitCode: configuration ? EXIT_CODES.usage : EXIT_CODES.internal,
    outputs: { ready: "false", verdict: "error", "report-path": "" },
    report: {
      conclusion: "failure",
      title,
      checkSummary: body,
      checkText: "",
      comment: body,
      jobSummary: body,
      statusDescription: fitLine(title, BUDGETS.statusDescription.limit),
      annotations: []
    }
  };
}

export {
  COMMENT_BUDGET,
  BUDGETS,
  fits,
  trimToBudget,
  fitLine,
  verdictOutcome,
  conclusionOf,
  failedValidations,
  failureOutcome
};
//# sourceMappingURL=chunk-5NFRVODJ.js.map
