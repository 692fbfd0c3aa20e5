import {
  buildJsonReport,
  writeJsonReport
} from "./chunks/chunk-GUMHDGJW.js";
import {
  formatFinished,
  formatPlan,
  formatStarted
} from "./chunks/chunk-HORSKLZQ.js";
import {
  loadGitHubContext,
  writeJobSummary
} from "./chunks/chunk-K2MBGMD6.js";
import {
  settingsFromInputs
} from "./chunks/chunk-JSDW3MZ3.js";
import {
  debug,
  endGroup,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunks/chunk-TRLNU4ZG.js";
import {
  evaluateReadiness
} from "./chunks/chunk-WQKAXJJM.js";
import "./chunks/chunk-EPTALBET.js";
import "./chunks/chunk-WPNG4CE6.js";
import {
  errorMessage,
  isConfigurationError
} from "./chunks/chunk-QEFFRMPE.js";
import {
  escapeMarkdown,
  renderReport
} from "./chunks/chunk-7WZ7EZPX.js";
import "./chunks/chunk-TZ2RCCIC.js";
import "./chunks/chunk-XCBH6NLF.js";

// src/main.ts
import * as path2 from "node:path";

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
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
var MATCHER_FILES = ["rustfmt.json", "clippy.json", "cargo-test.json"];
function actionRoot(moduleUrl) {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (; ; ) {
    if (fs.existsSync(path.join(dir, "action.yml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function matcherPaths(moduleUrl) {
  const root = actionRoot(moduleUrl);
  if (root === null) return [];
  return MATCHER_FILES.map((file) => path.join(root, ".github", "matchers", file)).filter(
    (file) => fs.existsSync(file)
  );
}

// src/main.ts
async function run() {
  let publisher = null;
  let settings = null;
  try {
    settings = settingsFromInputs(
      (name) => getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    );
    if (settings.token !== "") setSecret(settings.token);
    const github = githubContextOrNull();
    registerProblemMatchers();
    publisher = await startPublishing(settings, github);
    const outcome = await evaluateReadiness({
      checklistPath: settings.checklistPath,
      configPath: settings.configPath,
      configRequired: settings.configRequired,
      root: settings.root,
      runValidations: settings.runValidations,
      refuseCommands: untrustedCommandsRefusal(settings, github),
      concurrency: settings.concurrency,
      secrets: settings.token === "" ? [] : [settings.token],
      progress: actionsProgress
    });
    const context = renderContext(settings, github);
    const rendered = renderReport(
      outcome.assessment,
      context,
      surfacesToRender(settings, publisher)
    );
    writeJsonReport(settings.reportPath, buildJsonReport(outcome.assessment, context));
    setGateOutputs(outcome, settings.reportPath);
    await publish(settings, publisher, rendered);
    if (!outcome.assessment.ready && settings.failOn === "not-ready") {
      setFailed(`${rendered.title} (fail-on: not-ready)`);
    } else {
      info(rendered.title);
    }
  } catch (error) {
    await reportFailure(error, settings, publisher);
  }
}
var actionsProgress = {
  planned: (plan) => {
    info(formatPlan(plan));
  },
  started: (validation) => {
    info(formatStarted(validation).trimEnd());
  },
  finished: (validation, result) => {
    startGroup(formatFinished(validation, result).split("\n")[0] ?? validation.name);
    info(formatFinished(validation, result).trimEnd());
    const { head, tail, truncated, totalBytes } = result.output;
    info(head);
    if (truncated) info(`\u2026 ${totalBytes} bytes in all; the last part follows \u2026`);
    if (tail !== "") info(tail);
    endGroup();
  }
};
function registerProblemMatchers() {
  if (process.env.GITHUB_ACTIONS !== "true") return;
  for (const file of matcherPaths(import.meta.url)) info(`::add-matcher::${file}`);
}
function githubContextOrNull() {
  if (process.env.GITHUB_ACTIONS !== "true" && process.env.GITHUB_REPOSITORY === void 0) {
    return null;
  }
  try {
    return loadGitHubContext(process.env);
  } catch (error) {
    warning(`Not publishing to GitHub: ${errorMessage(error)}`);
    return null;
  }
}
async function startPublishing(settings, github) {
  const { checkRun, commitStatus, comment } = settings.surfaces;
  const wantsComment = comment && github?.pullRequest !== null;
  if (github === null || !(checkRun || commitStatus || wantsComment)) return null;
  if (settings.token === "") {
    warning(
      "Input 'github-token' is empty: the check run, status and PR comment are not published; the job summary and outputs still are."
    );
    return null;
  }
  const api = await import("./chunks/github-ZNFQIRJE.js");
  const octokit = api.createOctokit(settings.token, github.apiUrl, {
    log: {
      warning: (m) => {
        warning(m);
      },
      debug: (m) => {
        debug(m);
      }
    }
  });
  const publisher = { api, octokit, ctx: github, checkRunId: void 0 };
  if (checkRun) {
    const started = await api.tryStartCheckRun(octokit, github, settings.checkName);
    if ("checkRunId" in started) publisher.checkRunId = started.checkRunId;
    else if (started.failure.unreachable !== void 0) {
      const lost = [
        "check-run",
        ...commitStatus ? ["commit-status"] : [],
        ...wantsComment ? ["comment"] : []
      ];
      warning(api.unreachableWarning(github, started.failure.unreachable, lost));
      return null;
    } else warnSurface(started.failure.warning);
  }
  return publisher;
}
function untrustedCommandsRefusal(settings, github) {
  if (github?.eventName !== "pull_request_target" || settings.allowUntrustedCommands) return null;
  return "under pull_request_target the checklist and config may come from the pull request, so their commands are not run; use the pull_request event (or workflow_run for forks), or set allow-untrusted-commands: true if the checked-out code is trusted";
}
function renderContext(settings, github) {
  return {
    checkName: settings.checkName,
    runUrl: github?.runUrl ?? null,
    repository: github === null ? null : `${github.owner}/${github.repo}`,
    sha: github?.sha ?? null,
    ref: github?.ref ?? null,
    checklistPath: toPosix(path2.relative(settings.workspace, settings.checklistPath)),
    validationRoot: toPosix(path2.relative(settings.workspace, settings.root)) || ".",
    workspace: settings.workspace,
    serverUrl: github?.serverUrl ?? null
  };
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
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
function setGateOutputs(outcome, reportPath) {
  const { assessment } = outcome;
  const failed = assessment.validations.filter((v) => v.critical && v.status !== "passed");
  setOutputs({
    ready: assessment.ready ? "true" : "false",
    verdict: assessment.verdict,
    "report-path": reportPath,
    blockers: String(assessment.blockers.length),
    "failed-validations": String(failed.length),
    "checked-items": String(assessment.checklist.checked),
    "total-items": String(assessment.checklist.items),
    placeholders: String(assessment.reconciliation.placeholders.length)
  });
}
async function publish(settings, publisher, rendered) {
  if (settings.surfaces.jobSummary) {
    const summary = await writeJobSummary(rendered.jobSummary);
    warnSurface(summary.warning);
  }
  if (publisher === null) return;
  const { api, octokit, ctx, checkRunId } = publisher;
  const outcome = await api.publishReport(octokit, ctx, rendered, {
    checkRun: settings.surfaces.checkRun,
    status: settings.surfaces.commitStatus,
    comment: settings.surfaces.comment && ctx.pullRequest !== null,
    checkName: settings.checkName,
    ...checkRunId === void 0 ? {} : { checkRunId },
    ...settings.commentAuthor === "" ? {} : { commentAuthor: settings.commentAuthor }
  });
  for (const surface of outcome.surfaces) warnSurface(surface.warning);
}
var warned = /* @__PURE__ */ new Set();
function warnSurface(warning2) {
  if (warning2 === void 0 || warned.has(warning2)) return;
  warned.add(warning2);
  warning(warning2);
}
async function reportFailure(error, settings, publisher) {
  const message = errorMessage(error).split("\n")[0] ?? "unknown error";
  const title = isConfigurationError(error) ? "Readiness could not be assessed: configuration error" : "Readiness could not be assessed: internal error";
  if (!isConfigurationError(error) && error instanceof Error && error.stack) debug(error.stack);
  setOutputs({ ready: "false", verdict: "error" });
  const body = `## ${title}

${escapeMarkdown(message)}
`;
  if (settings?.surfaces.jobSummary !== false) warnSurface((await writeJobSummary(body)).warning);
  if (publisher?.checkRunId !== void 0) {
    const { api, octokit, ctx, checkRunId } = publisher;
    try {
      await api.completeCheckRun(octokit, ctx, checkRunId, {
        conclusion: "failure",
        title,
        checkSummary: body,
        checkText: "",
        comment: body,
        jobSummary: body,
        statusDescription: title.slice(0, 140),
        annotations: []
      });
    } catch (publishError) {
      warnSurface(`Could not complete the check run: ${errorMessage(publishError)}`);
    }
  }
  setFailed(message);
}

// src/index.ts
await run();
