import {
  summary
} from "./chunk-PPHN5Z5T.js";
import {
  COMMIT_PATTERN,
  ITEM_KEY_DIGITS
} from "./chunk-WX4Z2P5J.js";
import {
  VALIDATION_STATUSES
} from "./chunk-6JHUN5AS.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue,
  trimTrailing
} from "./chunk-PY6GHY2O.js";

// src/github/context.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
function isPullRequestEvent(eventName) {
  return PULL_REQUEST_EVENTS.has(eventName);
}
function githubContextFrom(env, payload) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const { owner, repo } = repositoryFrom(env, payload);
  const pull = isPullRequestEvent(eventName) ? record(record(payload)?.pull_request) : void 0;
  const headSha = text(record(pull?.head)?.sha);
  const sha = headSha ?? nonEmpty(env.GITHUB_SHA);
  if (!sha) {
    throw new ConfigurationError(
      "GITHUB_SHA is not set: publishing to GitHub needs the commit to report on (run inside GitHub Actions)"
    );
  }
  const number = pull?.number;
  const headRepository = text(record(record(pull?.head)?.repo)?.full_name);
  const serverUrl = trimTrailing(nonEmpty(env.GITHUB_SERVER_URL) ?? "https://github.com", "/");
  return {
    owner,
    repo,
    eventName,
    sha,
    pullRequest: typeof number === "number" && Number.isInteger(number) ? number : null,
    fromFork: headRepository !== void 0 && headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    ref: env.GITHUB_REF ?? "",
    runUrl: runUrlFrom(env, serverUrl, owner, repo),
    serverUrl,
    apiUrl: trimTrailing(nonEmpty(env.GITHUB_API_URL) ?? "https://api.github.com", "/")
  };
}
function readEventPayload(env) {
  const path2 = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!path2) return {};
  let raw;
  try {
    raw = readFileSync(path2, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path2}) cannot be read: ${errorMessage(error)}; it must name the event JSON GitHub Actions writes`
    );
  }
  let payload;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path2}) is not valid JSON; it must name the event JSON GitHub Actions writes`
    );
  }
  if (record(payload) === void 0 || Array.isArray(payload)) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path2}) holds no JSON object; it must name the event JSON GitHub Actions writes`
    );
  }
  return payload;
}
function loadGitHubContext(env = process.env) {
  return githubContextFrom(env, readEventPayload(env));
}
function readGitHubContext(env = process.env) {
  const actions = env.GITHUB_ACTIONS === "true" || nonEmpty(env.GITHUB_EVENT_NAME) !== void 0 || nonEmpty(env.GITHUB_EVENT_PATH) !== void 0;
  if (!actions && nonEmpty(env.GITHUB_REPOSITORY) === void 0) return { kind: "none" };
  try {
    if (actions && nonEmpty(env.GITHUB_EVENT_PATH) === void 0) {
      return { kind: "unreadable", reason: "GITHUB_EVENT_PATH is not set" };
    }
    if (actions && nonEmpty(env.GITHUB_EVENT_NAME) === void 0) {
      return { kind: "unreadable", reason: "GITHUB_EVENT_NAME is not set" };
    }
    const payload = readEventPayload(env);
    return { kind: "read", context: githubContextFrom(env, payload), payload, actions };
  } catch (error) {
    return { kind: "unreadable", reason: errorMessage(error) };
  }
}
function repositoryFrom(env, payload) {
  const fullName = nonEmpty(env.GITHUB_REPOSITORY) ?? text(record(record(payload)?.repository)?.full_name);
  if (!fullName) {
    throw new ConfigurationError(
      "GITHUB_REPOSITORY is not set: publishing to GitHub needs the repository as owner/name (run inside GitHub Actions)"
    );
  }
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length > 0 || !OWNER.test(owner) || !REPOSITORY.test(repo)) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY ${quoteValue(fullName)} is invalid: expected owner/name`
    );
  }
  return { owner, repo };
}
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var REPOSITORY = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
function runUrlFrom(env, serverUrl, owner, repo) {
  const runId = nonEmpty(env.GITHUB_RUN_ID);
  if (!runId) return null;
  const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
  const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
  return attempt ? `${base}/attempts/${attempt}` : base;
}
function record(value) {
  return typeof value === "object" && value !== null ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}

// src/github/job-summary.ts
async function writeJobSummary(markdown) {
  try {
    await summary.emptyBuffer().addRaw(markdown, true).write();
    return { name: "job-summary", ok: true };
  } catch (error) {
    summary.emptyBuffer();
    return {
      name: "job-summary",
      ok: false,
      warning: `Could not write the job summary: ${errorMessage(error)}`
    };
  }
}

// src/github/evidence-source.ts
import * as path from "node:path";
function referenceScope(target) {
  return {
    owner: target.owner,
    repo: target.repo,
    serverUrl: target.serverUrl,
    checklistDir: target.checklistDir
  };
}
function checklistDirectory(workspace, checklistPath) {
  const relative2 = path.relative(workspace, path.dirname(checklistPath));
  return relative2.startsWith("..") || path.isAbsolute(relative2) ? "" : relative2.split(path.sep).join("/");
}

// src/history/state-block.ts
var STATE_BLOCK_PREFIX = "<!-- readiness-gate-state ";
var STATE_BLOCK_SUFFIX = " -->";
var STATE_BLOCK_LIMIT = 8192;
var VERDICTS = ["ready", "not-ready", "unassessed"];
var STATUSES = [...VALIDATION_STATUSES, "not-run"];
var KEYS_PATTERN = new RegExp(`^(?:[0-9a-f]{${ITEM_KEY_DIGITS}})*$`);
var ONE_KEY = new RegExp(`^[0-9a-f]{${ITEM_KEY_DIGITS}}$`);
var EACH_KEY = new RegExp(`.{${ITEM_KEY_DIGITS}}`, "g");
var MAX_VALIDATIONS = 500;
var MAX_ID_CHARS = 200;
var MAX_COUNTS = 20;
var MAX_COUNT_NAME_CHARS = 40;
var MAX_COUNT = 1e9;
var MAX_TICKED = 1e4;
var MAX_TREND = 100;
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
function readStateBlock(body) {
  const start = body.lastIndexOf(STATE_BLOCK_PREFIX);
  if (start === -1) return { kind: "none" };
  const from = start + STATE_BLOCK_PREFIX.length;
  const window = body.slice(from, from + STATE_BLOCK_LIMIT + STATE_BLOCK_SUFFIX.length);
  const end = window.indexOf(STATE_BLOCK_SUFFIX);
  if (end === -1 || STATE_BLOCK_PREFIX.length + end + STATE_BLOCK_SUFFIX.length > STATE_BLOCK_LIMIT) {
    return { kind: "ignored", why: `it is longer than ${STATE_BLOCK_LIMIT} characters` };
  }
  let value;
  try {
    value = JSON.parse(window.slice(0, end));
  } catch {
    return { kind: "ignored", why: "it is not valid JSON" };
  }
  if (isRecord(value) && value.v !== 1) {
    return { kind: "ignored", why: `its version ${describe(value.v)} is not one this gate reads` };
  }
  const problem = wireProblem(value);
  if (problem !== null) return { kind: "ignored", why: problem };
  return { kind: "read", state: fromWire(value) };
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
function fromWire(wire) {
  return {
    version: 1,
    commit: wire.c,
    at: wire.t === null ? null : new Date(wire.t * 1e3).toISOString().replace(".000Z", "Z"),
    verdict: wire.r,
    blockers: wire.b,
    validations: wire.V.map(([id, status, critical, counts, lastPassed]) => ({
      id,
      status,
      critical: critical === 1,
      counts,
      lastPassed
    })),
    ticked: wire.k === null ? null : wire.k.match(EACH_KEY) ?? [],
    trend: wire.h.map(
      ([commit, validationsPassed, validationsTotal, itemsTicked, itemsTotal]) => ({
        commit,
        validationsPassed,
        validationsTotal,
        itemsTicked,
        itemsTotal
      })
    )
  };
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe(v) {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v.slice(0, 20));
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}
var isCount = (v, max = MAX_COUNT) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;
var isCommit = (v) => typeof v === "string" && COMMIT_PATTERN.test(v);
var isCommitOrNull = (v) => v === null || isCommit(v);
function countsProblem(v) {
  if (!isRecord(v)) return true;
  const entries = Object.entries(v);
  return entries.length > MAX_COUNTS || entries.some(([name, n]) => name.length > MAX_COUNT_NAME_CHARS || !isCount(n));
}
function validationProblem(v) {
  if (!Array.isArray(v) || v.length !== 5) return true;
  const [id, status, critical, counts, lastPassed] = v;
  return typeof id !== "string" || id === "" || id.length > MAX_ID_CHARS || !STATUSES.includes(status) || critical !== 0 && critical !== 1 || countsProblem(counts) || !isCommitOrNull(lastPassed);
}
function pointProblem(v) {
  if (!Array.isArray(v) || v.length !== 5) return true;
  const [commit, ...numbers] = v;
  return !isCommitOrNull(commit) || !numbers.every((n) => isCount(n));
}
var WIRE_KEYS = ["v", "c", "t", "r", "b", "V", "k", "h"];
function wireProblem(value) {
  if (!isRecord(value)) return "it is not an object";
  const unknown = Object.keys(value).find((key) => !WIRE_KEYS.includes(key));
  if (unknown !== void 0) return `it has an unknown field ${describe(unknown)}`;
  const missing = WIRE_KEYS.find((key) => !Object.hasOwn(value, key));
  if (missing !== void 0) return `its field ${missing} is missing`;
  const { c, t, r, b, V, k, h } = value;
  if (!isCommitOrNull(c)) return "its commit is not a commit hash";
  if (t !== null && !isCount(t, 2 ** 40)) return "its time is not a time";
  if (!VERDICTS.includes(r)) return `its verdict ${describe(r)} is unknown`;
  if (!isCount(b)) return "its blocker count is not a count";
  if (!Array.isArray(V) || V.length > MAX_VALIDATIONS || V.some(validationProblem)) {
    return "its validations are malformed";
  }
  if (new Set(V.map((entry) => entry[0])).size !== V.length) {
    return "it names a validation twice";
  }
  if (k !== null && (typeof k !== "string" || k.length > MAX_TICKED * ITEM_KEY_DIGITS || !KEYS_PATTERN.test(k))) {
    return "its ticked items are malformed";
  }
  if (!Array.isArray(h) || h.length > MAX_TREND || h.some(pointProblem)) {
    return "its trend is malformed";
  }
  return null;
}

export {
  isPullRequestEvent,
  githubContextFrom,
  readEventPayload,
  loadGitHubContext,
  readGitHubContext,
  referenceScope,
  checklistDirectory,
  encodeStateBlock,
  readStateBlock,
  writeJobSummary
};
//# sourceMappingURL=chunk-235S7X6G.js.map
