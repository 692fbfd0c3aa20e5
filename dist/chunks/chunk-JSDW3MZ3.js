import {
  ConfigurationError,
  quoteValue
} from "./chunk-QEFFRMPE.js";

// src/settings.ts
import * as path from "node:path";
import * as fs from "node:fs";
var INPUT_DEFAULTS = {
  checklist: "PRODUCTION_CHECKLIST.md",
  "working-directory": ".",
  config: ".github/readiness.yml",
  "fail-on": "not-ready",
  "run-validations": "true",
  "check-run": "true",
  "commit-status": "false",
  comment: "true",
  "job-summary": "true",
  "check-name": "Readiness Gate",
  "report-path": "readiness-report.json",
  concurrency: "",
  "comment-author": "",
  "allow-untrusted-commands": "false"
};
function settingsFromInputs(readRaw, workspace) {
  const read = (name) => {
    const value = readRaw(name).trim();
    return value === "" ? INPUT_DEFAULTS[name] ?? "" : value;
  };
  const root = insideWorkspace(workspace, read("working-directory"), "working-directory");
  const configInput = readRaw("config").trim();
  return {
    workspace,
    root,
    checklistPath: insideWorkspace(root, read("checklist"), "checklist", workspace),
    configPath: insideWorkspace(root, read("config"), "config", workspace),
    configRequired: configInput !== "" && configInput !== INPUT_DEFAULTS.config,
    failOn: parseFailOn(read("fail-on")),
    runValidations: parseBoolean(read("run-validations"), "run-validations"),
    surfaces: {
      checkRun: parseBoolean(read("check-run"), "check-run"),
      commitStatus: parseBoolean(read("commit-status"), "commit-status"),
      comment: parseBoolean(read("comment"), "comment"),
      jobSummary: parseBoolean(read("job-summary"), "job-summary")
    },
    checkName: parseCheckName(read("check-name")),
    token: readRaw("github-token").trim(),
    reportPath: insideWorkspace(root, read("report-path"), "report-path", workspace),
    concurrency: parseConcurrency(read("concurrency"), "concurrency"),
    commentAuthor: read("comment-author"),
    allowUntrustedCommands: parseBoolean(
      read("allow-untrusted-commands"),
      "allow-untrusted-commands"
    )
  };
}
function parseFailOn(value) {
  if (value === "not-ready" || value === "never") return value;
  throw new ConfigurationError(
    `Input 'fail-on' must be 'not-ready' or 'never' (got ${quoteValue(value)}); fix the 'fail-on' input.`
  );
}
function parseBoolean(value, name) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigurationError(
    `Input '${name}' must be 'true' or 'false' (got ${quoteValue(value)}); fix the '${name}' input.`
  );
}
function parseConcurrency(value, name) {
  if (value === "") return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new ConfigurationError(
      `Input '${name}' must be a whole number from 1 to 64 (got ${quoteValue(value)}); leave it empty for the CPU count.`
    );
  }
  return n;
}
function parseCheckName(value) {
  if (value.length > 100 || /[\r\n]/.test(value)) {
    throw new ConfigurationError(
      `Input 'check-name' must be one line of at most 100 characters; shorten the 'check-name' input.`
    );
  }
  return value;
}
function insideWorkspace(base, value, name, boundary = base) {
  if (value.includes("\0")) {
    throw new ConfigurationError(`Input '${name}' contains a NUL byte; fix the '${name}' input.`);
  }
  const resolved = path.resolve(base, value);
  const outside = (target, root) => {
    const relative2 = path.relative(root, target);
    return relative2.startsWith("..") || path.isAbsolute(relative2);
  };
  if (outside(resolved, boundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) points outside the workspace '${boundary}'; use a path inside the repository.`
    );
  }
  const real = realPathOrNull(resolved);
  const realBoundary = realPathOrNull(boundary);
  if (real !== null && realBoundary !== null && outside(real, realBoundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) is a symlink to '${real}', outside the workspace; point it at a file inside the repository.`
    );
  }
  return resolved;
}
function realPathOrNull(file) {
  const rest = [];
  for (let current = file; ; current = path.dirname(current)) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      if (path.dirname(current) === current) return null;
      rest.unshift(path.basename(current));
    }
  }
}

export {
  settingsFromInputs,
  parseFailOn,
  parseConcurrency
};
