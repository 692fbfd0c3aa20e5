import {
  DEFAULT_MAX_ANNOTATIONS,
  MAX_ANNOTATIONS_LIMIT
} from "./chunk-26BFQPRZ.js";
import {
  confinedTargetProblem
} from "./chunk-WKX34K4D.js";
import {
  randomHex
} from "./chunk-4JK2LAZB.js";
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
  "allow-untrusted-commands": "false",
  "max-annotations": String(DEFAULT_MAX_ANNOTATIONS),
  "report-from": ""
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
    reportPath: reportPathInside(root, read("report-path")),
    concurrency: parseConcurrency(read("concurrency"), "concurrency"),
    commentAuthor: read("comment-author"),
    allowUntrustedCommands: parseBoolean(
      read("allow-untrusted-commands"),
      "allow-untrusted-commands"
    ),
    maxAnnotations: parseMaxAnnotations(read("max-annotations")),
    reportFrom: parseReportFrom(root, read("report-from"), read("run-validations"))
  };
}
function parseReportFrom(root, value, runValidations) {
  if (value === "") return null;
  if (parseBoolean(runValidations, "run-validations")) {
    throw new ConfigurationError(
      "Input 'report-from' publishes a report another run made, so it needs run-validations: false; fix the inputs: set run-validations: false, or remove report-from."
    );
  }
  const file = path.resolve(root, value);
  const problem = confinedTargetProblem({ boundary: root, file, input: "report-from" });
  if (problem !== null) throw new ConfigurationError(problem);
  return file;
}
function parseMaxAnnotations(value) {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n > MAX_ANNOTATIONS_LIMIT) {
    throw new ConfigurationError(
      `Input 'max-annotations' must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT} (got ${quoteValue(value)}); fix the 'max-annotations' input.`
    );
  }
  return n;
}
function settingWords(name) {
  return name.startsWith("--") ? { subject: `Flag ${name}`, fix: `fix ${name}`, cli: true } : { subject: `Input '${name}'`, fix: `fix the '${name}' input`, cli: false };
}
function parseFailOn(value, name = "fail-on") {
  if (value === "not-ready" || value === "never") return value;
  const { subject, fix } = settingWords(name);
  throw new ConfigurationError(
    `${subject} must be 'not-ready' or 'never' (got ${quoteValue(value)}); ${fix}.`
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
    const { subject, cli } = settingWords(name);
    throw new ConfigurationError(
      `${subject} must be a whole number from 1 to 64 (got ${quoteValue(value)}); ${cli ? "omit it" : "leave it empty"} for the CPU count.`
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
function reportPathInside(root, value) {
  const file = path.resolve(root, value);
  const problem = confinedTargetProblem({ boundary: root, file, input: "report-path" });
  if (problem !== null) throw new ConfigurationError(problem);
  return file;
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

// src/github/workflow-log.ts
var randomStopToken = () => randomHex(16);
function printUntrusted(write, text, newToken = randomStopToken) {
  const lines = runnerLines(text).map(neutraliseLine);
  if (!needsWindow(lines)) {
    for (const line of lines) write(line);
    return;
  }
  const token = stopTokenFor(lines.join("\n"), newToken);
  write(`::stop-commands::${token}`);
  for (const line of lines) write(line);
  write(`::${token}::`);
}
function runnerLines(text) {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
var DOTNET_WHITESPACE = "[\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var LEADING_COLONS = new RegExp(`^(${DOTNET_WHITESPACE}*):(?=:)`);
var LEGACY_PREFIX = /##\[/g;
function neutraliseLine(line) {
  return line.replace(LEGACY_PREFIX, "#\uFF03[").replace(LEADING_COLONS, "$1\uFF1A");
}
function needsWindow(lines) {
  return lines.some((line) => /[:#]|[^\t\x20-\x7e]/.test(line));
}
function stopTokenFor(text, newToken) {
  const haystack = text.toLowerCase();
  for (let attempt = 0; attempt < 100; attempt++) {
    const token = newToken();
    if (/^[0-9a-z]{16,}$/i.test(token) && !haystack.includes(token.toLowerCase())) return token;
  }
  throw new Error("printUntrusted: the token source gave no usable stop token in 100 draws");
}

// src/log/logger.ts
function writeUntrusted(write, text, workflowLog) {
  if (workflowLog) {
    printUntrusted((line) => {
      write(`${line}
`);
    }, text);
    return;
  }
  write(text.endsWith("\n") ? text : `${text}
`);
}
function streamLogger(write, workflowLog = false) {
  return {
    info: (message) => {
      write(`${message}
`);
    },
    warning: (message) => {
      write(`warning: ${message}
`);
    },
    error: (message) => {
      write(`error: ${message}
`);
    },
    debug: () => void 0,
    untrusted: (text) => {
      writeUntrusted(write, text, workflowLog);
    },
    startGroup: () => void 0,
    endGroup: () => void 0
  };
}

export {
  settingsFromInputs,
  parseFailOn,
  parseConcurrency,
  neutraliseLine,
  writeUntrusted,
  streamLogger
};
