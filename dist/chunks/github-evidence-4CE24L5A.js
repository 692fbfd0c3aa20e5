import {
  UnusableAnswerError
} from "./chunk-FIKNLE5T.js";
import "./chunk-4N5CHATA.js";
import "./chunk-62XKVIBY.js";
import "./chunk-NLOXILUB.js";
import "./chunk-SWNQML2K.js";
import "./chunk-V3FOUYSF.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import {
  normalizeLogin,
  referenceKey
} from "./chunk-EKH3MAKY.js";
import "./chunk-WME7CM5E.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-VVPLV2LN.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-VALL6OQN.js";
import "./chunk-3XCZIKZF.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";

// src/cli/github-evidence.ts
import { execFileSync } from "node:child_process";

// src/github/evidence-lookups.ts
import * as fs from "node:fs";
import * as path2 from "node:path";

// src/github/graphql-issues.ts
var ISSUES_PER_QUERY = 100;
function issueQuery(count) {
  const variables = [];
  const fields = [];
  for (let i = 0; i < count; i++) {
    variables.push(`$o${i}: String!, $r${i}: String!, $n${i}: Int!`);
    fields.push(
      `  i${i}: repository(owner: $o${i}, name: $r${i}) { issueOrPullRequest(number: $n${i}) { ...state } }`
    );
  }
  return [
    `query ReadinessGateReferences(${variables.join(", ")}) {`,
    ...fields,
    "}",
    "fragment state on IssueOrPullRequest {",
    "  __typename",
    // Aliased: Issue.state and PullRequest.state have different enum types, and GraphQL refuses
    // one field name with two types in a selection.
    "  ... on Issue { issueState: state stateReason url }",
    "  ... on PullRequest { pullRequestState: state merged url }",
    "}"
  ].join("\n");
}
function issueVariables(refs) {
  const variables = {};
  refs.forEach((ref, i) => {
    variables[`o${i}`] = ref.owner;
    variables[`r${i}`] = ref.repo;
    variables[`n${i}`] = ref.number;
  });
  return variables;
}
async function readIssues(octokit, refs, counter) {
  const lookups = [];
  let refused = null;
  for (let start = 0; start < refs.length; start += ISSUES_PER_QUERY) {
    const batch = refs.slice(start, start + ISSUES_PER_QUERY);
    counter.calls++;
    const { data, errors } = await partialAnswer(
      () => octokit.graphql(issueQuery(batch.length), issueVariables(batch))
    );
    batch.forEach((_ref, i) => {
      const error = errors.get(`i${i}`);
      if (error !== void 0 && error.type !== "NOT_FOUND") {
        refused ??= error.message;
        lookups.push(null);
      } else {
        lookups.push(issueLookupOf(data[`i${i}`]));
      }
    });
  }
  return { lookups, refused };
}
async function partialAnswer(query) {
  try {
    return { data: await query(), errors: /* @__PURE__ */ new Map() };
  } catch (error) {
    const { name, errors, data } = error;
    if (name !== "GraphqlResponseError" || !Array.isArray(errors)) throw error;
    if (typeof data !== "object" || data === null) throw error;
    const byAlias = /* @__PURE__ */ new Map();
    for (const entry of errors) {
      const alias = Array.isArray(entry.path) ? entry.path[0] : void 0;
      if (typeof alias !== "string") throw error;
      byAlias.set(alias, {
        type: typeof entry.type === "string" ? entry.type : void 0,
        message: typeof entry.message === "string" ? entry.message : "refused"
      });
    }
    return { data, errors: byAlias };
  }
}
function issueLookupOf(repository) {
  const node = repository?.issueOrPullRequest;
  if (node === null || node === void 0) return { kind: "not-found" };
  const url = typeof node.url === "string" ? node.url : "";
  if (node.__typename === "PullRequest") {
    const state = node.merged === true ? "merged" : node.pullRequestState === "OPEN" ? "open" : "closed";
    return { kind: "pull-request", state, url };
  }
  return {
    kind: "issue",
    state: node.issueState === "OPEN" ? "open" : "closed",
    stateReason: typeof node.stateReason === "string" ? node.stateReason : null,
    url
  };
}

// src/github/answers.ts
var UnexpectedAnswerError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  name = "UnexpectedAnswerError";
};

// src/github/publish-failures.ts
function unusableAnswer(error) {
  if (error instanceof UnexpectedAnswerError) return error.message;
  const cause = error?.cause;
  if (cause instanceof UnusableAnswerError) return cause.message;
  return null;
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
function httpFailure(error) {
  const { status, response } = error;
  const data = response?.data;
  const message = typeof data?.message === "string" ? data.message : errorMessage(error);
  const fieldErrors = Array.isArray(data?.errors) ? data.errors.map(describeFieldError).filter((text) => text !== "") : [];
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

// src/github/reviews.ts
var REVIEWS_WHAT = "the pull request's reviews";
var REVIEWS_PERMISSION = "pull-requests: read";
async function readApprovals(octokit, target, counter) {
  if (target.pullRequest === null) return { kind: "no-pull-request" };
  const reviews = [];
  try {
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullRequest,
      per_page: 100
    });
    counter.calls++;
    for await (const page of pages) {
      reviews.push(...page.data);
      if (hasNextPage(page.headers)) counter.calls++;
    }
  } catch (error) {
    return {
      kind: "unreadable",
      reason: readFailureReason(error, REVIEWS_WHAT, REVIEWS_PERMISSION)
    };
  }
  return { kind: "read", approvers: approversOf(reviews) };
}
function approversOf(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    const login = review.user?.login;
    const state = review.state;
    if (login === void 0 || state === void 0 || !DECIDING.has(state)) continue;
    latest.set(normalizeLogin(login), state);
  }
  return new Set([...latest].filter(([, state]) => state === "APPROVED").map(([login]) => login));
}
var DECIDING = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function hasNextPage(headers) {
  return /\brel="next"/.test(headers.link ?? "");
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
  const relative3 = path.relative(workspace, path.dirname(checklistPath));
  return relative3.startsWith("..") || path.isAbsolute(relative3) ? "" : relative3.split(path.sep).join("/");
}

// src/github/evidence-lookups.ts
function gitHubEvidenceSource(client, target) {
  const counter = { calls: 0 };
  const unreadable = [];
  let readingApprovals = Promise.resolve();
  const scope = referenceScope(target);
  return {
    scope,
    readApprovals() {
      const reading = approvalsOf(client, target, counter, unreadable);
      readingApprovals = reading.catch(() => void 0);
      return reading;
    },
    async lookUp(items) {
      const references = distinct(items.flatMap((item) => item.references));
      const asksGitHub = references.some((reference) => reference.kind !== "file");
      const loaded = asksGitHub ? await clientOrReason(client) : null;
      if (typeof loaded === "string") {
        unreadable.push(
          `GitHub could not be asked (${loaded}): items that point at it are unverified.`
        );
      }
      const octokit = typeof loaded === "string" ? null : loaded;
      const [issues, checks] = await Promise.all([
        lookUpIssues(octokit, references, counter, unreadable),
        lookUpChecks(octokit, target, references, counter, unreadable),
        readingApprovals
      ]);
      return {
        issues,
        checks,
        files: lookUpFiles(target.workspace, references),
        headSha: target.sha,
        unreadable,
        apiCalls: counter.calls,
        repository: { owner: target.owner, repo: target.repo }
      };
    }
  };
}
async function approvalsOf(client, target, counter, unreadable) {
  if (target.pullRequest === null) return { kind: "no-pull-request" };
  const octokit = await clientOrReason(client);
  const approvals = typeof octokit === "string" ? {
    kind: "unreadable",
    reason: `${REVIEWS_WHAT} could not be read (${octokit})`
  } : await readApprovals(octokit, target, counter);
  if (approvals.kind === "unreadable") {
    unreadable.push(`${approvals.reason}: sign-offs and approvals are unverified.`);
  }
  return approvals;
}
async function clientOrReason(client) {
  try {
    return await client();
  } catch (error) {
    return errorMessage(error);
  }
}
function distinct(references) {
  const byKey = /* @__PURE__ */ new Map();
  for (const reference of references) byKey.set(referenceKey(reference), reference);
  return [...byKey.values()];
}
async function lookUpIssues(octokit, references, counter, unreadable) {
  const refs = references.filter(
    (r) => r.kind === "issue"
  );
  const found = /* @__PURE__ */ new Map();
  if (refs.length === 0 || octokit === null) return found;
  try {
    const answers = await readIssues(octokit, refs, counter);
    refs.forEach((ref, i) => {
      const lookup = answers.lookups[i];
      if (lookup !== null && lookup !== void 0) found.set(referenceKey(ref), lookup);
    });
    if (answers.refused !== null) {
      unreadable.push(
        `Some referenced issues or pull requests could not be read (${answers.refused}): the token lacks "issues: read" or "pull-requests: read", or cannot see them; items that name them are unverified.`
      );
    }
  } catch (error) {
    unreadable.push(
      `${readFailureReason(error, "The referenced issues and pull requests", 'issues: read" and "pull-requests: read')}: items that name them are unverified.`
    );
  }
  return found;
}
async function lookUpChecks(octokit, target, references, counter, unreadable) {
  const names = references.filter(
    (r) => r.kind === "check"
  );
  const found = /* @__PURE__ */ new Map();
  if (names.length === 0 || target.sha === null || octokit === null) return found;
  const sha = target.sha;
  const failures = [];
  await Promise.all(
    names.map(async (reference) => {
      counter.calls++;
      try {
        const { data } = await octokit.rest.checks.listForRef({
          owner: target.owner,
          repo: target.repo,
          ref: sha,
          check_name: reference.name,
          filter: "latest",
          per_page: 100
        });
        found.set(referenceKey(reference), latestRun(data.check_runs));
      } catch (error) {
        failures.push(readFailureReason(error, "The named checks", "checks: read"));
      }
    })
  );
  if (failures.length > 0) unreadable.push(`${failures[0]}: items that name them are unverified.`);
  return found;
}
function latestRun(runs) {
  const latest = [...runs].sort((a, b) => (b.started_at ?? "").localeCompare(a.started_at ?? ""))[0];
  if (latest === void 0) return { kind: "none" };
  return {
    kind: "run",
    status: latest.status,
    conclusion: latest.conclusion,
    url: latest.html_url ?? null
  };
}
function lookUpFiles(workspace, references) {
  const found = /* @__PURE__ */ new Map();
  let root;
  try {
    root = fs.realpathSync(workspace);
  } catch {
    return found;
  }
  for (const reference of references) {
    if (reference.kind !== "file") continue;
    found.set(referenceKey(reference), existsInside(root, reference.path));
  }
  return found;
}
function existsInside(root, file) {
  try {
    const real = fs.realpathSync(path2.resolve(root, file));
    const relative3 = path2.relative(root, real);
    return !relative3.startsWith("..") && !path2.isAbsolute(relative3);
  } catch {
    return false;
  }
}

// src/cli/github-evidence.ts
function cliEvidenceOptions(options, env, log) {
  const target = options.github;
  if (target === null) return {};
  const token = (env.GITHUB_TOKEN ?? "").trim() || (env.GH_TOKEN ?? "").trim();
  if (token === "") {
    throw new ConfigurationError(
      "--repo asks GitHub, which needs a token: set GITHUB_TOKEN or GH_TOKEN (a token that can read the repository)."
    );
  }
  const apiUrl = (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com";
  const client = async () => {
    const { createOctokit } = await import("./client-RLXIQHMZ.js");
    return createOctokit(token, apiUrl, {
      log: {
        warning: (message) => {
          log.warning(message);
        },
        debug: () => void 0
      }
    });
  };
  return {
    github: gitHubEvidenceSource(client, {
      owner: target.owner,
      repo: target.repo,
      sha: target.sha ?? headOf(options.root),
      pullRequest: target.pullRequest,
      serverUrl: (env.GITHUB_SERVER_URL ?? "").trim() || "https://github.com",
      workspace: options.root,
      checklistDir: checklistDirectory(options.root, options.checklistPath)
    })
  };
}
function headOf(root) {
  try {
    const sha = execFileSync("git", ["rev-parse", "--verify", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
export {
  cliEvidenceOptions
};
//# sourceMappingURL=github-evidence-4CE24L5A.js.map
