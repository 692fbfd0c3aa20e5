import {
  cliGateOptions,
  cliPlanOptions
} from "./chunk-B76WFPHD.js";
import {
  VALIDATION_KINDS,
  VALIDATION_STATUSES
} from "./chunk-FFHQZHR3.js";
import "./chunk-I6HX574C.js";
import "./chunk-VV5FSKVF.js";
import {
  writeReports
} from "./chunk-OJCGSP3G.js";
import {
  EFFECT_LABEL
} from "./chunk-4N5CHATA.js";
import {
  PLATFORM_LABEL,
  VERSION,
  parseMergeArgs,
  shardLabel,
  showHelp,
  streamLogger
} from "./chunk-62XKVIBY.js";
import "./chunk-NLOXILUB.js";
import "./chunk-SWNQML2K.js";
import {
  formatVerdict
} from "./chunk-VDW5VTIU.js";
import {
  verdictOutcome
} from "./chunk-5NFRVODJ.js";
import {
  EXIT_CODES
} from "./chunk-V3FOUYSF.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import {
  assessReadiness,
  evaluateReadiness,
  planReadiness,
  startEvidence
} from "./chunk-4B5EJ7TX.js";
import "./chunk-EKH3MAKY.js";
import "./chunk-WME7CM5E.js";
import {
  secretsToMask
} from "./chunk-EOIRXPSJ.js";
import "./chunk-NJBIGTHB.js";
import "./chunk-4BUXL3TZ.js";
import "./chunk-W6I7OSMC.js";
import "./chunk-VVPLV2LN.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-VALL6OQN.js";
import "./chunk-FQGMEYUQ.js";
import "./chunk-3XCZIKZF.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue
} from "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";

// src/shards/durations.ts
import * as fs from "node:fs";

// src/report/read-json.ts
var MAX_REPORT_BYTES = 32 * 1024 * 1024;
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
      const path3 = at === "" ? key : `${at}.${key}`;
      if (!Object.hasOwn(v, key)) return `${path3} is missing`;
      const problem = check(v[key], path3);
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

// src/shards/durations.ts
function readDurations(file, setting) {
  const fix = `set ${setting} to a JSON report Readiness Gate wrote (or leave it empty to balance by estimates)`;
  let value;
  try {
    if (fs.statSync(file).size > MAX_REPORT_BYTES) throw new Error("too large");
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} cannot be read as JSON (${errorMessage(error)}); ${fix}.`
    );
  }
  const record = typeof value === "object" && value !== null ? value : {};
  const entries = Array.isArray(record.validations) ? record.validations : Array.isArray(record.results) ? record.results : null;
  if (entries === null) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} has no validations or results with durations; ${fix}.`
    );
  }
  const durations = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const { id, durationMs } = entry ?? {};
    if (typeof id === "string" && typeof durationMs === "number" && Number.isFinite(durationMs)) {
      durations.set(id, Math.max(0, durationMs));
    }
  }
  return durations;
}

// src/shards/fingerprint.ts
import { execFile } from "node:child_process";
import * as fs2 from "node:fs";
async function fingerprintOf(input) {
  const { createHash } = await import("node:crypto");
  const sha2562 = (file) => createHash("sha256").update(fs2.readFileSync(file)).digest("hex");
  return {
    gateVersion: VERSION,
    checklistSha256: sha2562(input.checklistPath),
    configSha256: input.configPath !== null && fs2.existsSync(input.configPath) ? sha2562(input.configPath) : null,
    commit: await gitHead(input.root) ?? commitFromEnv(input.env),
    planIds: input.plan.validations.map((v) => v.id)
  };
}
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function commitFromEnv(env) {
  const sha = env.GITHUB_SHA?.trim() ?? "";
  return SHA.test(sha) ? sha : null;
}
function gitHead(root) {
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["rev-parse", "--verify", "--quiet", "HEAD"],
      { cwd: root, timeout: 1e4, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } },
      (error, stdout) => {
        const sha = stdout.trim();
        resolve2(error === null && SHA.test(sha) ? sha : null);
      }
    );
  });
}
function fingerprintMismatches(found, expected) {
  const mismatches = [];
  const add = (key, text) => {
    mismatches.push({ key, text });
  };
  if (found.gateVersion !== expected.gateVersion) {
    add(
      `version:${found.gateVersion}`,
      `made by Readiness Gate ${found.gateVersion}, this merge is ${expected.gateVersion}: use one version in every job`
    );
  }
  if (found.commit !== expected.commit) {
    add(
      `commit:${found.commit ?? ""}`,
      `for commit ${found.commit ?? "unknown"}, not ${expected.commit ?? "unknown"} (this checkout): re-run the shards for this commit`
    );
  }
  if (found.checklistSha256 !== expected.checklistSha256) {
    add(
      `checklist:${found.checklistSha256}`,
      "planned from another checklist (its content differs from this checkout's): re-run the shards"
    );
  }
  if (found.configSha256 !== expected.configSha256) {
    add(
      `config:${found.configSha256 ?? ""}`,
      `planned with ${found.configSha256 === null ? "no config" : "another config"}, and this checkout has ${expected.configSha256 === null ? "none" : "a different one"}: re-run the shards`
    );
  }
  if (mismatches.length === 0 && found.planIds.join("\0") !== expected.planIds.join("\0")) {
    add(
      `plan:${found.planIds.join("\0")}`,
      `planned other validations (${found.planIds.join(", ")}) than this checkout (${expected.planIds.join(", ")}): re-run the shards`
    );
  }
  return mismatches;
}

// src/shards/files.ts
import * as fs3 from "node:fs";
import * as path from "node:path";
function shardFilesAt(patterns, base) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    for (const file of filesOf(pattern, base)) found.add(file);
  }
  return [...found].sort();
}
function filesOf(pattern, base) {
  if (!/[*?]/.test(pattern)) {
    const target = path.resolve(base, pattern);
    const stat = statOrNull(target);
    if (stat?.isDirectory() === true) return walk(target).filter((f) => f.endsWith(".json"));
    return stat?.isFile() === true ? [target] : [];
  }
  const segments = pattern.split(/[\\/]/);
  const fixed = segments.findIndex((s) => /[*?]/.test(s));
  const prefix = segments.slice(0, fixed).join("/");
  const root = path.resolve(base, prefix === "" ? pattern.startsWith("/") ? "/" : "." : prefix);
  const matcher = globRegExp(segments.slice(fixed).join("/"));
  if (statOrNull(root)?.isDirectory() !== true) return [];
  return walk(root).filter(
    (file) => matcher.test(path.relative(root, file).split(path.sep).join("/"))
  );
}
function globRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function walk(dir) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    let entries;
    try {
      entries = fs3.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files;
}
function statOrNull(file) {
  try {
    return fs3.statSync(file);
  } catch {
    return null;
  }
}

// src/shards/merge.ts
function mergeShards(files, validations, expected) {
  const refusals = files.flatMap((f) => "error" in f ? [f.error] : []);
  const read = files.flatMap((f) => "report" in f ? [{ file: f.file, report: f.report }] : []);
  const platforms = [...new Set(read.map((r) => r.report.platform))].sort();
  const counts = [...new Set(read.map((r) => r.report.shard.count))].sort((a, b) => a - b);
  const summary = {
    shardCount: counts.at(-1) ?? 0,
    platforms,
    reports: read.length,
    refusals,
    byPlatform: []
  };
  if (read.length === 0 && refusals.length === 0) {
    refusals.push(
      "No shard reports were found at the paths given: did every shard fail before uploading? Download the shards' artifacts before the merge."
    );
  }
  if (counts.length > 1) {
    refusals.push(
      `The shards come from different splits (${counts.map((n) => `of ${n}`).join(", ")}): every shard of a matrix must use the same count.`
    );
  }
  refusals.push(...mismatchLines(read, expected));
  for (const { file, report } of read) {
    if (report.notRunReason !== null) {
      refusals.push(
        `${shardName(report, file)} did not run its validations (${report.notRunReason}).`
      );
    }
  }
  const perPlatform = /* @__PURE__ */ new Map();
  for (const platform of platforms) {
    const reports = read.filter((r) => r.report.platform === platform);
    const problems = shardSetProblems(reports, summary.shardCount, platform);
    if (problems.length === 0) {
      const placed = placeResults(reports, validations, platform);
      problems.push(...placed.problems);
      perPlatform.set(platform, placed.results);
    }
    refusals.push(...problems);
  }
  if (refusals.length > 0) return { summary, results: [], notes: [] };
  const notes = read.flatMap(
    ({ file, report }) => report.notes.map((note) => `${shardName(report, file)}: ${note}`)
  );
  const combined = combinePlatforms(validations, platforms, perPlatform);
  if (platforms.length > 1) summary.byPlatform = combined.byPlatform;
  return { summary, results: combined.results, notes: [...notes, ...combined.notes] };
}
function mismatchLines(read, expected) {
  const byKey = /* @__PURE__ */ new Map();
  for (const shard of read) {
    for (const { key, text } of fingerprintMismatches(shard.report.fingerprint, expected)) {
      const entry = byKey.get(key) ?? { text, shards: [] };
      entry.shards.push(shard);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ text, shards }) => {
    const subject = shards.length === 1 ? `${shardName(shards[0].report, shards[0].file)} is` : `Shards ${shards.map((s) => `${s.report.shard.index}/${s.report.shard.count} on ${s.report.platform}`).join(", ")} are`;
    return `${subject} ${text}.`;
  });
}
function shardName(report, file) {
  return `Shard ${report.shard.index}/${report.shard.count} on ${report.platform} (${baseName(file)})`;
}
function baseName(file) {
  return quoteValue(file.split(/[\\/]/).at(-1) ?? file, 60);
}
function shardSetProblems(reports, count2, platform) {
  const problems = [];
  for (let index = 1; index <= count2; index++) {
    const copies = reports.filter((r) => r.report.shard.index === index);
    if (copies.length === 0) {
      problems.push(
        `Shard ${index}/${count2} on ${platform} is missing: none of the reports given is it (did its job fail before uploading?).`
      );
    } else if (copies.length > 1) {
      const names = copies.map((c) => baseName(c.file)).join(", ");
      problems.push(
        `Shard ${index}/${count2} on ${platform} is there ${copies.length} times (${names}): merge each shard once; set the 'platform' input where runners of one OS differ.`
      );
    }
  }
  return problems;
}
function placeResults(reports, validations, platform) {
  const planned = new Set(validations.map((v) => v.id));
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  for (const { report } of reports) {
    const shard = `${report.shard.index}/${report.shard.count}`;
    for (const result2 of report.results) {
      if (!planned.has(result2.id)) {
        problems.push(
          `Shard ${shard} on ${platform} has a result for ${quoteValue(result2.id, 60)}, which this checkout's plan does not have: it is refused.`
        );
        continue;
      }
      const seen = found.get(result2.id);
      if (seen === void 0) found.set(result2.id, { result: result2, shards: [shard] });
      else seen.shards.push(shard);
    }
  }
  for (const [id, { shards }] of found) {
    if (shards.length > 1) {
      problems.push(
        `'${id}' ran ${shards.length} times on ${platform} (shards ${shards.join(", ")}): the shards split the plan differently; give every shard the same durations-from.`
      );
    }
  }
  for (const validation2 of validations) {
    if (!found.has(validation2.id)) {
      problems.push(
        `'${validation2.id}' ran in no shard on ${platform}: its result is missing, so it is not proven.`
      );
    }
  }
  return {
    results: validations.flatMap((v) => {
      const entry = found.get(v.id);
      return entry === void 0 ? [] : [entry.result];
    }),
    problems
  };
}
function combinePlatforms(validations, platforms, perPlatform) {
  const notes = [];
  const byPlatform = [];
  const results = validations.map((validation2, index) => {
    const runs = platforms.map((platform) => ({
      platform,
      result: perPlatform.get(platform)[index]
    }));
    for (const { platform, result: result2 } of runs) {
      byPlatform.push({
        id: validation2.id,
        platform,
        status: result2.status,
        summary: result2.report.summary
      });
    }
    const slowest = Math.max(...runs.map((run) => run.result.durationMs));
    const failed = runs.filter((run) => run.result.status !== "passed");
    if (failed.length === 0) return { ...runs[0].result, durationMs: slowest };
    const first = failed[0];
    if (platforms.length > 1) {
      const passed = runs.filter((run) => run.result.status === "passed").map((r) => r.platform);
      notes.push(
        `Platform matrix: ${validation2.name} did not pass on ${failed.map((f) => `${f.platform} (${f.result.status})`).join(", ")}${passed.length > 0 ? `; it passed on ${passed.join(", ")}` : ""}.`
      );
      return {
        ...first.result,
        report: {
          ...first.result.report,
          summary: `on ${first.platform}: ${first.result.report.summary}`
        }
      };
    }
    return first.result;
  });
  return { results, notes, byPlatform };
}

// src/shards/partial-report.ts
import * as fs4 from "node:fs";
import * as path2 from "node:path";
var PARTIAL_REPORT_KIND = "readiness-gate-shard";
var PARTIAL_REPORT_VERSION = 1;
function writePartialReport(file, report, setting) {
  try {
    fs4.mkdirSync(path2.dirname(file), { recursive: true });
    fs4.writeFileSync(file, `${JSON.stringify(report, null, 2)}
`);
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the shard's report to '${file}' (${errorMessage(error)}); set ${setting} to a writable file path.`
    );
  }
}
function readPartialReport(file) {
  const name = quoteValue(path2.basename(file), 60);
  let text;
  try {
    const stat = fs4.statSync(file);
    if (!stat.isFile()) return { error: `${name} is not a file` };
    if (stat.size > MAX_REPORT_BYTES) {
      return { error: `${name} is larger than ${MAX_REPORT_BYTES} bytes: not a shard's report` };
    }
    text = fs4.readFileSync(file, "utf8");
  } catch (error) {
    return { error: `${name} cannot be read (${errorMessage(error)})` };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `${name} is not JSON: not a shard's report` };
  }
  if (typeof value === "object" && value !== null && "schemaVersion" in value) {
    return {
      error: `${name} is a full report, not a shard's: merge the partial reports the shards wrote (check --shard, or the action's shard input)`
    };
  }
  const problem = PARTIAL(value, "");
  if (problem !== null) return { error: `${name} is not a shard's report: ${problem}` };
  const report = value;
  if (report.shard.index > report.shard.count) {
    return {
      error: `${name} is not a shard's report: shard ${report.shard.index}/${report.shard.count}`
    };
  }
  return { report };
}
var SHA256 = /^[0-9a-f]{64}$/;
var sha256 = (v, at) => typeof v === "string" && SHA256.test(v) ? null : `${at} must be a SHA-256 in hex`;
var platformLabel = (v, at) => typeof v === "string" && PLATFORM_LABEL.test(v) ? null : `${at} must be 1 to 40 letters, digits, spaces or ._()+- (got ${quoteValue(String(v), 40)})`;
function oneLine(max) {
  return (v, at) => (
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    typeof v === "string" && v.length > 0 && v.length <= max && !/[\u0000-\u001f\u007f]/.test(v) ? null : `${at} must be one line of 1 to ${max} printable characters`
  );
}
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var commit2 = (v, at) => typeof v === "string" && COMMIT.test(v) ? null : `${at} must be a commit SHA in hex`;
var result = obj({
  id: oneLine(200),
  status: oneOf(...VALIDATION_STATUSES),
  exitCode: nullable(int()),
  signal: nullable(str),
  durationMs: num(0),
  startedAtMs: num(0),
  output: obj({ head: str, tail: str, totalBytes: int(0), truncated: bool }),
  report: obj({
    findings: arr(finding),
    droppedFindings: int(0),
    counts: numbersByName,
    summary: str
  }),
  hint: nullable(str)
});
var PARTIAL = obj({
  kind: oneOf(PARTIAL_REPORT_KIND),
  version: oneOf(PARTIAL_REPORT_VERSION),
  shard: obj({ index: int(1), count: int(1, 64) }),
  platform: platformLabel,
  fingerprint: obj({
    gateVersion: oneLine(40),
    checklistSha256: sha256,
    configSha256: nullable(sha256),
    commit: nullable(commit2),
    planIds: arr(oneLine(200))
  }),
  notRunReason: nullable(oneLine(2e3)),
  results: arr(result),
  notes: arr(str)
});

// src/shards/estimates.ts
var SECOND = 1e3;
var ESTIMATE_BY_TOOL_MS = {
  "cargo-build": 180 * SECOND,
  "cargo-test": 240 * SECOND,
  clippy: 150 * SECOND,
  rustfmt: 5 * SECOND,
  "cargo-audit": 20 * SECOND,
  "npm-build": 60 * SECOND,
  "npm-test": 90 * SECOND,
  "npm-audit": 10 * SECOND,
  cli: 2 * SECOND
};
var ESTIMATE_BY_KIND_MS = {
  build: 120 * SECOND,
  tests: 90 * SECOND,
  lint: 45 * SECOND,
  "type-check": 45 * SECOND,
  "format-check": 10 * SECOND,
  audit: 15 * SECOND,
  run: 10 * SECOND,
  "paths-exist": 0
};
var ESTIMATE_DEFAULT_MS = 60 * SECOND;
function estimatedDurationMs(validation2) {
  const byTool = validation2.tool === null ? void 0 : ESTIMATE_BY_TOOL_MS[validation2.tool];
  if (byTool !== void 0) return byTool;
  const byKind2 = validation2.kind === void 0 ? void 0 : ESTIMATE_BY_KIND_MS[validation2.kind];
  return byKind2 ?? ESTIMATE_DEFAULT_MS;
}

// src/shards/split.ts
function splitPlan(validations, count2, durations = /* @__PURE__ */ new Map()) {
  const units = unitsOf(validations).map((ids) => ({
    ids,
    ms: ids.reduce((sum, id) => sum + durationOf(validations, id, durations), 0),
    first: validations.findIndex((v) => v.id === ids[0])
  }));
  units.sort((a, b) => b.ms - a.ms || a.first - b.first);
  const shares = Array.from({ length: count2 }, (_, i) => ({
    index: i + 1,
    ids: [],
    estimatedMs: 0
  }));
  for (const unit of units) {
    const least = shares.reduce(
      (best, share) => share.estimatedMs < best.estimatedMs ? share : best
    );
    least.ids.push(...unit.ids);
    least.estimatedMs += unit.ms;
  }
  const order = new Map(validations.map((v, i) => [v.id, i]));
  for (const share of shares) share.ids.sort((a, b) => order.get(a) - order.get(b));
  return shares;
}
function shardValidations(validations, spec, durations) {
  const ids = new Set(splitPlan(validations, spec.count, durations)[spec.index - 1].ids);
  return validations.filter((v) => ids.has(v.id));
}
function splitLaneOf(validation2) {
  if (validation2.lane === null) return null;
  const targetDir = validation2.env.CARGO_TARGET_DIR;
  return validation2.lane === "cargo" && targetDir !== void 0 ? `cargo:${targetDir}` : validation2.lane;
}
function unitsOf(validations) {
  const parent = new Map(validations.map((v) => [v.id, v.id]));
  const find = (id) => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(id, root);
    return root;
  };
  const join2 = (a, b) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const laneHead = /* @__PURE__ */ new Map();
  for (const validation2 of validations) {
    const lane = splitLaneOf(validation2);
    if (lane !== null) {
      const head = laneHead.get(lane);
      if (head === void 0) laneHead.set(lane, validation2.id);
      else join2(head, validation2.id);
    }
    for (const need of validation2.needs) join2(need, validation2.id);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const validation2 of validations) {
    const root = find(validation2.id);
    groups.set(root, [...groups.get(root) ?? [], validation2.id]);
  }
  return [...groups.values()];
}
function durationOf(validations, id, durations) {
  const measured = durations.get(id);
  if (measured !== void 0) return measured;
  return estimatedDurationMs(validations.find((v) => v.id === id));
}

// src/shards/run.ts
function platformOf(explicit, env) {
  if (explicit.trim() !== "") return explicit.trim();
  const runner = env.RUNNER_OS?.trim() ?? "";
  return PLATFORM_LABEL.test(runner) ? runner : process.platform;
}
async function runShard(gate, shard) {
  const durations = shard.durationsFrom === null ? void 0 : readDurations(shard.durationsFrom, shard.durationsSetting);
  let ran = [];
  const outcome = await evaluateReadiness({
    ...gate,
    select: (validations) => {
      const share = shardValidations(validations, shard.spec, durations);
      ran = share.map((v) => v.id);
      return share;
    }
  });
  const fingerprint = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: outcome.plan,
    env: shard.env
  });
  return {
    report: {
      kind: PARTIAL_REPORT_KIND,
      version: PARTIAL_REPORT_VERSION,
      shard: shard.spec,
      platform: shard.platform,
      fingerprint,
      notRunReason: outcome.notRunReason,
      results: outcome.results,
      notes: outcome.runNotes
    },
    ran
  };
}
async function mergeShardReports(gate, request) {
  const planned = await planReadiness(gate);
  const evidence = startEvidence(planned, gate);
  const expected = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: planned.plan,
    env: request.env
  });
  const files = shardFilesAt(request.reports, request.base).map((file) => ({
    file,
    ...readPartialReport(file)
  }));
  const merged = mergeShards(files, planned.plan.validations, expected);
  const refused = merged.summary.refusals.length > 0;
  const assessment = assessReadiness(planned, merged.results, !refused, await evidence());
  assessment.notes.push(...merged.notes);
  if (refused) refuseMerge(assessment, merged.summary.refusals);
  assessment.merge = merged.summary;
  return assessment;
}
function refuseMerge(assessment, refusals) {
  assessment.notes.unshift(
    `The shards' reports were not merged, so readiness is not assessed: ${refusals.length} problem(s).`,
    ...refusals
  );
  assessment.verdict = "unassessed";
  assessment.ready = false;
  assessment.basis = { validations: false, items: false };
  assessment.blockers = [];
  assessment.criticalValidationsPassed = false;
}

// src/cli/shard-commands.ts
async function shardCommand(options, spec, io) {
  const log = streamLogger(io.err, io.workflowLog);
  const secrets = secretsToMask(process.env, "");
  const { report, ran } = await runShard(
    { ...cliGateOptions(options, log), secrets },
    {
      spec,
      platform: platformOf(options.platform, process.env),
      durationsFrom: options.durationsFrom,
      durationsSetting: "--durations-from",
      env: process.env
    }
  );
  writePartialReport(options.jsonPath, report, "--json");
  const shown = ran.length === 0 ? "nothing (more shards than units of work)" : ran.join(", ");
  streamLogger(io.out, io.workflowLog).untrusted(
    `Shard ${shardLabel(spec)} on ${report.platform} ran ${shown}.
Partial report written to ${options.jsonPath}; merge it with the others: readiness-gate merge <reports\u2026>
`
  );
  return EXIT_CODES.ready;
}
async function mergeCommand(argv, io) {
  const options = parseMergeArgs(argv, io.cwd);
  if (options === "help") return showHelp(io);
  const log = streamLogger(io.err, io.workflowLog);
  const assessment = await mergeShardReports(cliPlanOptions(options), {
    reports: options.reports,
    base: io.cwd,
    env: process.env
  });
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict({ assessment }));
  await writeReports(options, assessment, log);
  return verdictOutcome(assessment, options.failOn, options.jsonPath ?? "").exitCode;
}
export {
  mergeCommand,
  shardCommand
};
//# sourceMappingURL=shard-commands-ZFZE4N62.js.map
