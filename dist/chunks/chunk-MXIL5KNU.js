import {
  summary
} from "./chunk-BLYCDRTN.js";
import {
  trimTrailing
} from "./chunk-TZ2RCCIC.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue
} from "./chunk-QEFFRMPE.js";

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

// src/github/summary.ts
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

export {
  githubContextFrom,
  readEventPayload,
  loadGitHubContext,
  readGitHubContext,
  writeJobSummary
};
