import {
  REQUIRED_PERMISSION,
  UnexpectedAnswerError,
  deadlineWarning,
  failedSurface,
  gitHubEvidenceSource,
  identifiedObject,
  isNotAccessibleByIntegration,
  jsonArray,
  unreachableWarning
} from "./chunk-YYQRXBO3.js";
import {
  readStateBlock
} from "./chunk-7G5TNTHJ.js";
import "./chunk-FFHQZHR3.js";
import {
  MAX_RESPONSE_BYTES,
  MAX_WAIT_ENV,
  REQUEST_TIMEOUT_ENV,
  REQUEST_TIMEOUT_MS,
  callOptions,
  createOctokit,
  maxWaitFromEnvironment,
  msFromEnvironment
} from "./chunk-LI3Y3ANQ.js";
import {
  outsideApi
} from "./chunk-J2A4WOOE.js";
import "./chunk-4N5CHATA.js";
import {
  summary
} from "./chunk-2KTNVQEJ.js";
import "./chunk-MYRXCNTJ.js";
import {
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TEXT_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  COMMENT_BODY_MAX_CHARS,
  PAGE_SIZE_MAX,
  STATUS_DESCRIPTION_MAX_CHARS
} from "./chunk-XSFNX6RU.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-E3FDQ5CP.js";
import {
  slug
} from "./chunk-EA4CV5QF.js";
import "./chunk-QYYA3PPL.js";
import {
  trimTrailing
} from "./chunk-465ENI6P.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue
} from "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";

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

// src/github/checks.ts
async function startCheckRun(octokit, ctx, name, call = {}) {
  return (await startCheckRunAnswer(octokit, ctx, name, call)).id;
}
async function startCheckRunAnswer(octokit, ctx, name, call = {}) {
  const response = await octokit.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name,
    head_sha: ctx.sha,
    status: "in_progress",
    started_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...ctx.runUrl ? { details_url: ctx.runUrl } : {},
    ...callOptions(call)
  });
  return checkRunAnswer(response, CREATED);
}
function updatesEndingWith(last) {
  return (octokit, ctx, id, rendered, call = {}) => sendBatches(octokit, ctx, id, rendered, annotationBatches(rendered.annotations), call, last);
}
var updateJobCheckRun = updatesEndingWith("output only");
var completeCheckRun = updatesEndingWith("complete");
async function createCompletedCheckRun(octokit, ctx, name, rendered, call = {}) {
  const [first = [], ...rest] = annotationBatches(rendered.annotations);
  const isOnlyBatch = rest.length === 0;
  const response = await octokit.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name,
    head_sha: ctx.sha,
    ...ctx.runUrl ? { details_url: ctx.runUrl } : {},
    ...isOnlyBatch ? completion(rendered) : { status: "in_progress" },
    output: output(rendered, first, isOnlyBatch),
    ...callOptions(call)
  });
  const created = checkRunAnswer(response, CREATED);
  if (isOnlyBatch) return created;
  return sendBatches(octokit, ctx, created.id, rendered, rest, call, "complete");
}
async function sendBatches(octokit, ctx, id, rendered, batches, call, last) {
  const target = { owner: ctx.owner, repo: ctx.repo, check_run_id: id, ...callOptions(call) };
  for (const batch of batches.slice(0, -1)) {
    const response2 = await octokit.rest.checks.update({
      ...target,
      output: output(rendered, batch, false)
    });
    checkRunAnswer(response2, UPDATED);
  }
  const completes = last === "complete";
  const response = await octokit.rest.checks.update({
    ...target,
    ...completes && ctx.runUrl ? { details_url: ctx.runUrl } : {},
    ...completes ? completion(rendered) : {},
    output: output(rendered, batches.at(-1) ?? [], true)
  });
  return checkRunAnswer(response, UPDATED);
}
function annotationBatches(annotations) {
  const batches = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toGitHubAnnotation));
  }
  return batches.length > 0 ? batches : [[]];
}
function toGitHubAnnotation(annotation) {
  const startLine = Math.max(1, Math.trunc(annotation.start_line));
  const endLine = Math.max(startLine, Math.trunc(annotation.end_line));
  const result = {
    path: annotation.path,
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotation.annotation_level,
    message: truncateBytes(annotation.message, ANNOTATION_TEXT_MAX_BYTES)
  };
  if (startLine === endLine && annotation.start_column !== void 0) {
    result.start_column = Math.max(1, Math.trunc(annotation.start_column));
    if (annotation.end_column !== void 0) {
      result.end_column = Math.max(result.start_column, Math.trunc(annotation.end_column));
    }
  }
  if (annotation.title)
    result.title = truncateCharacters(annotation.title, ANNOTATION_TITLE_MAX_CHARS);
  if (annotation.raw_details) {
    result.raw_details = truncateBytes(annotation.raw_details, ANNOTATION_TEXT_MAX_BYTES);
  }
  return result;
}
function completion(rendered) {
  return {
    status: "completed",
    conclusion: rendered.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString()
  };
}
function output(rendered, annotations, isFinal) {
  return {
    title: rendered.title,
    summary: rendered.checkSummary,
    ...isFinal && rendered.checkText !== "" ? { text: rendered.checkText } : {},
    ...annotations.length > 0 ? { annotations } : {}
  };
}
var CREATED = [201];
var UPDATED = [200];
function checkRunAnswer(answer, statuses) {
  const { id, html_url: url, record: record2 } = identifiedObject(answer, "the check run", statuses);
  const app = record2.app;
  const slug2 = typeof app?.slug === "string" && app.slug !== "" ? app.slug : null;
  return { id, url, appSlug: slug2 };
}
function truncateCharacters(text2, limit) {
  const characters = Array.from(text2);
  return characters.length <= limit ? text2 : `${characters.slice(0, limit - 1).join("")}\u2026`;
}
function truncateBytes(text2, limit) {
  if (Buffer.byteLength(text2) <= limit) return text2;
  const ellipsisBytes = 3;
  let bytes = 0;
  let kept = "";
  for (const character of text2) {
    bytes += Buffer.byteLength(character);
    if (bytes > limit - ellipsisBytes) break;
    kept += character;
  }
  return `${kept}\u2026`;
}

// src/github/commit-status.ts
function commitStateFor(conclusion) {
  return conclusion;
}
function statusDescription(text2) {
  const oneLine = text2.replace(/\s+/g, " ").trim();
  const characters = Array.from(oneLine);
  if (characters.length <= STATUS_DESCRIPTION_MAX_CHARS) return oneLine;
  return `${characters.slice(0, STATUS_DESCRIPTION_MAX_CHARS - 1).join("")}\u2026`;
}
async function publishCommitStatus(octokit, ctx, request, call = {}) {
  const response = await octokit.rest.repos.createCommitStatus({
    owner: ctx.owner,
    repo: ctx.repo,
    sha: ctx.sha,
    state: request.state,
    context: request.context,
    description: statusDescription(request.description),
    ...ctx.runUrl ? { target_url: ctx.runUrl } : {},
    ...callOptions(call)
  });
  identifiedObject(response, "the commit status", [201]);
  return { url: ctx.runUrl };
}

// src/github/comment.ts
var DEFAULT_BOT_LOGIN = "github-actions[bot]";
async function resolveCommentAuthor(octokit, hints, call = {}) {
  const { tokenType } = await octokit.auth();
  if (tokenType === "installation") return botAuthor(hints);
  try {
    const response = await octokit.rest.users.getAuthenticated(callOptions(call));
    const { record: record2 } = identifiedObject(response, "the user", [200]);
    if (typeof record2.login !== "string" || record2.login === "") {
      throw new UnexpectedAnswerError(
        `GitHub answered ${response.status} without the user's login`,
        response.status
      );
    }
    return { login: record2.login, isBot: record2.type === "Bot", source: "GET /user" };
  } catch (error) {
    if (isNotAccessibleByIntegration(error)) return botAuthor(hints);
    throw error;
  }
}
function botAuthor(hints) {
  if (hints.appSlug) return { login: `${hints.appSlug}[bot]`, isBot: true, source: "check run app" };
  if (hints.configuredLogin) {
    return { login: hints.configuredLogin, isBot: true, source: "comment-author setting" };
  }
  return { login: DEFAULT_BOT_LOGIN, isBot: true, source: "default bot" };
}
function checkNameSlug(checkName) {
  return slug(checkName, "default");
}
function commentMarker(checkName) {
  return `<!-- readiness-gate:${checkNameSlug(checkName)} -->`;
}
function stickyCommentBody(checkName, report) {
  const body = `${commentMarker(checkName)}
${report}`;
  const characters = Array.from(body);
  if (characters.length <= COMMENT_BODY_MAX_CHARS) return body;
  return `${characters.slice(0, COMMENT_BODY_MAX_CHARS - 1).join("")}\u2026`;
}
function isOwnStickyComment(comment, marker, author) {
  const user = comment.user;
  if (!user || user.login.toLowerCase() !== author.login.toLowerCase()) return false;
  if (author.isBot && user.type !== "Bot") return false;
  const firstLine = (comment.body ?? "").split(/\r?\n/, 1)[0] ?? "";
  return firstLine.trim() === marker;
}
function planStickyComment(comments, marker, author) {
  const ours = comments.filter((comment) => isOwnStickyComment(comment, marker, author)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  const [keep = null, ...duplicates] = ours;
  return { keep, duplicates };
}
async function upsertStickyComment(octokit, ctx, issueNumber, request, call = {}) {
  const target = { owner: ctx.owner, repo: ctx.repo, ...callOptions(call) };
  const marker = commentMarker(request.checkName);
  const body = stickyCommentBody(request.checkName, request.report);
  const list = () => listAllComments(octokit, ctx, issueNumber, call);
  const plan = planStickyComment(request.listed ?? await list(), marker, request.author);
  const deleted = await deleteDuplicates(octokit, ctx, plan.duplicates, call);
  if (!plan.keep) {
    const response2 = await octokit.rest.issues.createComment({
      ...target,
      issue_number: issueNumber,
      body
    });
    const created = postedComment(response2, CREATED2);
    return settleRace(
      octokit,
      ctx,
      created,
      body,
      planStickyComment(await list(), marker, request.author),
      deleted,
      call
    );
  }
  const kept = plan.keep;
  if (kept.body === body) return { action: "unchanged", id: kept.id, url: kept.html_url, deleted };
  const response = await octokit.rest.issues.updateComment({
    ...target,
    comment_id: kept.id,
    body
  });
  const updated = postedComment(response, UPDATED2);
  return { action: "updated", id: updated.id, url: updated.html_url, deleted };
}
var CREATED2 = [201];
var UPDATED2 = [200];
var MAX_COMMENT_PAGES = 300;
async function listAllComments(octokit, ctx, issueNumber, call = {}) {
  const apiBase = octokit.request.endpoint.DEFAULTS.baseUrl;
  const comments = [];
  let response = await octokit.rest.issues.listComments({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: issueNumber,
    per_page: PAGE_SIZE_MAX,
    ...callOptions(call)
  });
  for (let page = 1; ; page++) {
    for (const item of jsonArray(response, "a page of comments", [200])) {
      comments.push(listedComment(item, response.status));
    }
    const next = nextPageUrl(response.headers.link, apiBase);
    if (next === null) return comments;
    const outside = outsideApi(next, apiBase);
    if (outside !== null) {
      throw new UnexpectedAnswerError(
        `GitHub's answer put the next page of comments at ${outside}, outside the API at ${apiBase}; the token was not sent there and the listing stopped after ${page} page${page === 1 ? "" : "s"}`,
        response.status
      );
    }
    if (page >= MAX_COMMENT_PAGES) {
      throw new UnexpectedAnswerError(
        `GitHub's answer still had a next page of comments after ${MAX_COMMENT_PAGES} pages; the listing stopped there`,
        response.status
      );
    }
    response = await octokit.request({ method: "GET", url: next.href, ...callOptions(call) });
  }
}
function nextPageUrl(link, base) {
  if (typeof link !== "string") return null;
  for (const [target, parameters] of linkEntries(link)) {
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(parameters)?.[1] ?? "";
    if (!rel.toLowerCase().split(/\s+/).includes("next")) continue;
    try {
      return new URL(target, `${base}/`);
    } catch {
      return null;
    }
  }
  return null;
}
function linkEntries(link) {
  const entries = [];
  let at = link.indexOf("<");
  while (at !== -1) {
    const close = link.indexOf(">", at + 1);
    if (close === -1) break;
    const next = link.indexOf("<", close + 1);
    entries.push([link.slice(at + 1, close), link.slice(close + 1, next === -1 ? void 0 : next)]);
    at = next;
  }
  return entries;
}
function listedComment(item, status) {
  const comment = item;
  const user = comment?.user;
  const valid = typeof comment === "object" && comment !== null && typeof comment.id === "number" && typeof comment.created_at === "string" && typeof comment.html_url === "string" && (comment.body === void 0 || comment.body === null || typeof comment.body === "string") && (user === null || typeof user?.login === "string" && typeof user.type === "string");
  if (!valid) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${status} with a page of comments that holds something other than comments`,
      status
    );
  }
  return comment;
}
function postedComment(answer, statuses) {
  const { id, html_url: url } = identifiedObject(answer, "the comment", statuses);
  if (url === null) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without the comment's html_url`,
      answer.status
    );
  }
  return { id, html_url: url };
}
async function settleRace(octokit, ctx, created, body, plan, deletedBefore, call) {
  const keep = plan.keep;
  if (!keep || keep.id === created.id) {
    const deleted2 = await deleteDuplicates(octokit, ctx, plan.duplicates, call);
    return {
      action: "created",
      id: created.id,
      url: created.html_url,
      deleted: deletedBefore + deleted2
    };
  }
  let url = keep.html_url;
  if (keep.body !== body) {
    const response = await octokit.rest.issues.updateComment({
      owner: ctx.owner,
      repo: ctx.repo,
      comment_id: keep.id,
      body,
      ...callOptions(call)
    });
    url = postedComment(response, UPDATED2).html_url;
  }
  const deleted = await deleteDuplicates(octokit, ctx, plan.duplicates, call);
  return { action: "updated", id: keep.id, url, deleted: deletedBefore + deleted };
}
async function deleteDuplicates(octokit, ctx, duplicates, call) {
  let deleted = 0;
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({
        owner: ctx.owner,
        repo: ctx.repo,
        comment_id: duplicate.id,
        ...callOptions(call)
      });
      deleted++;
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  return deleted;
}

// src/github/comment-state.ts
async function readOwnCommentState(octokit, ctx, pullRequest, options, call = {}) {
  const started = options.checkRunStart === null ? null : await options.checkRunStart;
  if (started !== null && "failure" in started && started.failure.unreachable !== void 0) {
    return { reading: { kind: "none" } };
  }
  const hints = {
    appSlug: started !== null && "appSlug" in started ? started.appSlug ?? null : null,
    ...options.commentAuthor === "" ? {} : { configuredLogin: options.commentAuthor }
  };
  try {
    const author = await resolveCommentAuthor(octokit, hints, call);
    const comments = await listAllComments(octokit, ctx, pullRequest, call);
    const { keep } = planStickyComment(comments, commentMarker(options.checkName), author);
    const reading = keep === null ? { kind: "none" } : readStateBlock(keep.body ?? "");
    return { reading, listing: { comments, author } };
  } catch (error) {
    options.debug(`The previous run's record was not read: ${errorMessage(error)}`);
    return { reading: { kind: "none" }, listing: { error } };
  }
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

// src/github/publish.ts
var PUBLISH_DEADLINE_MS = 18e4;
var LONGEST_TIMER_MS = 2 ** 31 - 1;
async function publishReport(octokit, ctx, rendered, options) {
  const jobSummary = options.jobSummary ? await writeJobSummary(rendered.jobSummary) : null;
  const deadline = startDeadline(options.deadlineMs ?? PUBLISH_DEADLINE_MS);
  try {
    const surfaces = await publishSteps(ctx, apiSteps(octokit, ctx, rendered, options), deadline);
    return { surfaces: jobSummary === null ? surfaces : [...surfaces, jobSummary] };
  } finally {
    deadline.dispose();
  }
}
function apiSteps(octokit, ctx, rendered, options) {
  let checkRun = null;
  const steps = [];
  if (options.checkRun) {
    steps.push([
      "check-run",
      async (call) => {
        const checkRunId = options.checkRunId ?? await startedCheckRunId(options.checkRunStart);
        if (typeof checkRunId === "object") return checkRunId.failure;
        try {
          checkRun = await publishCheckRun(octokit, ctx, rendered, options, checkRunId, call);
          return { name: "check-run", ok: true, ...checkRun.url ? { url: checkRun.url } : {} };
        } catch (error) {
          return failedSurface("check-run", error, ctx);
        }
      }
    ]);
  }
  if (options.status) {
    steps.push([
      "commit-status",
      (call) => publishStatusSurface(octokit, ctx, rendered, options, call)
    ]);
  }
  if (options.comment) {
    steps.push([
      "comment",
      (call) => publishCommentSurface(octokit, ctx, rendered, options, checkRun?.appSlug ?? null, call)
    ]);
  }
  return steps;
}
async function startedCheckRunId(start) {
  if (start === void 0) return void 0;
  const started = await start;
  return "checkRunId" in started ? started.checkRunId : started;
}
async function publishSteps(ctx, steps, deadline) {
  const surfaces = [];
  const call = { signal: deadline.signal, deadlineAt: deadline.at };
  for (const [index, [, publish]] of steps.entries()) {
    const outcome = await Promise.race([publish(call), deadline.expired]);
    if (outcome === null || deadline.signal.aborted && !outcome.ok) {
      const [current, ...rest] = steps.slice(index).map(([surface]) => surface);
      const lost2 = [current, ...rest];
      surfaces.push({ name: current, ok: false, warning: deadlineWarning(ctx, deadline.ms, lost2) });
      for (const surface of rest) {
        surfaces.push({ name: surface, ok: false, skipped: "publishing reached its deadline" });
      }
      break;
    }
    surfaces.push(outcome);
    if (outcome.unreachable === void 0) continue;
    const lost = steps.slice(index).map(([surface]) => surface);
    outcome.warning = unreachableWarning(ctx, outcome.unreachable, lost);
    for (const surface of lost.slice(1)) {
      surfaces.push({ name: surface, ok: false, skipped: "the GitHub API could not be reached" });
    }
    break;
  }
  return surfaces;
}
function startDeadline(ms) {
  const controller = new AbortController();
  let timer;
  const expired = new Promise((resolve) => {
    timer = setTimeout(
      () => {
        controller.abort();
        resolve(null);
      },
      Math.min(Math.max(ms, 0), LONGEST_TIMER_MS)
    );
  });
  return {
    ms,
    at: Date.now() + ms,
    signal: controller.signal,
    expired,
    dispose: () => {
      clearTimeout(timer);
    }
  };
}
async function tryStartCheckRun(octokit, ctx, checkName, call = {}) {
  try {
    const started = await startCheckRunAnswer(octokit, ctx, checkName, call);
    return { checkRunId: started.id, appSlug: started.appSlug };
  } catch (error) {
    return { failure: failedSurface("check-run", error, ctx) };
  }
}
function publishCheckRun(octokit, ctx, rendered, options, checkRunId, call) {
  if (options.jobCheckRunId !== void 0) {
    return updateJobCheckRun(octokit, ctx, options.jobCheckRunId, rendered, call);
  }
  return checkRunId === void 0 ? createCompletedCheckRun(octokit, ctx, options.checkName, rendered, call) : completeCheckRun(octokit, ctx, checkRunId, rendered, call);
}
async function publishStatusSurface(octokit, ctx, rendered, options, call) {
  try {
    const { url } = await publishCommitStatus(
      octokit,
      ctx,
      {
        context: options.checkName,
        state: options.statusState ?? commitStateFor(rendered.conclusion),
        description: rendered.statusDescription
      },
      call
    );
    return { name: "commit-status", ok: true, ...url ? { url } : {} };
  } catch (error) {
    return failedSurface("commit-status", error, ctx);
  }
}
async function publishCommentSurface(octokit, ctx, rendered, options, appSlug, call) {
  if (ctx.pullRequest === null) {
    return {
      name: "comment",
      ok: true,
      skipped: `no pull request for a ${ctx.eventName || "local"} run`
    };
  }
  try {
    const hints = {
      appSlug,
      ...options.commentAuthor ? { configuredLogin: options.commentAuthor } : {}
    };
    const listed = options.listedComments;
    if (listed !== void 0 && "error" in listed)
      return failedSurface("comment", listed.error, ctx);
    const author = listed?.author ?? await resolveCommentAuthor(octokit, hints, call);
    const request = {
      checkName: options.checkName,
      report: rendered.comment,
      author,
      ...listed === void 0 ? {} : { listed: listed.comments }
    };
    const result = await upsertStickyComment(octokit, ctx, ctx.pullRequest, request, call);
    return { name: "comment", ok: true, url: result.url };
  } catch (error) {
    return failedSurface("comment", error, ctx);
  }
}
export {
  ANNOTATIONS_PER_REQUEST,
  DEFAULT_BOT_LOGIN,
  MAX_RESPONSE_BYTES,
  MAX_WAIT_ENV,
  PUBLISH_DEADLINE_MS,
  REQUEST_TIMEOUT_ENV,
  REQUEST_TIMEOUT_MS,
  REQUIRED_PERMISSION,
  annotationBatches,
  commentMarker,
  commitStateFor,
  completeCheckRun,
  createCompletedCheckRun,
  createOctokit,
  deadlineWarning,
  failedSurface,
  gitHubEvidenceSource,
  githubContextFrom,
  loadGitHubContext,
  maxWaitFromEnvironment,
  msFromEnvironment,
  publishCommitStatus,
  publishReport,
  readEventPayload,
  readOwnCommentState,
  resolveCommentAuthor,
  startCheckRun,
  statusDescription,
  tryStartCheckRun,
  unreachableWarning,
  updateJobCheckRun,
  upsertStickyComment,
  writeJobSummary
};
//# sourceMappingURL=github-SQLG7DLX.js.map
