import {
  verdictTitle
} from "./chunk-7KPXNC3M.js";
import {
  conclusionOf
} from "./chunk-BWOAAN5N.js";
import "./chunk-LFPFDL7P.js";
import {
  EFFECT_LABEL
} from "./chunk-QVUAMLGH.js";
import {
  readFileConfined
} from "./chunk-WKX34K4D.js";
import "./chunk-AD2LMMWH.js";
import "./chunk-4JK2LAZB.js";
import "./chunk-CN36DVH4.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-WFXTJZ4K.js";
import {
  quoteValue
} from "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";

// src/validations/model.ts
var VALIDATION_KINDS = [
  "type-check",
  "lint",
  "format-check",
  "tests",
  "audit",
  "build",
  "run",
  "paths-exist"
];
var VALIDATION_STATUSES = [
  "passed",
  "failed",
  "timed-out",
  "missing-tool",
  "unassessable",
  "modified-tree",
  "error",
  "skipped"
];

// src/report/read-json.ts
var MAX_REPORT_BYTES = 32 * 1024 * 1024;
function assessmentFromReport(text, expected) {
  const parsed = parseJsonReport(text);
  if ("error" in parsed) return parsed;
  const { report } = parsed;
  const assessment = assessmentOf(report);
  const paths = repositoryPathProblem(report.context.checklistPath, "context.checklistPath") ?? repositoryPathProblem(report.context.validationRoot, "context.validationRoot");
  if (paths !== null) return refuse(paths);
  const inconsistency = consistencyProblem(report, assessment);
  if (inconsistency !== null) return refuse(`it contradicts itself: ${inconsistency}`);
  const mismatch = originProblem(report, expected.origin);
  if (mismatch !== null) return refuse(mismatch);
  const pullRequest = report.context.pullRequest ?? null;
  return {
    assessment,
    context: {
      checkName: expected.checkName,
      runUrl: expected.origin.runUrl,
      repository: expected.origin.repository,
      sha: expected.origin.sha,
      pullRequest,
      ref: report.context.ref,
      checklistPath: report.context.checklistPath,
      validationRoot: report.context.validationRoot,
      workspace: null,
      serverUrl: expected.serverUrl,
      ...report.generatedAt === void 0 ? {} : { generatedAt: report.generatedAt }
    },
    pullRequest,
    pullRequestNeedsVerification: pullRequest !== null && expected.origin.pullRequests === null
  };
}
function parseJsonReport(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse("it is not valid JSON");
  }
  const problem = reportShapeProblem(value);
  return problem === null ? { report: value } : refuse(problem);
}
function reportShapeProblem(value) {
  return REPORT(value, "");
}
function refuse(why) {
  return {
    error: `Input 'report-from' is not a report this run can publish: ${why}; point 'report-from' at the JSON report Readiness Gate wrote for this commit.`
  };
}
function assessmentOf(report) {
  const { verdict } = report;
  return {
    verdict: verdict.state,
    ready: verdict.ready,
    criticalValidationsPassed: verdict.criticalValidationsPassed,
    basis: verdict.basis,
    notes: verdict.notes,
    rules: verdict.rules,
    validationsRun: verdict.validationsRun,
    checklist: report.checklist,
    blockers: report.blockers,
    validations: report.validations,
    refused: report.refused,
    phases: report.phases,
    priorities: report.priorities,
    reconciliation: {
      claimedDoneFailing: report.reconciliation.claimedDoneFailing,
      passesTickIt: report.reconciliation.passesTickIt,
      unverifiedClaims: report.reconciliation.unverifiedClaims,
      placeholders: report.placeholders,
      signOffs: report.signOffs,
      declared: report.declaredStatus
    }
  };
}
function consistencyProblem(report, assessment) {
  const { verdict } = report;
  const expectedState = !verdict.basis.validations && !verdict.basis.items ? "unassessed" : report.blockers.length > 0 ? "not-ready" : "ready";
  if (verdict.state !== expectedState) {
    return `verdict.state is '${verdict.state}' but its basis and ${report.blockers.length} blocker(s) give '${expectedState}'`;
  }
  if (verdict.ready !== (verdict.state === "ready"))
    return "verdict.ready disagrees with verdict.state";
  if (verdict.title !== verdictTitle(assessment)) {
    return `verdict.title ${quoteValue(verdict.title)} is not ${quoteValue(verdictTitle(assessment))}`;
  }
  if (verdict.conclusion !== conclusionOf(assessment)) {
    return `verdict.conclusion '${verdict.conclusion}' is not '${conclusionOf(assessment)}'`;
  }
  return null;
}
function repositoryPathProblem(value, name) {
  const bad = value === "" || value.length > 1024 || /[\u0000-\u001f\u007f\\]/.test(value);
  const segments = value.split("/");
  if (bad || value.startsWith("/") || segments.includes("..")) {
    return `${name} must be a path inside the repository (got ${quoteValue(value, 60)})`;
  }
  return null;
}
function originProblem(report, origin) {
  const { repository, sha, pullRequest } = report.context;
  if (repository === null || repository.toLowerCase() !== origin.repository.toLowerCase()) {
    return `it is for repository ${repository === null ? "none" : quoteValue(repository)}, not '${origin.repository}'`;
  }
  if (sha !== origin.sha) {
    return `it is for commit ${sha === null ? "none" : quoteValue(sha)}, but the event's commit is ${origin.sha}`;
  }
  if (origin.pullRequests === null) return null;
  const claimed = pullRequest ?? null;
  if (claimed === null ? origin.pullRequests.length > 0 : !origin.pullRequests.includes(claimed)) {
    const named = origin.pullRequests.length === 0 ? "none" : origin.pullRequests.map((n) => `#${n}`).join(", ");
    return `it is for pull request ${claimed === null ? "none" : `#${claimed}`}, but the event names ${named}`;
  }
  return null;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return quoteValue(value, 40);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}
var where = (at) => at === "" ? "the report" : at;
var str = (v, at) => typeof v === "string" ? null : `${where(at)} must be a string (got ${describe(v)})`;
var bool = (v, at) => typeof v === "boolean" ? null : `${where(at)} must be true or false (got ${describe(v)})`;
function int(min = null, max = null) {
  return (v, at) => typeof v === "number" && Number.isInteger(v) && (min === null || v >= min) && (max === null || v <= max) ? null : `${where(at)} must be a whole number${min === null ? "" : ` \u2265 ${min}`}${max === null ? "" : ` \u2264 ${max}`} (got ${describe(v)})`;
}
function num(min = null) {
  return (v, at) => typeof v === "number" && Number.isFinite(v) && (min === null || v >= min) ? null : `${where(at)} must be a number${min === null ? "" : ` \u2265 ${min}`} (got ${describe(v)})`;
}
function oneOf(...values) {
  return (v, at) => (typeof v === "string" || typeof v === "number") && values.includes(v) ? null : `${where(at)} must be one of ${values.join(", ")} (got ${describe(v)})`;
}
function nullable(check) {
  return (v, at) => v === null ? null : check(v, at);
}
function arr(item, minItems = 0) {
  return (v, at) => {
    if (!Array.isArray(v)) return `${where(at)} must be an array (got ${describe(v)})`;
    if (v.length < minItems) return `${where(at)} must have at least ${minItems} item(s)`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${at}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  };
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function obj(required, optional = {}) {
  return (v, at) => {
    if (!isPlainObject(v)) return `${where(at)} must be an object (got ${describe(v)})`;
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key)) {
        return `${where(at)} has an unknown key ${quoteValue(key, 40)}`;
      }
    }
    for (const [key, check] of Object.entries(required)) {
      const path = at === "" ? key : `${at}.${key}`;
      if (!Object.hasOwn(v, key)) return `${path} is missing`;
      const problem = check(v[key], path);
      if (problem !== null) return problem;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (!Object.hasOwn(v, key)) continue;
      const problem = check(v[key], at === "" ? key : `${at}.${key}`);
      if (problem !== null) return problem;
    }
    return null;
  };
}
function numbersByName(v, at) {
  if (!isPlainObject(v)) return `${where(at)} must be an object (got ${describe(v)})`;
  for (const [key, value] of Object.entries(v)) {
    const problem = num()(value, `${at}.${key}`);
    if (problem !== null) return problem;
  }
  return null;
}
function byKind(shapes) {
  return (v, at) => {
    const kind = isPlainObject(v) ? v.kind : void 0;
    const shape = typeof kind === "string" && Object.hasOwn(shapes, kind) ? shapes[kind] : void 0;
    if (shape === void 0) {
      return `${where(at)}.kind must be one of ${Object.keys(shapes).join(", ")} (got ${describe(kind)})`;
    }
    return shape(v, at);
  };
}
var count = int(0);
var line = int(1);
var lineOrNull = nullable(line);
var STATUS = oneOf(...VALIDATION_STATUSES, "not-run");
var EFFECT = oneOf(...Object.keys(EFFECT_LABEL));
var PRIORITY_LEVEL = oneOf("critical", "high", "medium", "low", "none");
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
var dateTime = (v, at) => typeof v === "string" && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)) ? null : `${where(at)} must be an ISO 8601 date-time (got ${describe(v)})`;
var signatureField = obj({ filled: bool, value: nullable(str), line: lineOrNull });
var finding = obj(
  { severity: oneOf("error", "warning", "notice"), message: str },
  {
    code: str,
    file: str,
    line,
    column: int(1),
    endLine: int(1),
    package: str,
    version: str,
    advisorySeverity: str,
    kind: str,
    url: str,
    test: str
  }
);
var validation = obj({
  id: str,
  name: str,
  command: str,
  cwd: str,
  critical: bool,
  tool: nullable(str),
  kind: nullable(oneOf(...VALIDATION_KINDS)),
  paths: nullable(arr(str)),
  verifies: arr(line),
  source: obj({
    kind: oneOf("script", "verify-item", "config"),
    line: lineOrNull,
    file: nullable(str)
  }),
  status: STATUS,
  exitCode: nullable(int()),
  signal: nullable(str),
  durationMs: nullable(num(0)),
  summary: str,
  counts: numbersByName,
  findings: arr(finding),
  droppedFindings: count,
  hint: nullable(str),
  output: nullable(obj({ head: str, tail: str, totalBytes: count, truncated: bool }))
});
var blocker = byKind({
  validation: obj({
    kind: oneOf("validation"),
    text: str,
    validationId: str,
    validationName: str,
    status: STATUS,
    keyFinding: str,
    line: lineOrNull,
    hint: nullable(str)
  }),
  "unchecked-items": obj({
    kind: oneOf("unchecked-items"),
    text: str,
    itemText: str,
    line,
    phase: str,
    totalCount: int(1),
    uncheckedCount: int(1),
    uncheckedLines: arr(line, 1)
  })
});
var itemMismatch = obj({
  line,
  text: str,
  checked: bool,
  phase: nullable(str),
  validations: arr(obj({ id: str, name: str, status: STATUS, summary: str }), 1)
});
var REPORT = obj(
  {
    schemaVersion: oneOf(1),
    context: obj(
      {
        checkName: str,
        repository: nullable(str),
        sha: nullable(str),
        ref: nullable(str),
        runUrl: nullable(str),
        checklistPath: str,
        validationRoot: str
      },
      { pullRequest: int(1) }
    ),
    verdict: obj({
      state: oneOf("ready", "not-ready", "unassessed"),
      ready: bool,
      title: str,
      conclusion: oneOf("success", "failure", "neutral"),
      criticalValidationsPassed: bool,
      basis: obj({ validations: bool, items: bool }),
      rules: obj({ requireValidations: bool, requireItems: bool }),
      validationsRun: bool,
      notes: arr(str)
    }),
    checklist: obj({
      file: str,
      title: nullable(str),
      lineCount: count,
      items: count,
      checked: count
    }),
    blockers: arr(blocker),
    validations: arr(validation),
    refused: arr(obj({ command: str, line: lineOrNull, effect: EFFECT, reason: str })),
    phases: arr(
      obj({
        number: nullable(int()),
        title: str,
        heading: str,
        line,
        priority: obj({ label: nullable(str), level: PRIORITY_LEVEL }),
        checked: count,
        total: count,
        percent: int(0, 100)
      })
    ),
    priorities: arr(obj({ level: PRIORITY_LEVEL, phases: count, checked: count, total: count })),
    reconciliation: obj({
      claimedDoneFailing: arr(itemMismatch),
      passesTickIt: arr(itemMismatch),
      unverifiedClaims: arr(
        obj({
          line,
          text: str,
          command: str,
          why: oneOf("not-planned", "refused"),
          effect: nullable(EFFECT),
          reason: str
        })
      )
    }),
    placeholders: arr(obj({ text: str, line, context: str })),
    signOffs: obj({
      signed: count,
      total: count,
      roles: arr(
        obj({
          role: str,
          line,
          signed: signatureField,
          date: signatureField,
          itemsChecked: count,
          itemsTotal: count,
          state: oneOf("signed", "unsigned")
        })
      )
    }),
    declaredStatus: obj({
      declared: nullable(
        obj({
          line,
          overallReadiness: nullable(str),
          ready: nullable(bool),
          lastValidation: nullable(str),
          nextSteps: nullable(str)
        })
      ),
      agreement: oneOf(
        "agrees",
        "declared-ready-but-not-ready",
        "declared-not-ready-but-ready",
        "not-comparable"
      ),
      blockers: arr(
        obj({
          text: str,
          line,
          state: oneOf("still-holds", "resolved", "unknown"),
          evidence: nullable(str)
        })
      ),
      newBlockers: arr(obj({ text: str, line: lineOrNull, validationId: nullable(str) }))
    })
  },
  { generatedAt: dateTime }
);

// src/github/report-origin.ts
function reportToPublish(options) {
  const { reading } = options;
  if (reading.kind !== "read") {
    const why = reading.kind === "none" ? "this is not a GitHub Actions run" : reading.reason;
    return {
      error: `Input 'report-from' needs the GitHub event to check the report against, and it cannot be read (${why}); run report-from in a workflow_run (or pull_request) workflow.`
    };
  }
  const origin = reportOriginFrom(reading.context, reading.payload);
  if ("error" in origin) return origin;
  const file = readFileConfined(
    { boundary: options.boundary, file: options.file, input: "report-from" },
    MAX_REPORT_BYTES
  );
  if ("error" in file) return file;
  const read = assessmentFromReport(file.text, {
    origin,
    checkName: options.checkName,
    serverUrl: reading.context.serverUrl
  });
  if ("error" in read) return read;
  return {
    ...read,
    origin,
    publishTo: {
      ...reading.context,
      sha: origin.sha,
      pullRequest: read.pullRequestNeedsVerification ? null : read.pullRequest,
      runUrl: origin.runUrl
    }
  };
}
var SHA = /^[0-9a-f]{40}$/;
function reportOriginFrom(context, payload) {
  const repository = `${context.owner}/${context.repo}`;
  if (context.eventName !== "workflow_run") {
    return {
      repository,
      sha: context.sha,
      pullRequests: context.pullRequest === null ? [] : [context.pullRequest],
      runUrl: context.runUrl
    };
  }
  const run = record(payload.workflow_run);
  const sha = run?.head_sha;
  if (typeof sha !== "string" || !SHA.test(sha)) {
    return {
      error: "Input 'report-from' needs the workflow_run event's head_sha, and the event has none; run report-from on workflow_run events GitHub sends."
    };
  }
  const listed = Array.isArray(run?.pull_requests) ? run.pull_requests : [];
  const pullRequests = listed.map((pull) => record(pull)).filter((pull) => record(record(pull?.head))?.sha === sha).map((pull) => pull?.number).filter((n) => typeof n === "number" && Number.isInteger(n) && n > 0);
  const forPullRequest = run?.event === "pull_request" || run?.event === "pull_request_target";
  return {
    repository,
    sha,
    // An empty list for a pull request run means a fork's: the event cannot say which.
    pullRequests: pullRequests.length === 0 && forPullRequest ? null : pullRequests,
    runUrl: runPage(run?.html_url, context.serverUrl, repository) ?? context.runUrl
  };
}
function verifyPullRequestHead(pull, number, origin) {
  const data = record(pull);
  const head = record(data?.head)?.sha;
  const base = record(record(record(data?.base)?.repo))?.full_name;
  if (data?.number !== number) return `pull request #${number} was not found`;
  if (typeof base !== "string" || base.toLowerCase() !== origin.repository.toLowerCase()) {
    return `pull request #${number} is not into ${origin.repository}`;
  }
  if (head !== origin.sha) {
    return `pull request #${number}'s head is not ${origin.sha.slice(0, 7)}, the commit the report is for, so nothing is commented there`;
  }
  return null;
}
function runPage(url, serverUrl, repository) {
  if (typeof url !== "string") return null;
  const prefix = `${serverUrl}/${repository}/actions/runs/`;
  return url.startsWith(prefix) && /^\d+(?:\/attempts\/\d+)?$/.test(url.slice(prefix.length)) ? url : null;
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
export {
  reportOriginFrom,
  reportToPublish,
  verifyPullRequestHead
};
