import {
  VALIDATION_STATUSES
} from "./chunk-FFHQZHR3.js";
import {
  renderOverview,
  titleDelta,
  verdictTitle
} from "./chunk-I6HX574C.js";
import {
  fileLineUrl,
  lineRef,
  linkDestination
} from "./chunk-VV5FSKVF.js";
import {
  MAX_CELL,
  STATUS_LABEL,
  capList,
  formatBytes
} from "./chunk-4N5CHATA.js";
import {
  DEFAULT_MAX_ANNOTATIONS,
  repositoryPath,
  selectAnnotations
} from "./chunk-SWNQML2K.js";
import {
  BUDGETS,
  COMMENT_BUDGET,
  conclusionOf,
  fitLine,
  fits,
  trimToBudget
} from "./chunk-5NFRVODJ.js";
import {
  cleanText,
  codeFence,
  codeSpan,
  escapeHtml,
  escapeHtmlKeepingCode,
  escapeMarkdown,
  escapeMarkdownKeepingCode
} from "./chunk-V3FOUYSF.js";
import {
  formatDuration
} from "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import {
  assertMasked
} from "./chunk-EOIRXPSJ.js";
import {
  plural
} from "./chunk-4BUXL3TZ.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-7JUYCF5G.js";
import {
  trimTrailing,
  truncate
} from "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";

// src/report/details.ts
function renderDetails(validations, context, level) {
  if (validations.length === 0) return "### Details\n\nNo validation was planned.";
  const shown = validations.filter((v) => level.passingDetails || v.status !== "passed");
  const blocks = shown.map((v) => validationDetails(v, context, level));
  const omitted = validations.length - shown.length;
  if (omitted > 0) {
    blocks.push(`_Details of ${plural(omitted, "passing validation")} left out to fit._`);
  }
  if (level.index > 0) {
    blocks.push("_Some details were shortened to fit; the JSON report has everything._");
  }
  if (shown.length === 0 && omitted === 0) blocks.push("Nothing to show.");
  return `### Details

${blocks.join("\n\n")}`;
}
function validationDetails(v, context, level) {
  const summaryLine = [
    `${STATUS_LABEL[v.status]} <b>${escapeHtml(truncate(v.name, 120))}</b>`,
    formatDuration(v.durationMs),
    escapeHtmlKeepingCode(truncate(v.summary, MAX_CELL))
  ].join(" \xB7 ");
  const body = [
    commandBlock(v, context),
    facts(v),
    findingsTable(v, context, level),
    logTail(v.output, level)
  ].filter((part) => part !== "");
  return `<details>
<summary>${summaryLine}</summary>

${body.join("\n\n")}

</details>`;
}
function commandBlock(v, context) {
  const where2 = [`in ${codeSpan(v.cwd)}`];
  if (v.source.line !== null && v.source.kind !== "config") {
    where2.push(`from checklist ${lineRef(context, v.source.line)}`);
  }
  const label = v.critical ? "critical" : "not critical";
  return `Command (${where2.join(", ")}; ${label}):

${codeFence(v.command, "sh")}`;
}
function facts(v) {
  const parts = [];
  if (v.exitCode !== null) parts.push(`exit code ${v.exitCode}`);
  if (v.signal !== null) parts.push(`killed by ${escapeMarkdown(v.signal)}`);
  if (v.output !== null) parts.push(`${formatBytes(v.output.totalBytes)} of output`);
  const counts = Object.entries(v.counts).map(([name, count]) => `${escapeMarkdown(name)} ${count}`).join(", ");
  if (counts !== "") parts.push(counts);
  const hint = v.hint === null ? "" : `

Hint: ${escapeMarkdownKeepingCode(truncate(v.hint, MAX_CELL))}`;
  return parts.length === 0 && hint === "" ? "" : `${capitalise(parts.join(" \xB7 "))}${hint}`.trim();
}
function findingsTable(v, context, level) {
  const total = v.findings.length + v.droppedFindings;
  if (total === 0) return "";
  const { shown, more } = capList(v.findings, level.findings);
  const left = more + v.droppedFindings;
  const note = left > 0 ? `\u2026and ${plural(left, "more finding")}${v.droppedFindings > 0 ? "" : " (the JSON report has them all)"}.` : "";
  if (shown.length === 0) return `${plural(total, "finding")}; ${note}`;
  const rows = shown.map((finding) => {
    const code = finding.code === void 0 ? "" : codeSpan(finding.code, { inTable: true });
    const message = escapeMarkdownKeepingCode(truncate(findingMessage(finding), MAX_CELL), {
      inTable: true
    });
    return `| ${finding.severity} | ${where(finding, v.cwd, context)} | ${code} | ${message} |`;
  });
  const table = ["| Level | Where | Code | Message |", "| :-- | :-- | :-- | :-- |", ...rows];
  return [`Findings (${total}):`, table.join("\n"), note].filter((p) => p !== "").join("\n\n");
}
function where(finding, cwd, context) {
  if (finding.file !== void 0) {
    const position = [finding.line, finding.column].filter((n) => n !== void 0).join(":");
    const location = position === "" ? finding.file : `${finding.file}:${position}`;
    const code = codeSpan(truncate(location, 200), { inTable: true });
    const file = repositoryPath(finding.file, cwd, context);
    const url = file === null ? null : fileLineUrl(context, file, finding.line ?? 1);
    return url === null ? code : `[${code}](${linkDestination(url)})`;
  }
  if (finding.package !== void 0) {
    const pkg = finding.version === void 0 ? finding.package : `${finding.package} ${finding.version}`;
    return codeSpan(truncate(pkg, 120), { inTable: true });
  }
  if (finding.test !== void 0) return codeSpan(truncate(finding.test, 200), { inTable: true });
  return "";
}
function findingMessage(finding) {
  const extra = [finding.advisorySeverity, finding.kind].filter((x) => x !== void 0);
  return extra.length === 0 ? finding.message : `${finding.message} (${extra.join(", ")})`;
}
function logTail(output, level) {
  if (output === null || level.logLines === 0 || output.totalBytes === 0) return "";
  const text = output.truncated ? output.tail : output.head + output.tail;
  let lines = trimTrailing(text.replace(/\r\n?/g, "\n"), "\n").split("\n");
  if (output.truncated && lines.length > 1) lines = lines.slice(1);
  lines = lines.slice(-level.logLines);
  let chars = 0;
  let start = lines.length;
  while (start > 0 && chars + lines[start - 1].length + 1 <= level.logChars) {
    chars += lines[start - 1].length + 1;
    start--;
  }
  const kept = start === lines.length ? [`\u2026${lines[lines.length - 1].slice(-Math.max(0, level.logChars - 1))}`] : lines.slice(start);
  const label = `Last ${plural(kept.length, "line")} of output (${formatBytes(output.totalBytes)} in all):`;
  return `${label}

${codeFence(kept.join("\n"))}`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/report/levels.ts
var DETAIL_LEVELS = [
  {
    index: 0,
    passingDetails: true,
    findings: 1e3,
    logLines: 200,
    logChars: 3e4,
    listItems: 1e3
  },
  {
    index: 1,
    passingDetails: false,
    findings: 1e3,
    logLines: 200,
    logChars: 3e4,
    listItems: 1e3
  },
  { index: 2, passingDetails: false, findings: 200, logLines: 60, logChars: 8e3, listItems: 200 },
  { index: 3, passingDetails: false, findings: 50, logLines: 25, logChars: 3e3, listItems: 50 },
  { index: 4, passingDetails: false, findings: 10, logLines: 0, logChars: 0, listItems: 20 },
  { index: 5, passingDetails: false, findings: 0, logLines: 0, logChars: 0, listItems: 10 }
];

// src/history/model.ts
var ITEM_KEY_DIGITS = 6;

// src/history/state-block.ts
var STATE_BLOCK_PREFIX = "<!-- readiness-gate-state ";
var STATE_BLOCK_SUFFIX = " -->";
var STATE_BLOCK_LIMIT = 8192;
var STATUSES = [...VALIDATION_STATUSES, "not-run"];
var KEYS_PATTERN = new RegExp(`^(?:[0-9a-f]{${ITEM_KEY_DIGITS}})*$`);
var ONE_KEY = new RegExp(`^[0-9a-f]{${ITEM_KEY_DIGITS}}$`);
var EACH_KEY = new RegExp(`.{${ITEM_KEY_DIGITS}}`, "g");
var MAX_COUNTS = 20;
var MAX_COUNT_NAME_CHARS = 40;
var MAX_COUNT = 1e9;
var SHEDDING = [
  (s) => s,
  (s) => ({ ...s, trend: s.trend.slice(-10) }),
  (s) => ({ ...s, validations: s.validations.map((v) => ({ ...v, counts: {} })) }),
  (s) => ({ ...s, ticked: null }),
  (s) => ({ ...s, trend: s.trend.slice(-1) }),
  (s) => ({ ...s, validations: [] })
];
function encodeStateBlock(state, limit = STATE_BLOCK_LIMIT) {
  let current = state;
  let block = "";
  for (const [index, shed] of SHEDDING.entries()) {
    current = shed(current);
    block = `${STATE_BLOCK_PREFIX}${escapeForComment(JSON.stringify(toWire(current)))}${STATE_BLOCK_SUFFIX}`;
    if (block.length <= limit) return { block, shed: index };
  }
  return { block, shed: SHEDDING.length - 1 };
}
function escapeForComment(json) {
  return json.replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function toWire(state) {
  return {
    v: state.version,
    c: state.commit,
    t: state.at === null ? null : Math.max(0, Math.floor(Date.parse(state.at) / 1e3)),
    r: state.verdict,
    b: state.blockers,
    V: state.validations.map((v) => [
      v.id,
      v.status,
      v.critical ? 1 : 0,
      wireCounts(v.counts),
      v.lastPassed
    ]),
    k: state.ticked === null ? null : state.ticked.filter((key) => ONE_KEY.test(key)).join(""),
    h: state.trend.map((p) => [
      p.commit,
      p.validationsPassed,
      p.validationsTotal,
      p.itemsTicked,
      p.itemsTotal
    ])
  };
}
function wireCounts(counts) {
  const out = {};
  for (const [name, value] of Object.entries(counts).slice(0, MAX_COUNTS)) {
    if (name.length > MAX_COUNT_NAME_CHARS) continue;
    out[name] = Math.min(MAX_COUNT, Math.max(0, Math.round(value)));
  }
  return out;
}

// src/report/render.ts
var ALL_SURFACES = {
  checkRun: true,
  commitStatus: true,
  comment: true,
  jobSummary: true
};
function renderReport(assessment, context, surfaces = ALL_SURFACES, options = {}) {
  assertMasked(assessment, "The assessment");
  assertMasked(context, "The render context");
  const history = options.history ?? null;
  if (history !== null) assertMasked(history, "The run history");
  const { annotations, omitted } = surfaces.checkRun ? selectAnnotations(assessment, context, options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS) : { annotations: [], omitted: 0 };
  const note = omittedAnnotationsNote(omitted, options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS);
  const cache = /* @__PURE__ */ new Map();
  const partsAt = (level) => {
    let parts = cache.get(level);
    if (parts === void 0) {
      parts = {
        overview: renderOverview(assessment, context, level, history),
        details: renderDetails(assessment.validations, context, level)
      };
      cache.set(level, parts);
    }
    return parts;
  };
  const whole = (parts) => `${parts.overview}

${parts.details}
`;
  return {
    conclusion: conclusionOf(assessment),
    title: `${verdictTitle(assessment)}${titleDelta(history)}`,
    checkSummary: surfaces.checkRun ? fitSurface(partsAt, (p) => `${p.overview}
${note}`, BUDGETS.checkSummary) : "",
    checkText: surfaces.checkRun ? fitSurface(partsAt, (p) => `${p.details}
`, BUDGETS.checkText) : "",
    comment: surfaces.comment ? commentWithState(partsAt, whole, history) : "",
    jobSummary: surfaces.jobSummary ? fitSurface(partsAt, (p) => `${whole(p)}${note}`, BUDGETS.jobSummary) : "",
    statusDescription: surfaces.commitStatus ? statusDescription(assessment) : "",
    annotations
  };
}
function commentWithState(partsAt, compose, history) {
  if (history === null) return fitSurface(partsAt, compose, BUDGETS.comment);
  const { block } = encodeStateBlock(history.state);
  const budget = { ...BUDGETS.comment, limit: BUDGETS.comment.limit - block.length - 2 };
  return `${fitSurface(partsAt, compose, budget)}
${block}
`;
}
function omittedAnnotationsNote(omitted, max) {
  if (omitted === 0) return "";
  return `
> **Note:** ${plural(omitted, "more annotation")} left out (at most ${max} per check run); the JSON report has every finding, item and placeholder.
`;
}
function statusDescription(assessment) {
  const reasons = assessment.blockers.map(
    (blocker) => blocker.kind === "validation" ? blocker.keyFinding : blocker.kind === "github-contradiction" ? blocker.evidence : blocker.kind === "unchecked-items" ? `${blocker.uncheckedCount} unchecked: ${blocker.itemText}` : blocker.kind === "waiver" ? `waiver does not hold: ${blocker.itemText}` : `critical item ${blocker.change}: ${blocker.itemText}`
  );
  const text = reasons.length === 0 ? verdictTitle(assessment) : `${verdictTitle(assessment)} \u2014 ${reasons.join("; ")}`;
  return fitLine(cleanText(text), BUDGETS.statusDescription.limit);
}
function fitSurface(partsAt, compose, budget) {
  for (const level of DETAIL_LEVELS) {
    const text = compose(partsAt(level));
    if (fits(text, budget)) return text;
  }
  const poorest = DETAIL_LEVELS[DETAIL_LEVELS.length - 1];
  return trimToBudget(compose(partsAt(poorest)), budget);
}
export {
  COMMENT_BUDGET,
  DEFAULT_MAX_ANNOTATIONS,
  renderReport,
  statusDescription
};
//# sourceMappingURL=render-MD6GYQQZ.js.map
