import {
  trimTrailing
} from "./chunk-TZ2RCCIC.js";

// src/report/budget.ts
var COMMENT_BUDGET = 65536 - 200;
var BUDGETS = {
  /** Issue comment body: 65,536 characters, minus the marker line. */
  comment: { limit: COMMENT_BUDGET, unit: "chars" },
  /** Check run output.summary and output.text: 65,535 bytes each. */
  checkSummary: { limit: 65535, unit: "bytes" },
  checkText: { limit: 65535, unit: "bytes" },
  /** $GITHUB_STEP_SUMMARY: 1 MiB per step. */
  jobSummary: { limit: 1048576, unit: "bytes" },
  /** Commit status description. */
  statusDescription: { limit: 140, unit: "chars" }
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
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  let end = limit - 1;
  const code = flat.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${flat.slice(0, end)}\u2026`;
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

// src/report/format.ts
var MAX_CELL = 300;
var STATUS_LABEL = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  "timed-out": "\u23F1\uFE0F timed out",
  "missing-tool": "\u26A0\uFE0F missing tool",
  error: "\u2757 error",
  skipped: "\u23ED\uFE0F skipped",
  "not-run": "\u2796 not run"
};
function formatDuration(ms) {
  if (ms === null) return "\u2014";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(ms / 6e4);
  const seconds = Math.floor(ms % 6e4 / 1e3);
  return `${minutes} m ${String(seconds).padStart(2, "0")} s`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function capList(items, max) {
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max), more: items.length - max };
}
var DECLARED_STATE_LABEL = {
  "still-holds": "\u{1F534} still holds",
  resolved: "\u{1F7E2} resolved",
  unknown: "\u26AA unknown"
};

// src/report/context.ts
function checklistLineUrl(context, line) {
  return fileLineUrl(context, context.checklistPath, line);
}
function fileLineUrl(context, repositoryPath2, line) {
  if (context.repository === null || context.sha === null) return null;
  const server = trimTrailing(context.serverUrl ?? "https://github.com", "/");
  const file = repositoryPath2.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  const repository = context.repository.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repository}/blob/${encodeURIComponent(context.sha)}/${file}#L${line}`;
}
function linkDestination(url) {
  return url.replace(
    /[\u0000-\u0020\u007f()<>\\`"'[\]|]/g,
    (c) => Array.from(
      Buffer.from(c, "utf8"),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
    ).join("")
  );
}
function lineRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? `line ${line}` : `[line ${line}](${linkDestination(url)})`;
}
function lineNumberRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? String(line) : `[${line}](${linkDestination(url)})`;
}
function linesRef(context, lines, max) {
  if (lines.length === 1) return lineRef(context, lines[0]);
  const { shown, more } = capList(lines, Math.max(1, max));
  const refs = shown.map((line, i) => i === 0 ? lineNumberRef(context, line) : String(line));
  return `lines ${refs.join(", ")}${more > 0 ? ` \u2026and ${more} more` : ""}`;
}

// src/report/annotations.ts
import * as path from "node:path";

// src/report/markdown.ts
var ZERO_WIDTH_JOINER = "\u200D";
var ZERO_WIDTH_SPACE = "\u200B";
var INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var ANSI_ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
var HTML_SPECIALS = /[&<>"]/g;
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
var MENTION = /@(?=[A-Za-z0-9])/g;
var ISSUE_REFERENCE = /#(?=\d)/g;
function escapeMarkdown(text) {
  return escapeLineStart(escapeInlineText(cleanText(text).trim()));
}
function escapeMarkdownKeepingCode(text, options = {}) {
  const parts = splitCodeSpans(cleanText(text).trim()).map(
    (part) => part.code ? codeSpan(part.text, options) : escapeInlineText(part.text)
  );
  return escapeLineStart(parts.join(""));
}
var WHITESPACE_RUN = /\s+/g;
var joinLines = (run) => run.includes("\n") || run.includes("\r") ? " " : run;
function escapeHtml(text) {
  return cleanText(text).replace(WHITESPACE_RUN, joinLines).replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c] ?? c).replace(MENTION, `@${ZERO_WIDTH_JOINER}`).replace(ISSUE_REFERENCE, `#${ZERO_WIDTH_JOINER}`);
}
function escapeHtmlKeepingCode(text) {
  return splitCodeSpans(text).map((part) => part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)).join("");
}
function escapeInlineText(text) {
  return cleanText(text).replace(WHITESPACE_RUN, joinLines).replace(/\t/g, " ").replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(MENTION, `@${ZERO_WIDTH_JOINER}`).replace(ISSUE_REFERENCE, `#${ZERO_WIDTH_JOINER}`);
}
var MAX_SCANNED_TEXT = 4096;
function splitCodeSpans(text) {
  if (text.length > MAX_SCANNED_TEXT) return [{ text, code: false }];
  const parts = [];
  const runs = /`+/g;
  let plainFrom = 0;
  let open;
  while ((open = runs.exec(text)) !== null) {
    const length = open[0].length;
    let close = runs.exec(text);
    while (close !== null && close[0].length !== length) close = runs.exec(text);
    if (close === null) {
      runs.lastIndex = open.index + length;
      continue;
    }
    if (open.index > plainFrom) parts.push({ text: text.slice(plainFrom, open.index), code: false });
    let content = text.slice(open.index + length, close.index).replace(/[\r\n]/g, " ");
    if (/^ .*[^ ].* $/s.test(content)) content = content.slice(1, -1);
    parts.push({ text: content, code: true });
    plainFrom = close.index + length;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), code: false });
  return parts;
}
function codeSpan(text, options = {}) {
  let content = neutraliseHtmlOpeners(cleanText(text).replace(/[\r\n\t]+/g, " "));
  if (content === "") return "(empty)";
  if (content.trim() === "") return `\`${content}\``;
  if (options.inTable === true) content = content.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var MAX_BACKTICK_RUN = 15;
function codeFence(text, info = "text") {
  const content = trimTrailing(
    neutraliseHtmlOpeners(
      cleanText(text).replace(/\r\n?/g, "\n").replace(
        new RegExp(`\`{${MAX_BACKTICK_RUN + 1},}`, "g"),
        `${"`".repeat(MAX_BACKTICK_RUN)}\u2026`
      )
    ),
    "\n"
  );
  const fence = "`".repeat(Math.max(3, longestRun(content, "`") + 1));
  return `${fence}${info}
${content}
${fence}`;
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
function cleanText(text) {
  return text.replace(ANSI_ESCAPE, "").replace(INVISIBLE_CONTROLS, "");
}
function neutraliseHtmlOpeners(text) {
  return text.replace(/<(?=!--|\/?details)/gi, `<${ZERO_WIDTH_SPACE}`);
}
function escapeLineStart(text) {
  const trimmed = text.trimStart();
  const lead = text.slice(0, text.length - trimmed.length);
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (ordered !== null) return `${lead}${ordered[1]}\\${trimmed.slice(ordered[1].length)}`;
  if (/^[-+#=>]/.test(trimmed)) return `${lead}\\${trimmed}`;
  return text;
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

// src/report/annotations.ts
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
var MAX_MESSAGE = 4e3;
var MAX_TITLE = 255;
function buildAnnotations(assessment, context) {
  return [
    ...assessment.validations.flatMap((v) => findingAnnotations(v, context)),
    ...checklistAnnotations(assessment, context)
  ];
}
function findingAnnotations(v, context) {
  return v.findings.flatMap((finding) => {
    if (finding.file === void 0 || finding.line === void 0 || finding.line < 1) return [];
    const file = repositoryPath(finding.file, v.cwd, context);
    if (file === null) return [];
    return [findingAnnotation(finding, file, finding.line, v.name)];
  });
}
function findingAnnotation(finding, file, line, validationName) {
  const endLine = finding.endLine !== void 0 && finding.endLine >= line ? finding.endLine : line;
  const annotation = {
    path: file,
    start_line: line,
    end_line: endLine,
    annotation_level: LEVEL[finding.severity],
    message: plain(finding.message, MAX_MESSAGE),
    title: plain(
      finding.code === void 0 ? validationName : `${validationName}: ${finding.code}`,
      MAX_TITLE
    )
  };
  if (finding.column !== void 0 && endLine === line && finding.column >= 1) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.column;
  }
  return annotation;
}
function checklistAnnotations(assessment, context) {
  const file = normalisedRepositoryPath(context.checklistPath);
  if (file === null) return [];
  const at = (line, level, title, message) => ({
    path: file,
    start_line: line,
    end_line: line,
    annotation_level: level,
    title: plain(title, MAX_TITLE),
    message: plain(message, MAX_MESSAGE)
  });
  const { reconciliation } = assessment;
  const annotations = [];
  for (const blocker of assessment.blockers) {
    if (blocker.kind === "validation") {
      if (blocker.line === null) continue;
      const source = assessment.validations.find((v) => v.id === blocker.validationId)?.source;
      if (source?.kind === "config") continue;
      const hint = blocker.hint === null ? "" : `
${blocker.hint}`;
      annotations.push(
        at(
          blocker.line,
          "failure",
          `${blocker.validationName} did not pass`,
          `${blocker.keyFinding}${hint}`
        )
      );
    } else {
      annotations.push(
        at(
          blocker.line,
          "warning",
          "Critical item unchecked",
          `${blocker.text} (lines ${blocker.uncheckedLines.join(", ")})`
        )
      );
    }
  }
  for (const item of reconciliation.claimedDoneFailing) {
    const failing = item.validations.filter((v) => v.status !== "passed");
    const evidence = failing.map((v) => `${v.name}: ${v.summary}`).join("\n");
    annotations.push(
      at(item.line, "failure", "Ticked, but its validation fails now", `${item.text}
${evidence}`)
    );
  }
  for (const item of reconciliation.passesTickIt) {
    const names = item.validations.map((v) => v.name).join(", ");
    annotations.push(
      at(item.line, "notice", "Validation passes: tick this item", `${item.text}
Passed: ${names}`)
    );
  }
  for (const placeholder of reconciliation.placeholders) {
    annotations.push(
      at(
        placeholder.line,
        "notice",
        "Placeholder not filled in",
        `${placeholder.text} in: ${placeholder.context}`
      )
    );
  }
  const { declared, agreement } = reconciliation.declared;
  if (declared !== null && (agreement === "declared-ready-but-not-ready" || agreement === "declared-not-ready-but-ready")) {
    const computed = assessment.ready ? "ready" : "not ready";
    annotations.push(
      at(
        declared.line,
        "warning",
        "Declared status contradicts the evidence",
        `The checklist declares ${declared.overallReadiness ?? "?"}; the gate finds it ${computed}.`
      )
    );
  }
  return annotations;
}
function repositoryPath(file, cwd, context) {
  const slashed = file.replace(/\\/g, "/");
  if (!isAbsolute(slashed)) {
    return normalisedRepositoryPath(path.posix.join(context.validationRoot, cwd, slashed));
  }
  const workspace = context.workspace?.replace(/\\/g, "/");
  if (workspace !== void 0 && workspace !== "" && isAbsolute(workspace)) {
    const relative = path.posix.relative(workspace, slashed);
    const inside = normalisedRepositoryPath(relative);
    if (inside !== null && !isAbsolute(relative)) return inside;
  }
  const anchor = path.posix.normalize(path.posix.join(context.validationRoot, cwd));
  if (anchor === "." || anchor.startsWith("..")) return null;
  const at = slashed.lastIndexOf(`/${anchor}/`);
  return at < 0 ? null : normalisedRepositoryPath(slashed.slice(at + 1));
}
function normalisedRepositoryPath(file) {
  const normal = path.posix.normalize(file.replace(/\\/g, "/")).replace(/^\.\/+/, "");
  if (normal === "." || normal === "" || normal.endsWith("/")) return null;
  if (normal === ".." || normal.startsWith("../") || isAbsolute(normal)) return null;
  return normal;
}
function isAbsolute(file) {
  return file.startsWith("/") || /^[A-Za-z]:\//.test(file);
}
function plain(text, max) {
  return truncate(cleanText(text), max);
}

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
      const where2 = b.line === null ? "" : ` (${lineRef(context, b.line)})`;
      return `- ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL))}${where2}`;
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
  const facts2 = [`**${escapeMarkdown(context.checkName)}**`];
  facts2.push(`checklist ${codeSpan(context.checklistPath)}`);
  if (context.sha !== null) facts2.push(`commit ${codeSpan(context.sha.slice(0, 7))}`);
  if (context.ref !== null && context.sha === null) facts2.push(`ref ${codeSpan(context.ref)}`);
  if (context.runUrl !== null) facts2.push(`[workflow run](${linkDestination(context.runUrl)})`);
  const title = verdictTitle(assessment).replace(": ", " \u2014 ");
  return `## ${VERDICT_MARK[assessment.verdict]} ${title}

${facts2.join(" \xB7 ")}`;
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
    const where2 = blocker.line === null ? "" : ` \xB7 ${lineRef(context, blocker.line)}`;
    const finding = escapeMarkdownKeepingCode(truncate(blocker.keyFinding, MAX_CELL));
    const hint = blocker.hint === null ? "" : `<br>Hint: ${escapeMarkdownKeepingCode(truncate(blocker.hint, MAX_CELL))}`;
    return `${STATUS_LABEL[blocker.status]}: **${escapeMarkdown(blocker.validationName)}** \u2014 ${finding}${where2}${hint}`;
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
    const where2 = refused.line === null ? "" : ` (${lineRef(context, refused.line)})`;
    const command = codeSpan(truncate(refused.command, MAX_CELL));
    return `- ${command}${where2}: ${escapeMarkdownKeepingCode(truncate(refused.reason, MAX_CELL))}`;
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

// src/report/render.ts
var ALL_SURFACES = {
  checkRun: true,
  commitStatus: true,
  comment: true,
  jobSummary: true
};
function renderReport(assessment, context, surfaces = ALL_SURFACES) {
  const cache = /* @__PURE__ */ new Map();
  const partsAt = (level) => {
    let parts = cache.get(level);
    if (parts === void 0) {
      parts = {
        overview: renderOverview(assessment, context, level),
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
    title: verdictTitle(assessment),
    checkSummary: surfaces.checkRun ? fitSurface(partsAt, (p) => `${p.overview}
`, BUDGETS.checkSummary) : "",
    checkText: surfaces.checkRun ? fitSurface(partsAt, (p) => `${p.details}
`, BUDGETS.checkText) : "",
    comment: surfaces.comment ? fitSurface(partsAt, whole, BUDGETS.comment) : "",
    jobSummary: surfaces.jobSummary ? fitSurface(partsAt, whole, BUDGETS.jobSummary) : "",
    statusDescription: surfaces.commitStatus ? statusDescription(assessment) : "",
    annotations: surfaces.checkRun ? buildAnnotations(assessment, context) : []
  };
}
function conclusionOf(assessment) {
  if (assessment.verdict === "ready") return "success";
  return assessment.verdict === "not-ready" ? "failure" : "neutral";
}
function statusDescription(assessment) {
  const reasons = assessment.blockers.map(
    (blocker) => blocker.kind === "validation" ? blocker.keyFinding : `${blocker.uncheckedCount} unchecked: ${blocker.itemText}`
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
  escapeMarkdown,
  verdictTitle,
  renderReport,
  conclusionOf,
  statusDescription
};
