import {
  MAX_REPORT_BYTES,
  assessmentFromReport
} from "./chunk-GANIQKTY.js";
import {
  readFileConfined
} from "./chunk-XOXU4LMM.js";
import "./chunk-2JGVJ37I.js";

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
//# sourceMappingURL=report-origin-IZDZJCSM.js.map
