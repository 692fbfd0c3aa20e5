import {
  EFFECT_LABEL,
  VALIDATION_KINDS,
  VALIDATION_STATUSES,
  conclusionOf,
  criticalValidationsPassed,
  noGitHubEvidence,
  quoteValue,
  verdictTitle
} from "./chunk-XOXU4LMM.js";

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
    // Recomputed by today's rule: a version-1 report may say true when no validation was critical.
    criticalValidationsPassed: criticalValidationsPassed(
      verdict.validationsRun,
      report.validations
    ),
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
      declared: report.declaredStatus,
      github: report.githubEvidence ?? noGitHubEvidence()
    },
    ...report.merge === void 0 ? {} : { merge: report.merge },
    ...report.waivers === void 0 ? {} : { waivers: report.waivers },
    ...report.comparison === void 0 ? {} : { comparison: report.comparison }
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
var WAIVER_PROBLEM = oneOf(
  "no-reason",
  "no-approver",
  "no-expiry",
  "bad-expiry",
  "expired",
  "not-approved",
  "approval-unverified"
);
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
  "github-contradiction": obj({
    kind: oneOf("github-contradiction"),
    text: str,
    itemText: str,
    line,
    evidence: str
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
  }),
  waiver: obj({
    kind: oneOf("waiver"),
    text: str,
    itemText: str,
    line,
    problems: arr(WAIVER_PROBLEM, 1),
    why: str
  }),
  "checklist-change": obj({
    kind: oneOf("checklist-change"),
    text: str,
    change: oneOf("removed", "demoted"),
    itemText: str,
    line,
    baseLine: line,
    waiverProblems: nullable(arr(WAIVER_PROBLEM, 1))
  })
});
var waiverState = obj({
  source: oneOf("checklist", "config"),
  line: lineOrNull,
  configLine: lineOrNull,
  subject: str,
  reason: nullable(str),
  approver: nullable(str),
  expires: nullable(str),
  valid: bool,
  problems: arr(WAIVER_PROBLEM),
  why: str
});
var changeSide = obj({ line, text: str });
var itemSide = obj({ line, text: str, phase: nullable(str) });
var comparison = obj({
  state: oneOf("compared", "new", "skipped"),
  ref: nullable(str),
  source: nullable(oneOf("git", "api")),
  reason: nullable(str),
  items: arr(
    obj({
      kind: oneOf("removed", "demoted", "reworded"),
      base: itemSide,
      head: nullable(itemSide),
      anchorLine: line,
      detail: str,
      waiver: nullable(waiverState)
    })
  ),
  commands: arr(
    obj({
      kind: oneOf("removed", "weakened"),
      item: obj({ baseLine: line, headLine: lineOrNull, text: str }),
      base: changeSide,
      head: nullable(changeSide),
      anchorLine: line,
      lost: arr(str)
    })
  ),
  ticks: arr(
    obj({
      kind: oneOf("ticked", "unticked"),
      baseLine: line,
      headLine: line,
      text: str,
      critical: bool,
      evidence: oneOf("proven", "failing", "unproven", "waived")
    })
  ),
  scriptSteps: arr(obj({ base: changeSide, anchorLine: line }))
});
var itemMismatch = obj({
  line,
  text: str,
  checked: bool,
  phase: nullable(str),
  validations: arr(obj({ id: str, name: str, status: STATUS, summary: str }), 1)
});
var githubEvidence = obj({
  consulted: bool,
  apiCalls: count,
  unreadable: arr(str),
  references: arr(
    obj({
      line,
      itemText: str,
      checked: bool,
      critical: bool,
      reference: obj({ kind: oneOf("issue", "check", "file"), target: str }),
      state: oneOf("confirmed", "contradicted", "tick-it", "open", "unverified"),
      evidence: str,
      url: nullable(str)
    })
  ),
  tickIt: arr(line)
});
var commit = (v, at) => typeof v === "string" && /^[0-9a-f]{4,40}$/.test(v) ? null : `${where(at)} must be a commit hash of 4 to 40 lower-case hex digits (got ${describe(v)})`;
var VERDICT = oneOf("ready", "not-ready", "unassessed");
var trendPoint = obj({
  commit: nullable(commit),
  validationsPassed: count,
  validationsTotal: count,
  itemsTicked: count,
  itemsTotal: count
});
var itemChange = obj({ key: str, text: nullable(str), line: lineOrNull });
var validationChange = obj({ id: str, name: str, from: nullable(STATUS), to: STATUS });
var HISTORY = obj({
  previous: nullable(
    obj({
      source: oneOf("comment", "previous-report"),
      commit: nullable(commit),
      at: nullable(dateTime)
    })
  ),
  delta: nullable(
    obj({
      since: nullable(commit),
      verdict: obj({ from: VERDICT, to: VERDICT }),
      blockers: obj({ from: count, to: count }),
      newlyFailing: arr(validationChange),
      newlyPassing: arr(validationChange),
      counts: arr(obj({ id: str, name: str, count: str, from: num(), to: num() })),
      ticked: nullable(arr(itemChange)),
      unticked: nullable(arr(itemChange)),
      unchanged: bool
    })
  ),
  trend: arr(trendPoint),
  staleTicks: arr(
    obj({
      kind: oneOf("regressed", "never-proven"),
      line,
      text: str,
      validationIds: arr(str, 1),
      since: nullable(commit)
    })
  ),
  notes: arr(str),
  state: obj({
    version: oneOf(1),
    commit: nullable(commit),
    at: nullable(dateTime),
    verdict: VERDICT,
    blockers: count,
    validations: arr(
      obj({
        id: str,
        status: STATUS,
        critical: bool,
        counts: numbersByName,
        lastPassed: nullable(commit)
      })
    ),
    ticked: nullable(arr(str)),
    trend: arr(trendPoint)
  })
});
var REPORT = obj(
  {
    schemaVersion: oneOf(1, 2),
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
      conclusion: oneOf("success", "failure"),
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
        obj(
          {
            role: str,
            line,
            signed: signatureField,
            date: signatureField,
            itemsChecked: count,
            itemsTotal: count,
            state: oneOf("signed", "unsigned", "claimed", "unverified")
          },
          { login: nullable(str) }
        )
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
  {
    generatedAt: dateTime,
    history: HISTORY,
    githubEvidence,
    waivers: arr(waiverState),
    comparison,
    merge: obj({
      shardCount: count,
      platforms: arr(str),
      reports: count,
      refusals: arr(str),
      byPlatform: arr(obj({ id: str, platform: str, status: STATUS, summary: str }))
    })
  }
);

export {
  MAX_REPORT_BYTES,
  assessmentFromReport,
  reportShapeProblem,
  assessmentOf,
  str,
  bool,
  int,
  num,
  oneOf,
  nullable,
  arr,
  obj,
  numbersByName,
  finding
};
//# sourceMappingURL=chunk-GANIQKTY.js.map
