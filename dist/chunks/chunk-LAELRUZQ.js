import {
  COMMIT_PATTERN,
  ITEM_KEY_DIGITS
} from "./chunk-WX4Z2P5J.js";
import {
  VALIDATION_STATUSES,
  formatBytes
} from "./chunk-6JHUN5AS.js";
import {
  formatDuration
} from "./chunk-E5VPFEVF.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue,
  trimTrailing
} from "./chunk-PY6GHY2O.js";
import {
  summary
} from "./chunk-PPHN5Z5T.js";

// src/github/context.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
]);
function githubContextFrom(env, payload) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const { owner, repo } = repositoryFrom(env, payload);
  const pull = PULL_REQUEST_EVENTS.has(eventName) ? record(record(payload)?.pull_request) : void 0;
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
  const path = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!path) return {};
  let raw;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) cannot be read: ${errorMessage(error)}; it must name the event JSON GitHub Actions writes`
    );
  }
  let payload;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) is not valid JSON; it must name the event JSON GitHub Actions writes`
    );
  }
  if (record(payload) === void 0 || Array.isArray(payload)) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) holds no JSON object; it must name the event JSON GitHub Actions writes`
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

// src/github/answers.ts
var UnexpectedAnswerError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  name = "UnexpectedAnswerError";
};
function identifiedObject(answer, what, statuses) {
  const record2 = jsonObject(answer, what, statuses);
  const { id, html_url: htmlUrl } = record2;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}'s numeric id (${id === void 0 ? "no id field" : `id is ${describeValue(id)}`})`,
      answer.status
    );
  }
  if (htmlUrl !== void 0 && htmlUrl !== null && typeof htmlUrl !== "string") {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} with ${what}'s html_url not a string`,
      answer.status
    );
  }
  return { id, html_url: typeof htmlUrl === "string" ? htmlUrl : null, record: record2 };
}
function jsonArray(answer, what, statuses) {
  expectStatus(answer, what, statuses);
  if (!Array.isArray(answer.data)) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}: ${describeBody(answer)}`,
      answer.status
    );
  }
  return answer.data;
}
function jsonObject(answer, what, statuses) {
  expectStatus(answer, what, statuses);
  const { data } = answer;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}: ${describeBody(answer)}`,
      answer.status
    );
  }
  return data;
}
function expectStatus(answer, what, statuses) {
  if (statuses.includes(answer.status)) return;
  throw new UnexpectedAnswerError(
    `GitHub answered ${answer.status} where ${statuses.join(" or ")} was expected for ${what}`,
    answer.status
  );
}
function describeBody(answer) {
  const { data } = answer;
  const type = String(answer.headers["content-type"] ?? "no content type").split(";")[0];
  if (data === "" || data === void 0 || data === null) return `the body is empty (${type})`;
  if (typeof data === "string") {
    return `the body is not JSON (${type}, ${Buffer.byteLength(data)} bytes)`;
  }
  if (data instanceof ArrayBuffer) return `the body is not JSON (${type}, ${data.byteLength} bytes)`;
  return `the body is ${describeValue(data)}`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a JSON array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return `a JSON ${typeof value}${typeof value === "number" ? ` ${String(value)}` : ""}`;
}

// src/github/api-origin.ts
function outsideApi(url, base) {
  const api = new URL(base);
  const basePath = trimTrailing(api.pathname, "/");
  if (url.origin !== api.origin) return url.origin;
  return basePath === "" || url.pathname.startsWith(`${basePath}/`) ? null : url.href;
}

// src/github/bounded-fetch.ts
var ApiTimeoutError = class extends Error {
  name = "ApiTimeoutError";
};
var UnusableAnswerError = class extends Error {
  name = "UnusableAnswerError";
};
var ApiResponseTooLargeError = class extends UnusableAnswerError {
  name = "ApiResponseTooLargeError";
};
var RedirectedOutsideApiError = class extends UnusableAnswerError {
  name = "RedirectedOutsideApiError";
};
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
function boundedFetch(underlying, bounds) {
  return async (input, init = {}) => {
    const callerSignal = init.signal ?? void 0;
    const timeout = new AbortController();
    const timer = setTimeout(() => {
      timeout.abort();
    }, bounds.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    try {
      const response = await underlying(input, { ...init, signal });
      refuseRedirectOutside(response, bounds.apiBase);
      const body = await readBody(response, bounds.maxResponseBytes);
      return rebuilt(response, body);
    } catch (error) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      if (timeout.signal.aborted) {
        throw new ApiTimeoutError(`no complete answer within ${formatDuration(bounds.timeoutMs)}`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
function refuseRedirectOutside(response, apiBase) {
  if (!response.redirected || response.url === "") return;
  const outside = outsideApi(new URL(response.url), apiBase);
  if (outside === null) return;
  void response.body?.cancel().catch(() => void 0);
  throw new RedirectedOutsideApiError(
    `the API redirected the request to ${outside}, outside the API at ${apiBase}; that answer was left unread (and the token is not sent there)`
  );
}
async function readBody(response, limit) {
  const body = response.body;
  if (body === null) return null;
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await body.cancel().catch(() => void 0);
    throw tooLarge(limit, `${declared} bytes announced`);
  }
  const chunks = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    if (bytes > limit) throw tooLarge(limit, "more than that received");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function tooLarge(limit, detail) {
  return new ApiResponseTooLargeError(
    `the API's answer was larger than ${formatBytes(limit)} (${detail}) and was left unread`
  );
}
function rebuilt(original, body) {
  const response = new Response(NULL_BODY_STATUSES.has(original.status) ? null : body, {
    status: original.status,
    statusText: original.statusText,
    headers: new Headers(original.headers)
  });
  Object.defineProperty(response, "url", { value: original.url });
  return response;
}
function abortError(signal) {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const error = new Error(reason instanceof Error ? reason.message : "The operation was aborted");
  error.name = "AbortError";
  return error;
}

// src/github/publish-failures.ts
var REQUIRED_PERMISSION = {
  "check-run": "checks: write",
  "commit-status": "statuses: write",
  // Pull request comments are issue comments: either permission lets a token write them.
  comment: "pull-requests: write"
};
var SURFACE_LABEL = {
  "check-run": "the check run",
  "commit-status": "the commit status",
  comment: "the pull request comment"
};
function failedSurface(surface, error, ctx) {
  const prefix = `Could not publish ${SURFACE_LABEL[surface]}`;
  const unusable = unusableAnswer(error);
  if (unusable !== null) return { name: surface, ok: false, warning: `${prefix}: ${unusable}` };
  const failure = httpFailure(error);
  if (failure.unreachable) {
    return {
      name: surface,
      ok: false,
      unreachable: failure.detail,
      warning: unreachableWarning(ctx, failure.detail, [surface])
    };
  }
  if (isNotAccessibleByIntegration(error)) {
    const permission = REQUIRED_PERMISSION[surface];
    const alternative = surface === "comment" ? ' (or "issues: write")' : "";
    const fork = ctx.fromFork ? "; pull requests from forks get a read-only GITHUB_TOKEN under the pull_request event" : "";
    return {
      name: surface,
      ok: false,
      missingPermission: permission,
      warning: `${prefix}: the token lacks "${permission}"${alternative}; add it to the job's permissions${fork}`
    };
  }
  return { name: surface, ok: false, warning: `${prefix}: ${explain(surface, failure, ctx)}` };
}
function unreachableWarning(ctx, detail, lost) {
  const verb = lost.length === 1 ? "was" : "were";
  return `Could not reach the GitHub API at ${ctx.apiUrl} (${detail}), even after retrying: ${surfaceList(lost)} ${verb} not published; the job summary and outputs still have the report`;
}
function deadlineWarning(ctx, deadlineMs, lost) {
  const verb = lost.length === 1 ? "was" : "were";
  return `Publishing to the GitHub API at ${ctx.apiUrl} stopped at its ${formatDuration(deadlineMs)} deadline: ${surfaceList(lost)} ${verb} not published; the job summary and outputs still have the report`;
}
function surfaceList(surfaces) {
  const labels = surfaces.map((surface) => SURFACE_LABEL[surface]);
  return labels.length <= 1 ? labels[0] ?? "nothing" : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1) ?? ""}`;
}
function unusableAnswer(error) {
  if (error instanceof UnexpectedAnswerError) return error.message;
  const cause = error?.cause;
  if (cause instanceof UnusableAnswerError) return cause.message;
  return null;
}
function explain(surface, failure, ctx) {
  const { status, detail } = failure;
  if (status === 403 && /authenticate via a GitHub App/i.test(detail)) {
    return "only a GitHub App token (the default GITHUB_TOKEN or an app installation token) can create check runs, not a personal access token; use that token, or commit-status instead";
  }
  if (status === 403 && /rate limit/i.test(detail)) {
    return `GitHub's rate limit still applied after retrying (403: ${detail})`;
  }
  if (status === 401)
    return `GitHub rejected the token (401: ${detail}); check the github-token input`;
  if (status === 404) {
    return surface === "comment" ? `pull request #${String(ctx.pullRequest)} was not found (404): it may have been deleted, or the token cannot see it` : `${ctx.owner}/${ctx.repo} or commit ${ctx.sha.slice(0, 12)} was not found (404), or the token cannot see it`;
  }
  if (status === 422) return `GitHub rejected the request (422: ${detail})`;
  if (status === 429) return `GitHub's rate limit still applied after retrying (429: ${detail})`;
  if (status === void 0) return `unexpected error: ${detail}`;
  if (status >= 500) {
    return `GitHub did not answer successfully, even after retrying (${String(status)}: ${detail})`;
  }
  return `GitHub answered ${String(status)}: ${detail}`;
}
function readFailureReason(error, what, permission) {
  const unusable = unusableAnswer(error);
  if (unusable !== null) return `${what} could not be read: ${unusable}`;
  const failure = httpFailure(error);
  if (failure.unreachable)
    return `${what} could not be read: the API could not be reached (${failure.detail})`;
  const { status, detail } = failure;
  if (status === 403 && /rate limit/i.test(detail)) {
    return `${what} could not be read: GitHub's rate limit still applied after retrying`;
  }
  if (status === 403 || status === 404) {
    return `${what} could not be read (${String(status)}: ${detail}): the token lacks "${permission}", or cannot see them; add it to the job's permissions`;
  }
  if (status === 401) return `${what} could not be read: GitHub rejected the token (401: ${detail})`;
  return `${what} could not be read (${status === void 0 ? detail : `${String(status)}: ${detail}`})`;
}
function isNotAccessibleByIntegration(error) {
  const failure = httpFailure(error);
  return failure.status === 403 && /not accessible by integration/i.test(failure.detail);
}
function httpFailure(error) {
  const { status, response } = error;
  const data = response?.data;
  const message = typeof data?.message === "string" ? data.message : errorMessage(error);
  const fieldErrors = Array.isArray(data?.errors) ? data.errors.map(describeFieldError).filter((text2) => text2 !== "") : [];
  const detail = [message, ...fieldErrors].join("; ").replace(/\s+/g, " ").trim();
  return {
    status: typeof status === "number" ? status : void 0,
    detail,
    unreachable: status === 500 && response === void 0
  };
}
function describeFieldError(fieldError) {
  if (typeof fieldError === "string") return fieldError;
  const { message, field, code } = fieldError;
  if (typeof message === "string") return message;
  return [field, code].filter((part) => typeof part === "string").join(" ");
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
  githubContextFrom,
  readEventPayload,
  loadGitHubContext,
  readGitHubContext,
  UnexpectedAnswerError,
  identifiedObject,
  jsonArray,
  outsideApi,
  UnusableAnswerError,
  boundedFetch,
  REQUIRED_PERMISSION,
  failedSurface,
  unreachableWarning,
  deadlineWarning,
  readFailureReason,
  isNotAccessibleByIntegration,
  encodeStateBlock,
  readStateBlock,
  writeJobSummary
};
//# sourceMappingURL=chunk-LAELRUZQ.js.map
