import {
  buildJsonReport,
  writeJsonReportInside
} from "./chunks/chunk-NEMTZQVF.js";
import {
  renderReport
} from "./chunks/chunk-EV6KXT3X.js";
import {
  runLog
} from "./chunks/chunk-RWN7KHU6.js";
import {
  readGitHubContext,
  writeJobSummary
} from "./chunks/chunk-MXIL5KNU.js";
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
} from "./chunks/chunk-BLYCDRTN.js";
import "./chunks/chunk-7KPXNC3M.js";
import {
  failureOutcome,
  verdictOutcome
} from "./chunks/chunk-BWOAAN5N.js";
import {
  renderContextFor
} from "./chunks/chunk-LFPFDL7P.js";
import "./chunks/chunk-QVUAMLGH.js";
import {
  neutraliseLine,
  settingsFromInputs,
  writeUntrusted
} from "./chunks/chunk-7QPGSLXT.js";
import "./chunks/chunk-26BFQPRZ.js";
import "./chunks/chunk-WKX34K4D.js";
import {
  EXIT_CODES
} from "./chunks/chunk-AD2LMMWH.js";
import {
  protectSecrets
} from "./chunks/chunk-CBYIFZ63.js";
import "./chunks/chunk-4JK2LAZB.js";
import {
  evaluateReadiness
} from "./chunks/chunk-PIAGZSSH.js";
import "./chunks/chunk-CN36DVH4.js";
import "./chunks/chunk-ZZWN6YCS.js";
import "./chunks/chunk-TZ2RCCIC.js";
import {
  maskForSurfaces,
  secretsToMask
} from "./chunks/chunk-WFXTJZ4K.js";
import "./chunks/chunk-BWTLNH43.js";
import "./chunks/chunk-POCXICQ4.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue
} from "./chunks/chunk-QEFFRMPE.js";
import "./chunks/chunk-XCBH6NLF.js";

// src/github/trust.ts
var PRIVILEGED_OVER_UNTRUSTED = {
  pull_request_target: "under pull_request_target the run has a write token and secrets while the checklist and config may come from the pull request",
  workflow_run: "under workflow_run the run has a write token and secrets while what it checked out may come from the triggering run's pull request",
  issue_comment: "under issue_comment anyone who comments starts the run, which has a write token and secrets, and the checkout may be the pull request commented on",
  pull_request_review: "under pull_request_review anyone who reviews starts a run of the pull request's code, with a write token for pull requests from the same repository",
  pull_request_review_comment: "under pull_request_review_comment anyone who comments starts a run of the pull request's code, with a write token for pull requests from the same repository"
};
var KNOWN_SAFE = /* @__PURE__ */ new Set([
  "push",
  "pull_request",
  "merge_group",
  "schedule",
  "workflow_dispatch",
  "repository_dispatch",
  "release",
  "create",
  "delete",
  "deployment",
  "deployment_status",
  "check_run",
  "check_suite",
  "status",
  "label",
  "milestone",
  "page_build",
  "public",
  "registry_package",
  "branch_protection_rule",
  "project",
  "project_card",
  "project_column",
  "gollum",
  "issues",
  "discussion",
  "discussion_comment",
  "fork",
  "watch"
]);
var FIX = "use the pull_request event (and publish for forks from workflow_run with report-from), or set allow-untrusted-commands: true if the checked-out code is trusted";
function untrustedCommandsRefusal(reading, allowUntrustedCommands) {
  if (allowUntrustedCommands || reading.kind === "none") return null;
  if (reading.kind === "unreadable") {
    return `the GitHub event could not be read (${reading.reason}), so the gate cannot tell whether the checkout is trusted and its commands are not run; fix the workflow's environment, or set allow-untrusted-commands: true if the checked-out code is trusted`;
  }
  if (!reading.actions) return null;
  const event = reading.context.eventName;
  const danger = PRIVILEGED_OVER_UNTRUSTED[event];
  if (danger !== void 0) return `${danger}, so their commands are not run; ${FIX}`;
  if (!KNOWN_SAFE.has(event)) {
    return `the event ${quoteValue(event, 60)} is not one the gate knows to be safe for running the checkout's commands, so they are not run; ${FIX}`;
  }
  return null;
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
    loadGitHub: () => import("./chunks/github-YNIFJZGV.js")
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
    registerProblemMatchers(io);
    const published = settings.reportFrom === null ? null : await reportFrom(settings, reading);
    const github = published?.publishTo ?? githubOf(reading, warn);
    publishing = startPublishing(io, settings, github, warn).catch((error2) => {
      warn(`Not publishing to GitHub: ${errorMessage(error2)}`);
      return null;
    });
    const { assessment, context } = published === null ? await evaluateHere(io, settings, reading, github, secrets) : {
      assessment: maskForSurfaces(published.assessment, secrets),
      context: maskForSurfaces(published.context, secrets)
    };
    const publisher = await publishing;
    if (published?.pullRequestNeedsVerification === true && publisher !== null) {
      await verifyReportPullRequest(publisher, published, warn);
    }
    const rendered = renderReport(assessment, context, surfacesToRender(settings, publisher), {
      maxAnnotations: settings.maxAnnotations
    });
    const written = writeJsonReportInside(
      settings.root,
      settings.reportPath,
      buildJsonReport(assessment, context)
    );
    const reportPath = "written" in written ? written.written : "";
    const verdict = verdictOutcome(assessment, settings.failOn, reportPath);
    io.setOutputs(verdict.outputs);
    await publish(io, settings, publisher, rendered, warn);
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
    checklistPath: settings.checklistPath,
    configPath: settings.configPath,
    configRequired: settings.configRequired,
    root: settings.root,
    runValidations: settings.runValidations,
    refuseCommands: untrustedCommandsRefusal(reading, settings.allowUntrustedCommands),
    concurrency: settings.concurrency,
    secrets,
    progress: runLog(io.log, { showOutput: true })
  });
  return {
    assessment: maskForSurfaces(outcome.assessment, secrets),
    context: maskForSurfaces(
      renderContextFor({
        checkName: settings.checkName,
        workspace: settings.workspace,
        root: settings.root,
        checklistPath: settings.checklistPath,
        github
      }),
      secrets
    )
  };
}
async function reportFrom(settings, reading) {
  const { reportToPublish } = await import("./chunks/report-origin-CDQIIWLU.js");
  const report = reportToPublish({
    file: settings.reportFrom,
    boundary: settings.root,
    reading,
    checkName: settings.checkName
  });
  if ("error" in report) throw new ConfigurationError(report.error);
  return report;
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
    const { verifyPullRequestHead } = await import("./chunks/report-origin-CDQIIWLU.js");
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
function registerProblemMatchers(io) {
  if (io.env.GITHUB_ACTIONS !== "true") return;
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
  const octokit = api.createOctokit(settings.token, github.apiUrl, {
    log: {
      warning: (m) => {
        io.log.warning(m);
      },
      debug: (m) => {
        io.log.debug(m);
      }
    },
    maxWaitMs: api.maxWaitFromEnvironment(io.env)
  });
  const stopStart = new AbortController();
  const checkRunStart = checkRun ? api.tryStartCheckRun(octokit, github, settings.checkName, { signal: stopStart.signal }) : null;
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
async function publish(io, settings, publisher, rendered, warn) {
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
    io.log.debug(error2.stack);
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
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      resolve(null);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
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
