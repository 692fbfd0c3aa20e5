import {
  protectSecrets
} from "./chunks/chunk-QBCSDAIM.js";
import {
  isSafeRef
} from "./chunks/chunk-44NVDPLG.js";
import {
  checklistDirectory,
  encodeStateBlock,
  isPullRequestEvent,
  readGitHubContext,
  referenceScope,
  writeJobSummary
} from "./chunks/chunk-235S7X6G.js";
import {
  debug,
  endGroup,
  error,
  getInput,
  info,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunks/chunk-PPHN5Z5T.js";
import {
  runHistory,
  trackedItems
} from "./chunks/chunk-GEQ2HBHB.js";
import "./chunks/chunk-WX4Z2P5J.js";
import {
  actionGateOptions,
  evaluateReadiness,
  parsePlatform,
  parseShard
} from "./chunks/chunk-KWWUMPE3.js";
import "./chunks/chunk-ZZOJBBIT.js";
import "./chunks/chunk-ZB4MMG47.js";
import "./chunks/chunk-DHTUKBXS.js";
import "./chunks/chunk-RQ4XSX2R.js";
import "./chunks/chunk-OLGPOL4Z.js";
import "./chunks/chunk-5LQ4MDWW.js";
import "./chunks/chunk-LHHO5AZP.js";
import {
  BUDGETS,
  EXIT_CODES,
  MASK,
  assertMasked,
  cleanText,
  codeFence,
  codeSpan,
  conclusionOf,
  confinedTargetProblem,
  escapeHtml,
  escapeHtmlKeepingCode,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  failureOutcome,
  fileLineUrl,
  fitLine,
  fits,
  lineRef,
  linkDestination,
  maskForSurfaces,
  renderContextFor,
  renderOverview,
  secretsToMask,
  titleDelta,
  trimToBudget,
  truncate,
  verdictOutcome,
  verdictTitle,
  writeFileConfined
} from "./chunks/chunk-F3HQZMCN.js";
import {
  randomHex
} from "./chunks/chunk-BMDP334S.js";
import "./chunks/chunk-SFEO2OTR.js";
import {
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TITLE_MAX_CHARS,
  MAX_CELL,
  STATUS_LABEL,
  capList,
  formatBytes
} from "./chunks/chunk-6JHUN5AS.js";
import {
  formatDuration,
  plural
} from "./chunks/chunk-E7SK54EL.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue,
  trimTrailing
} from "./chunks/chunk-PY6GHY2O.js";
import "./chunks/chunk-QFQZKJEX.js";

// src/settings.ts
import * as path2 from "node:path";
import * as fs from "node:fs";

// src/default-paths.ts
var DEFAULT_CHECKLIST_PATH = "PRODUCTION_CHECKLIST.md";
var DEFAULT_CONFIG_PATH = ".github/readiness.yml";
var DEFAULT_REPORT_PATH = "readiness-report.json";

// src/report/annotations.ts
import * as path from "node:path";
var DEFAULT_MAX_ANNOTATIONS = 200;
var MAX_ANNOTATIONS_LIMIT = 20 * ANNOTATIONS_PER_REQUEST;
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
var MAX_MESSAGE = 4e3;
var PRIORITY = {
  criticalValidationFailed: 0,
  changeBlocker: 0,
  criticalFindingError: 1,
  tickedButFailing: 2,
  findingError: 3,
  declaredStatusContradicted: 10,
  criticalFindingWarning: 11,
  criticalItemsUnchecked: 12,
  findingWarning: 13,
  criticalFindingNotice: 20,
  findingNotice: 21,
  passesTickIt: 22,
  placeholder: 23,
  /** What the change weakened without blocking: Verify commands, script steps, new ticks. */
  comparison: 14
};
function comparisonAnnotations(assessment, at) {
  const comparison = assessment.comparison;
  if (comparison === void 0) return [];
  const out = [];
  for (const change of comparison.items) {
    if (change.kind !== "reworded") continue;
    out.push(
      at(
        change.anchorLine,
        "warning",
        "Critical item reworded",
        `Base line ${change.base.line}: ${change.base.text}
Now: ${change.head?.text ?? ""}
${change.detail}`,
        PRIORITY.comparison
      )
    );
  }
  for (const command of comparison.commands) {
    const now = command.head === null ? "removed" : `now: ${command.head.text}`;
    out.push(
      at(
        command.anchorLine,
        "warning",
        command.kind === "removed" ? "Verify command removed" : "Verify command weakened",
        `Base line ${command.base.line}: ${command.base.text}
${now}
Lost: ${command.lost.join(", ")}`,
        PRIORITY.comparison
      )
    );
  }
  for (const step of comparison.scriptSteps) {
    out.push(
      at(
        step.anchorLine,
        "warning",
        "Validation script step removed",
        `Base line ${step.base.line}: ${step.base.text}`,
        PRIORITY.comparison
      )
    );
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === "ticked" && (tick.evidence === "proven" || tick.evidence === "waived"))
      continue;
    out.push(
      at(
        tick.headLine,
        tick.kind === "unticked" ? "notice" : "warning",
        tick.kind === "unticked" ? "Unticked in this change" : "Ticked in this change, unproven",
        tick.kind === "unticked" ? `${tick.text} (ticked at the base, line ${tick.baseLine})` : `${tick.text}
${tick.evidence === "failing" ? "Its validation does not pass now." : "Nothing the gate ran proves it."}`,
        PRIORITY.comparison
      )
    );
  }
  return out;
}
function selectAnnotations(assessment, context, max) {
  const all = rankedAnnotations(assessment, context);
  const limit = Math.max(0, Math.trunc(max));
  if (all.length <= limit) return { annotations: all.map((r) => r.annotation), omitted: 0 };
  const kept = all.map((ranked, index) => ({ ...ranked, index })).sort((a, b) => a.priority - b.priority || a.index - b.index).slice(0, limit).sort((a, b) => a.index - b.index);
  return { annotations: kept.map((r) => r.annotation), omitted: all.length - kept.length };
}
function rankedAnnotations(assessment, context) {
  return [
    ...assessment.validations.flatMap((v) => findingAnnotations(v, context)),
    ...checklistAnnotations(assessment, context)
  ];
}
var FINDING_PRIORITY = {
  error: [PRIORITY.criticalFindingError, PRIORITY.findingError],
  warning: [PRIORITY.criticalFindingWarning, PRIORITY.findingWarning],
  notice: [PRIORITY.criticalFindingNotice, PRIORITY.findingNotice]
};
function findingAnnotations(v, context) {
  return v.findings.flatMap((finding) => {
    if (finding.file === void 0 || finding.line === void 0 || finding.line < 1) return [];
    const file = repositoryPath(finding.file, v.cwd, context);
    if (file === null || file.includes(MASK)) return [];
    const [critical, other] = FINDING_PRIORITY[finding.severity];
    return [
      {
        annotation: findingAnnotation(finding, file, finding.line, v.name),
        priority: v.critical ? critical : other
      }
    ];
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
      ANNOTATION_TITLE_MAX_CHARS
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
  if (file === null || file.includes(MASK)) return [];
  const at = (line, level, title, message, priority) => ({
    annotation: {
      path: file,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title: plain(title, ANNOTATION_TITLE_MAX_CHARS),
      message: plain(message, MAX_MESSAGE)
    },
    priority
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
          `${blocker.keyFinding}${hint}`,
          PRIORITY.criticalValidationFailed
        )
      );
    } else if (blocker.kind === "github-contradiction") {
      annotations.push(
        at(
          blocker.line,
          "failure",
          "Ticked, contradicted by GitHub",
          `${blocker.itemText}
${blocker.evidence}`,
          PRIORITY.tickedButFailing
        )
      );
    } else if (blocker.kind === "waiver") {
      annotations.push(
        at(blocker.line, "failure", "Waiver does not hold", blocker.text, PRIORITY.changeBlocker)
      );
    } else if (blocker.kind === "checklist-change") {
      const title = blocker.change === "removed" ? "Critical item removed" : "Critical item moved out of the critical phase";
      annotations.push(at(blocker.line, "failure", title, blocker.text, PRIORITY.changeBlocker));
    } else {
      annotations.push(
        at(
          blocker.line,
          "warning",
          "Critical item unchecked",
          `${blocker.text} (lines ${blocker.uncheckedLines.join(", ")})`,
          PRIORITY.criticalItemsUnchecked
        )
      );
    }
  }
  for (const item of reconciliation.claimedDoneFailing) {
    const failing = item.validations.filter((v) => v.status !== "passed");
    const evidence = failing.map((v) => `${v.name}: ${v.summary}`).join("\n");
    annotations.push(
      at(
        item.line,
        "failure",
        "Ticked, but its validation fails now",
        `${item.text}
${evidence}`,
        PRIORITY.tickedButFailing
      )
    );
  }
  for (const item of reconciliation.passesTickIt) {
    const names = item.validations.map((v) => v.name).join(", ");
    annotations.push(
      at(
        item.line,
        "notice",
        "Validation passes: tick this item",
        `${item.text}
Passed: ${names}`,
        PRIORITY.passesTickIt
      )
    );
  }
  for (const check of reconciliation.github.references) {
    if (check.state === "contradicted" && !check.critical) {
      annotations.push(
        at(
          check.line,
          "warning",
          "Ticked, contradicted by GitHub",
          `${check.itemText}
${check.evidence}`,
          PRIORITY.tickedButFailing
        )
      );
    }
  }
  for (const line of reconciliation.github.tickIt) {
    const checks = reconciliation.github.references.filter((check) => check.line === line);
    annotations.push(
      at(
        line,
        "notice",
        "Done on GitHub: tick this item",
        `${checks[0]?.itemText ?? ""}
${checks.map((check) => check.evidence).join("\n")}`,
        PRIORITY.passesTickIt
      )
    );
  }
  annotations.push(...comparisonAnnotations(assessment, at));
  for (const placeholder of reconciliation.placeholders) {
    annotations.push(
      at(
        placeholder.line,
        "notice",
        "Placeholder not filled in",
        `${placeholder.text} in: ${placeholder.context}`,
        PRIORITY.placeholder
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
        `The checklist declares ${declared.overallReadiness ?? "?"}; the gate finds it ${computed}.`,
        PRIORITY.declaredStatusContradicted
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
    const relative3 = path.posix.relative(workspace, slashed);
    const inside = normalisedRepositoryPath(relative3);
    if (inside !== null && !isAbsolute(relative3)) return inside;
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

// src/settings.ts
var INPUT_DEFAULTS = {
  checklist: DEFAULT_CHECKLIST_PATH,
  "working-directory": ".",
  config: DEFAULT_CONFIG_PATH,
  "fail-on": "not-ready",
  "run-validations": "true",
  "check-run": "true",
  "commit-status": "false",
  comment: "true",
  "job-summary": "true",
  "check-name": "Readiness Gate",
  "report-path": DEFAULT_REPORT_PATH,
  concurrency: "",
  "comment-author": "",
  "allow-untrusted-commands": "false",
  "max-annotations": String(DEFAULT_MAX_ANNOTATIONS),
  "report-from": "",
  "previous-report": "",
  "check-run-id": "",
  shard: "",
  "durations-from": "",
  platform: "",
  "merge-reports": "",
  "compare-ref": ""
};
function settingsFromInputs(readRaw, workspace) {
  const read = (name) => {
    const value = readRaw(name).trim();
    return value === "" ? INPUT_DEFAULTS[name] ?? "" : value;
  };
  const root = insideWorkspace(workspace, read("working-directory"), "working-directory");
  const configInput = readRaw("config").trim();
  return {
    workspace,
    root,
    checklistPath: insideWorkspace(root, read("checklist"), "checklist", workspace),
    configPath: insideWorkspace(root, read("config"), "config", workspace),
    configRequired: configInput !== "" && configInput !== INPUT_DEFAULTS.config,
    failOn: parseFailOn(read("fail-on")),
    runValidations: parseBoolean(read("run-validations"), "run-validations"),
    surfaces: {
      checkRun: parseBoolean(read("check-run"), "check-run"),
      commitStatus: parseBoolean(read("commit-status"), "commit-status"),
      comment: parseBoolean(read("comment"), "comment"),
      jobSummary: parseBoolean(read("job-summary"), "job-summary")
    },
    checkName: parseCheckName(read("check-name")),
    token: readRaw("github-token").trim(),
    reportPath: reportPathInside(root, read("report-path")),
    concurrency: parseConcurrency(read("concurrency"), "concurrency"),
    commentAuthor: read("comment-author"),
    allowUntrustedCommands: parseBoolean(
      read("allow-untrusted-commands"),
      "allow-untrusted-commands"
    ),
    maxAnnotations: parseMaxAnnotations(read("max-annotations")),
    reportFrom: parseReportFrom(root, read("report-from"), read("run-validations")),
    previousReport: parsePreviousReport(root, read("previous-report")),
    checkRunId: parseCheckRunId(read("check-run-id")),
    compareRef: parseCompareRef(read("compare-ref")),
    ...shardSettings(read, root, workspace)
  };
}
function shardSettings(read, root, workspace) {
  const shard = read("shard") === "" ? null : parseShard(read("shard"), "shard");
  const merge = read("merge-reports");
  const durations = read("durations-from");
  const modes = [
    shard === null ? null : "shard",
    merge === "" ? null : "merge-reports",
    read("report-from") === "" ? null : "report-from"
  ].filter((mode) => mode !== null);
  if (modes.length > 1) {
    throw new ConfigurationError(
      `Inputs ${modes.map((m) => `'${m}'`).join(" and ")} are different modes (run a shard, merge shards, publish a report); set only one of them in a step.`
    );
  }
  if (durations !== "" && shard === null) {
    throw new ConfigurationError(
      "Input 'durations-from' balances a shard split; set 'shard' too, or remove 'durations-from'."
    );
  }
  if (merge !== "") {
    const fixed = merge.split(/[\\/]/).findIndex((segment) => /[*?]/.test(segment));
    const prefix = fixed === -1 ? merge : merge.split(/[\\/]/).slice(0, fixed).join("/") || ".";
    insideWorkspace(root, prefix, "merge-reports", workspace);
  }
  return {
    shard,
    durationsFrom: durations === "" ? null : insideWorkspace(root, durations, "durations-from", workspace),
    platform: parsePlatform(read("platform"), "platform"),
    mergeReports: merge === "" ? null : merge
  };
}
function parsePreviousReport(root, value) {
  if (value === "") return null;
  const file = path2.resolve(root, value);
  const problem = confinedTargetProblem({ boundary: root, file, input: "previous-report" });
  if (problem !== null) throw new ConfigurationError(problem);
  return file;
}
function parseCheckRunId(value) {
  if (value === "") return null;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new ConfigurationError(
      `Input 'check-run-id' must be a check run's id, a whole number (got ${quoteValue(value)}); set it to \${{ job.check_run_id }} or leave it empty.`
    );
  }
  return n;
}
function parseCompareRef(value) {
  if (value === "") return null;
  if (isSafeRef(value)) return value;
  throw new ConfigurationError(
    `Input 'compare-ref' ${quoteValue(value)} is not a git ref; set it to a tag, branch or commit SHA such as v1.2.0.`
  );
}
function parseReportFrom(root, value, runValidations) {
  if (value === "") return null;
  if (parseBoolean(runValidations, "run-validations")) {
    throw new ConfigurationError(
      "Input 'report-from' publishes a report another run made, so it needs run-validations: false; fix the inputs: set run-validations: false, or remove report-from."
    );
  }
  const file = path2.resolve(root, value);
  const problem = confinedTargetProblem({ boundary: root, file, input: "report-from" });
  if (problem !== null) throw new ConfigurationError(problem);
  return file;
}
function parseMaxAnnotations(value) {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n > MAX_ANNOTATIONS_LIMIT) {
    throw new ConfigurationError(
      `Input 'max-annotations' must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT} (got ${quoteValue(value)}); fix the 'max-annotations' input.`
    );
  }
  return n;
}
function settingWords(name) {
  return name.startsWith("--") ? { subject: `Flag ${name}`, fix: `fix ${name}`, cli: true } : { subject: `Input '${name}'`, fix: `fix the '${name}' input`, cli: false };
}
function parseFailOn(value, name = "fail-on") {
  if (value === "not-ready" || value === "never") return value;
  const { subject, fix } = settingWords(name);
  throw new ConfigurationError(
    `${subject} must be 'not-ready' or 'never' (got ${quoteValue(value)}); ${fix}.`
  );
}
function parseBoolean(value, name) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigurationError(
    `Input '${name}' must be 'true' or 'false' (got ${quoteValue(value)}); fix the '${name}' input.`
  );
}
function parseConcurrency(value, name) {
  if (value === "") return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    const { subject, cli } = settingWords(name);
    throw new ConfigurationError(
      `${subject} must be a whole number from 1 to 64 (got ${quoteValue(value)}); ${cli ? "omit it" : "leave it empty"} for the CPU count.`
    );
  }
  return n;
}
function parseCheckName(value) {
  if (value.length > 100 || /[\r\n]/.test(value)) {
    throw new ConfigurationError(
      `Input 'check-name' must be one line of at most 100 characters; shorten the 'check-name' input.`
    );
  }
  return value;
}
function insideWorkspace(base, value, name, boundary = base) {
  if (value.includes("\0")) {
    throw new ConfigurationError(`Input '${name}' contains a NUL byte; fix the '${name}' input.`);
  }
  const resolved = path2.resolve(base, value);
  const outside = (target, root) => {
    const relative3 = path2.relative(root, target);
    return relative3.startsWith("..") || path2.isAbsolute(relative3);
  };
  if (outside(resolved, boundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) points outside the workspace '${boundary}'; use a path inside the repository.`
    );
  }
  const real = realPathOrNull(resolved);
  const realBoundary = realPathOrNull(boundary);
  if (real !== null && realBoundary !== null && outside(real, realBoundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) is a symlink to '${real}', outside the workspace; point it at a file inside the repository.`
    );
  }
  return resolved;
}
function reportPathInside(root, value) {
  const file = path2.resolve(root, value);
  const problem = confinedTargetProblem({ boundary: root, file, input: "report-path" });
  if (problem !== null) throw new ConfigurationError(problem);
  return file;
}
function realPathOrNull(file) {
  const rest = [];
  for (let current = file; ; current = path2.dirname(current)) {
    try {
      return path2.join(fs.realpathSync(current), ...rest);
    } catch {
      if (path2.dirname(current) === current) return null;
      rest.unshift(path2.basename(current));
    }
  }
}

// src/github/lazy-evidence-source.ts
function lazyGitHubEvidenceSource(client, target) {
  let loading = null;
  const source = () => loading ??= import("./chunks/github-ZY2EWNNZ.js").then(
    (lookups) => lookups.gitHubEvidenceSource(client, target)
  );
  return {
    scope: referenceScope(target),
    async readApprovals() {
      return (await source()).readApprovals();
    },
    async lookUp(items) {
      return (await source()).lookUp(items);
    }
  };
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 2;
function buildJsonReport(assessment, context, history = null) {
  assertMasked(assessment, "The assessment");
  assertMasked(context, "The render context");
  if (history !== null) assertMasked(history, "The run history");
  const { reconciliation } = assessment;
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    context: {
      checkName: context.checkName,
      repository: context.repository,
      sha: context.sha,
      ref: context.ref,
      runUrl: context.runUrl,
      checklistPath: context.checklistPath,
      validationRoot: context.validationRoot,
      ...typeof context.pullRequest === "number" ? { pullRequest: context.pullRequest } : {}
    },
    verdict: {
      state: assessment.verdict,
      ready: assessment.ready,
      title: verdictTitle(assessment),
      conclusion: conclusionOf(assessment),
      criticalValidationsPassed: assessment.criticalValidationsPassed,
      basis: assessment.basis,
      rules: assessment.rules,
      validationsRun: assessment.validationsRun,
      notes: assessment.notes
    },
    checklist: assessment.checklist,
    blockers: assessment.blockers,
    validations: assessment.validations,
    refused: assessment.refused,
    phases: assessment.phases,
    priorities: assessment.priorities,
    reconciliation: {
      claimedDoneFailing: reconciliation.claimedDoneFailing,
      passesTickIt: reconciliation.passesTickIt,
      unverifiedClaims: reconciliation.unverifiedClaims
    },
    placeholders: reconciliation.placeholders,
    signOffs: reconciliation.signOffs,
    declaredStatus: reconciliation.declared,
    githubEvidence: reconciliation.github,
    ...history === null ? {} : { history: plainHistory(history) },
    ...assessment.merge === void 0 ? {} : { merge: assessment.merge },
    ...assessment.waivers === void 0 ? {} : { waivers: assessment.waivers },
    ...assessment.comparison === void 0 ? {} : { comparison: assessment.comparison }
  };
  if (context.generatedAt !== void 0 && context.generatedAt !== null) {
    const { schemaVersion, ...rest } = report;
    return { schemaVersion, generatedAt: context.generatedAt, ...rest };
  }
  return report;
}
function plainHistory(history) {
  return JSON.parse(JSON.stringify(history));
}
function writeJsonReportInside(workingDirectory, file, report) {
  return writeFileConfined(
    { boundary: workingDirectory, file, input: "report-path" },
    `${JSON.stringify(report, null, 2)}
`
  );
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

// src/github/workflow-log.ts
var randomStopToken = () => randomHex(16);
function printUntrusted(write, text, newToken = randomStopToken) {
  const lines = runnerLines(text).map(neutraliseLine);
  if (!needsWindow(lines)) {
    for (const line of lines) write(line);
    return;
  }
  const token = stopTokenFor(lines.join("\n"), newToken);
  write(`::stop-commands::${token}`);
  for (const line of lines) write(line);
  write(`::${token}::`);
}
function runnerLines(text) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
var DOTNET_WHITESPACE = "[\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var LEADING_COLONS = new RegExp(`^(${DOTNET_WHITESPACE}*):(?=:)`);
var LEGACY_PREFIX = /##\[/g;
function neutraliseLine(line) {
  return line.replace(LEGACY_PREFIX, "#\uFF03[").replace(LEADING_COLONS, "$1\uFF1A");
}
function needsWindow(lines) {
  return lines.some((line) => /[:#]|[^\t\x20-\x7e]/.test(line));
}
function stopTokenFor(text, newToken) {
  const haystack = text.toLowerCase();
  for (let attempt = 0; attempt < 100; attempt++) {
    const token = newToken();
    if (/^[0-9a-z]{16,}$/i.test(token) && !haystack.includes(token.toLowerCase())) return token;
  }
  throw new Error("printUntrusted: the token source gave no usable stop token in 100 draws");
}

// src/log/logger.ts
function writeUntrusted(write, text, workflowLog) {
  if (workflowLog) {
    printUntrusted((line) => {
      write(`${line}
`);
    }, text);
    return;
  }
  write(text.endsWith("\n") ? text : `${text}
`);
}

// src/github/outputs.ts
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
function setOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = delimiterFor(name, value);
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  appendFileSync(file, text, { encoding: "utf8" });
}
function delimiterFor(name, value) {
  for (let index = 0; ; index++) {
    const delimiter = `ghadelimiter_rg${index}`;
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter;
  }
}

// src/github/matchers.ts
import * as fs2 from "node:fs";
import * as path3 from "node:path";
import { fileURLToPath } from "node:url";
var MATCHER_FILES = ["rustfmt.json", "clippy.json", "cargo-test.json"];
function actionRoot(moduleUrl) {
  let dir = path3.dirname(fileURLToPath(moduleUrl));
  for (; ; ) {
    if (fs2.existsSync(path3.join(dir, "action.yml"))) return dir;
    const parent = path3.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function matcherPaths(moduleUrl) {
  const root = actionRoot(moduleUrl);
  if (root === null) return [];
  return MATCHER_FILES.map((file) => path3.join(root, ".github", "matchers", file)).filter(
    (file) => fs2.existsSync(file)
  );
}

// src/action-io.ts
function actionIo() {
  return {
    input: (name) => getInput(name),
    env: process.env,
    cwd: process.cwd(),
    log: actionsLogger(),
    setSecret: (value) => {
      setSecret(value);
    },
    protectSecrets,
    setOutputs,
    writeJobSummary,
    matcherFiles: () => matcherPaths(import.meta.url),
    loadGitHub: () => import("./chunks/github-ZY2EWNNZ.js")
  };
}
function actionsLogger() {
  return {
    info: (message) => {
      info(message);
    },
    warning: (message) => {
      warning(message);
    },
    error: (message) => {
      error(message);
    },
    debug: (message) => {
      debug(message);
    },
    untrusted: (text) => {
      writeUntrusted((chunk) => process.stdout.write(chunk), text, true);
    },
    startGroup: (title) => {
      startGroup(neutraliseLine(title));
    },
    endGroup: () => {
      endGroup();
    }
  };
}

// src/main.ts
import { relative as relative2, sep } from "node:path";

// src/compare/base-ref.ts
function pullRequestBaseSha(eventName, payload) {
  if (!isPullRequestEvent(eventName)) return null;
  const sha = field(field(field(payload, "pull_request"), "base"), "sha");
  return typeof sha === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : null;
}
function field(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}

// src/github/contents.ts
async function readFileAtRef(octokit, ctx, file, ref) {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: ctx.owner,
      repo: ctx.repo,
      path: file,
      ref,
      // One attempt: the base is worth one call, not the retries' back-off while validations run.
      request: { retries: 0 }
    });
    if (Array.isArray(data) || data.type !== "file") {
      return { kind: "unavailable", reason: `${file} at ${ref} is not a file` };
    }
    if (!("content" in data) || data.encoding !== "base64") {
      return {
        kind: "unavailable",
        reason: `the contents API gave no content for ${file} (over 1 MB?)`
      };
    }
    return {
      kind: "found",
      text: Buffer.from(data.content, "base64").toString("utf8"),
      source: "api"
    };
  } catch (error2) {
    const status = error2.status;
    if (status === 404) return { kind: "missing", source: "api" };
    return { kind: "unavailable", reason: `the contents API failed: ${errorMessage(error2)}` };
  }
}

// src/github/base-checklist.ts
function actionCompareOptions(input) {
  const { reading } = input;
  const context = reading.kind === "read" ? reading.context : null;
  const baseSha = reading.kind === "read" ? pullRequestBaseSha(reading.context.eventName, reading.payload) : null;
  const makeClient = input.client;
  const fallback = context === null || makeClient === null ? null : async (ref) => readFileAtRef(await makeClient(), context, input.checklistFile, ref);
  return {
    ref: baseSha ?? input.compareRef,
    fallback,
    noBase: reading.kind === "none" ? null : reading.kind === "unreadable" ? "the event could not be read, so there is no base commit" : context?.pullRequest !== null ? "the pull request event names no base commit" : `this ${context.eventName || "run"} is not a pull request and names no compare ref (set the compare-ref input, or compare.ref in the config)`
  };
}

// src/history/recall.ts
async function recallPreviousRun(sources) {
  const notes = [];
  let listing;
  if (sources.readComment !== null) {
    try {
      const read = await sources.readComment();
      listing = read.listing;
      const { reading } = read;
      if (reading.kind === "read") {
        return { previous: { state: reading.state, source: "comment" }, notes, listing };
      }
      if (reading.kind === "ignored") {
        notes.push(`The previous run's record in this comment was ignored: ${reading.why}.`);
      }
    } catch (error2) {
      sources.debug(
        `The previous run's record could not be read from the pull request's comments (${errorMessage(error2)}); this run is compared with nothing.`
      );
    }
  }
  if (sources.previousReport !== null) {
    const { readPreviousReport } = await import("./chunks/previous-report-6RQOWC4D.js");
    const read = readPreviousReport(sources.previousReport, sources.boundary);
    if (read.kind === "read") return { previous: read.record, notes, ...withListing(listing) };
    if (read.kind === "ignored") {
      notes.push(`The previous report was ignored: ${read.why}`);
    }
  }
  return { previous: null, notes, ...withListing(listing) };
}
function withListing(listing) {
  return listing === void 0 ? {} : { listing };
}

// src/stack-trace.ts
import * as fs3 from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MAX_MAP_BYTES = 16 * 1024 * 1024;
var BUNDLED_POSITION = /\bfile:\/\/\/[^\s()]+?\.m?js:(\d+):(\d+)/g;
function sourceMappedStack(stack) {
  const maps = /* @__PURE__ */ new Map();
  return stack.replace(BUNDLED_POSITION, (position, line, column) => {
    const file = position.slice(0, position.length - line.length - column.length - 2);
    if (!maps.has(file)) maps.set(file, loadMap(file));
    const map = maps.get(file);
    return map ? originalPosition(map, Number(line), Number(column)) ?? position : position;
  });
}
function loadMap(fileUrl) {
  try {
    const mapUrl = `${fileUrl}.map`;
    const mapPath = fileURLToPath2(mapUrl);
    if (fs3.statSync(mapPath).size > MAX_MAP_BYTES) return null;
    const payload = JSON.parse(fs3.readFileSync(mapPath, "utf8"));
    return { map: new SourceMap(payload), url: mapUrl };
  } catch {
    return null;
  }
}
function originalPosition(loaded, line, column) {
  const entry = loaded.map.findEntry(line - 1, column - 1);
  if (entry.originalSource === void 0 || entry.originalLine === void 0) return null;
  try {
    const source = new URL(entry.originalSource, loaded.url).href;
    return `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  } catch {
    return null;
  }
}

// src/main.ts
async function run(io = actionIo()) {
  const warn = warnOnce(io.log);
  let settings = null;
  let publishing = Promise.resolve(null);
  try {
    settings = settingsFromInputs(io.input, io.env.GITHUB_WORKSPACE ?? io.cwd);
    const found = secretsToMask(io.env, settings.token);
    const protection = io.protectSecrets(found);
    const secrets = [.../* @__PURE__ */ new Set([...found, ...protection.values])];
    for (const value of secrets) io.setSecret(value);
    if (protection.environ.startsWith("not scrubbed")) {
      warn(`Validations can read the action's credentials in /proc: ${protection.environ}`);
    }
    const reading = readGitHubContext(io.env);
    registerProblemMatchers(io, settings, reading);
    if (settings.shard !== null) {
      const { runShardStep } = await import("./chunks/action-II4PD6CU.js");
      return await runShardStep(io, settings, reading, secrets);
    }
    const published = settings.reportFrom === null ? null : await reportFrom(settings, reading);
    const github = published?.publishTo ?? githubOf(reading, warn);
    publishing = startPublishing(io, settings, github, warn).catch((error2) => {
      warn(`Not publishing to GitHub: ${errorMessage(error2)}`);
      return null;
    });
    const { assessment, context, items } = published === null ? settings.mergeReports === null ? await evaluateHere(io, settings, reading, github, secrets) : {
      ...await (await import("./chunks/action-II4PD6CU.js")).mergedHere(
        io,
        settings,
        github,
        secrets,
        claimEvidence(io, settings, reading, github)
      ),
      items: null
    } : {
      assessment: maskForSurfaces(published.assessment, secrets),
      context: maskForSurfaces(published.context, secrets),
      items: null
    };
    const publisher = await publishing;
    if (published?.pullRequestNeedsVerification === true && publisher !== null) {
      await verifyReportPullRequest(publisher, published, warn);
    }
    const recalled = await recallPrevious(io, settings, publisher);
    const facts2 = { assessment, items, sha: context.sha, at: (/* @__PURE__ */ new Date()).toISOString() };
    const history = maskForSurfaces(runHistory(facts2, recalled.previous, recalled.notes), secrets);
    const rendered = renderReport(assessment, context, surfacesToRender(settings, publisher), {
      maxAnnotations: settings.maxAnnotations,
      history
    });
    const written = writeJsonReportInside(
      settings.root,
      settings.reportPath,
      buildJsonReport(assessment, context, history)
    );
    const reportPath = "written" in written ? written.written : "";
    const verdict = verdictOutcome(assessment, settings.failOn, reportPath);
    io.setOutputs(verdict.outputs);
    await publish(io, settings, publisher, rendered, warn, recalled.listing);
    if (verdict.fails) io.log.error(`${rendered.title} (fail-on: not-ready)`);
    else io.log.info(rendered.title);
    if ("error" in written) {
      io.log.error(written.error);
      return verdict.fails ? verdict.exitCode : EXIT_CODES.usage;
    }
    return verdict.exitCode;
  } catch (error2) {
    return reportFailure(io, error2, settings, await publishing, warn);
  }
}
async function evaluateHere(io, settings, reading, github, secrets) {
  const outcome = await evaluateReadiness({
    ...actionGateOptions(io.log, settings, reading, secrets),
    ...claimEvidence(io, settings, reading, github)
  });
  const assessment = maskForSurfaces(outcome.assessment, secrets);
  for (const line of assessment.reconciliation.github.unreadable) io.log.warning(line);
  return {
    items: trackedItems(outcome.checklist),
    assessment,
    context: maskForSurfaces(
      // The settings name where the run is: check name, workspace, root, checklist.
      renderContextFor({ ...settings, github }),
      secrets
    )
  };
}
async function octokitFor(io, settings, github) {
  const api = await io.loadGitHub();
  const log = {
    warning: (m) => {
      io.log.warning(m);
    },
    debug: (m) => {
      io.log.debug(m);
    }
  };
  return api.createOctokit(settings.token, github.apiUrl, {
    log,
    maxWaitMs: api.maxWaitFromEnvironment(io.env)
  });
}
function claimEvidence(io, settings, reading, github) {
  return {
    ...evidenceOptions(io, settings, github),
    compare: actionCompareOptions({
      reading,
      compareRef: settings.compareRef,
      checklistFile: relative2(settings.workspace, settings.checklistPath).split(sep).join("/"),
      client: github === null || settings.token === "" ? null : () => octokitFor(io, settings, github)
    })
  };
}
function evidenceOptions(io, settings, github) {
  if (github === null || settings.token === "") {
    return github?.pullRequest == null ? {} : { approvals: { kind: "unreadable", reason: "input 'github-token' is empty" } };
  }
  const client = () => octokitFor(io, settings, github);
  return {
    github: lazyGitHubEvidenceSource(client, {
      owner: github.owner,
      repo: github.repo,
      sha: github.sha,
      pullRequest: github.pullRequest,
      serverUrl: github.serverUrl,
      workspace: settings.workspace,
      checklistDir: checklistDirectory(settings.workspace, settings.checklistPath)
    })
  };
}
async function reportFrom(settings, reading) {
  const { reportToPublish } = await import("./chunks/report-origin-YTJQ4VXK.js");
  const report = reportToPublish({
    file: settings.reportFrom,
    boundary: settings.root,
    reading,
    checkName: settings.checkName
  });
  if ("error" in report) throw new ConfigurationError(report.error);
  return report;
}
async function recallPrevious(io, settings, publisher) {
  const pullRequest = publisher?.ctx.pullRequest ?? null;
  const debug2 = (message) => {
    io.log.debug(message);
  };
  const readComment = publisher === null || pullRequest === null || !settings.surfaces.comment ? null : () => publisher.api.readOwnCommentState(
    publisher.octokit,
    publisher.ctx,
    pullRequest,
    {
      checkName: settings.checkName,
      commentAuthor: settings.commentAuthor,
      checkRunStart: publisher.checkRunStart,
      debug: debug2
    },
    { signal: AbortSignal.timeout(publisher.api.PUBLISH_DEADLINE_MS) }
  );
  return recallPreviousRun({
    readComment,
    previousReport: settings.previousReport,
    boundary: settings.root,
    debug: debug2
  });
}
async function verifyReportPullRequest(publisher, report, warn) {
  const number = report.pullRequest;
  if (number === null) return;
  const { octokit, ctx } = publisher;
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number
    });
    const { verifyPullRequestHead } = await import("./chunks/report-origin-YTJQ4VXK.js");
    const problem = verifyPullRequestHead(data, number, report.origin);
    if (problem === null) publisher.ctx = { ...ctx, pullRequest: number };
    else warn(`Not commenting: ${problem}.`);
  } catch (error2) {
    warn(`Not commenting: pull request #${number} could not be read (${errorMessage(error2)}).`);
  }
}
function warnOnce(log) {
  const warned = /* @__PURE__ */ new Set();
  return (warning2) => {
    if (warning2 === void 0 || warned.has(warning2)) return;
    warned.add(warning2);
    log.warning(warning2);
  };
}
function registerProblemMatchers(io, settings, reading) {
  if (io.env.GITHUB_ACTIONS !== "true") return;
  const checkRunAnnotates = settings.surfaces.checkRun && reading.kind === "read" && !reading.context.fromFork;
  if (checkRunAnnotates) return;
  for (const file of io.matcherFiles()) io.log.info(`::add-matcher::${file}`);
}
function githubOf(reading, warn) {
  if (reading.kind === "read") return reading.context;
  if (reading.kind === "unreadable") warn(`Not publishing to GitHub: ${reading.reason}`);
  return null;
}
async function startPublishing(io, settings, github, warn) {
  const { checkRun, commitStatus, comment } = settings.surfaces;
  const wantsComment = comment && github?.pullRequest !== null;
  if (github === null || !(checkRun || commitStatus || wantsComment)) return null;
  if (settings.token === "") {
    warn(
      "Input 'github-token' is empty: the check run, status and PR comment are not published; the job summary and outputs still are."
    );
    return null;
  }
  const api = await io.loadGitHub();
  const octokit = await octokitFor(io, settings, github);
  const stopStart = new AbortController();
  const checkRunStart = checkRun && settings.checkRunId === null ? api.tryStartCheckRun(octokit, github, settings.checkName, { signal: stopStart.signal }) : null;
  return { api, octokit, ctx: github, checkRunStart, stopStart };
}
function surfacesToRender(settings, publisher) {
  const { checkRun, commitStatus, comment, jobSummary } = settings.surfaces;
  const api = publisher !== null;
  return {
    checkRun: api && checkRun,
    commitStatus: api && commitStatus,
    comment: api && comment && publisher.ctx.pullRequest !== null,
    jobSummary
  };
}
async function publish(io, settings, publisher, rendered, warn, listing) {
  if (settings.surfaces.jobSummary) {
    const summary = await io.writeJobSummary(rendered.jobSummary);
    warn(summary.warning);
  }
  if (publisher === null) return;
  const { api, octokit, ctx, checkRunStart, stopStart } = publisher;
  try {
    const outcome = await api.publishReport(octokit, ctx, rendered, {
      checkRun: settings.surfaces.checkRun,
      status: settings.surfaces.commitStatus,
      comment: settings.surfaces.comment && ctx.pullRequest !== null,
      checkName: settings.checkName,
      deadlineMs: api.PUBLISH_DEADLINE_MS,
      ...checkRunStart === null ? {} : { checkRunStart },
      ...settings.checkRunId === null ? {} : { jobCheckRunId: settings.checkRunId },
      ...listing === void 0 ? {} : { listedComments: listing },
      ...settings.commentAuthor === "" ? {} : { commentAuthor: settings.commentAuthor }
    });
    for (const surface of outcome.surfaces) warn(surface.warning);
  } finally {
    stopStart.abort();
  }
}
async function reportFailure(io, error2, settings, publisher, warn) {
  const failure = failureOutcome(error2, secretsToMask(io.env, settings?.token ?? ""));
  if (failure.kind === "internal" && error2 instanceof Error && error2.stack) {
    io.log.debug(sourceMappedStack(error2.stack));
  }
  try {
    io.setOutputs(failure.outputs);
  } catch (outputError) {
    warn(`Could not set the outputs: ${errorMessage(outputError)}`);
  }
  if (settings?.surfaces.jobSummary !== false) {
    warn((await io.writeJobSummary(failure.report.jobSummary)).warning);
  }
  if (publisher?.checkRunStart != null) {
    const { api, octokit, ctx, checkRunStart, stopStart } = publisher;
    const signal = AbortSignal.timeout(api.PUBLISH_DEADLINE_MS);
    try {
      const started = await untilAborted(checkRunStart, signal);
      if (started !== null && "checkRunId" in started) {
        await api.completeCheckRun(octokit, ctx, started.checkRunId, failure.report, { signal });
      }
    } catch (publishError) {
      warn(`Could not complete the check run: ${errorMessage(publishError)}`);
    } finally {
      stopStart.abort();
    }
  }
  io.log.error(failure.message);
  return failure.exitCode;
}
function untilAborted(promise, signal) {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve2, reject) => {
    const onAbort = () => {
      resolve2(null);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve2(value);
      },
      (error2) => {
        signal.removeEventListener("abort", onAbort);
        reject(error2 instanceof Error ? error2 : new Error(String(error2)));
      }
    );
  });
}

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
