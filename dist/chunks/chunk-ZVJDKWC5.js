import {
  DEFAULT_MAX_ANNOTATIONS
} from "./chunk-UX6XUFK4.js";
import {
  EXIT_CODES
} from "./chunk-7WNGF72J.js";
import {
  randomHex
} from "./chunk-OYOTEIZX.js";
import {
  isSafeRef
} from "./chunk-44NVDPLG.js";
import {
  ConfigurationError,
  errorMessage,
  quoteValue
} from "./chunk-7JUYCF5G.js";

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

// src/shards/spec.ts
var MAX_SHARDS = 64;
function parseShard(value, name) {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    const subject = name.startsWith("--") ? `Flag ${name}` : `Input '${name}'`;
    throw new ConfigurationError(
      `${subject} must be i/n with 1 \u2264 i \u2264 n \u2264 ${MAX_SHARDS}, e.g. 2/3 (got ${quoteValue(value)}); in a matrix use '\${{ matrix.shard }}/<count>'.`
    );
  }
  return { index, count };
}
function shardLabel(spec) {
  return `${spec.index}/${spec.count}`;
}
var PLATFORM_LABEL = /^[\w .()+-]{1,40}$/;
function parsePlatform(value, name) {
  const label = value.trim();
  if (label === "" || PLATFORM_LABEL.test(label)) return label;
  const subject = name.startsWith("--") ? `Flag ${name}` : `Input '${name}'`;
  throw new ConfigurationError(
    `${subject} must be 1 to 40 letters, digits, spaces or ._()+- (got ${quoteValue(value, 40)}); e.g. 'Linux' or 'ubuntu-24.04'.`
  );
}

// src/cli/args.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/default-paths.ts
var DEFAULT_CHECKLIST_PATH = "PRODUCTION_CHECKLIST.md";
var DEFAULT_CONFIG_PATH = ".github/readiness.yml";
var DEFAULT_REPORT_PATH = "readiness-report.json";

// src/settings.ts
var INPUT_DEFAULTS = {
  checklist: DEFAULT_CHECKLIST_PATH,
  "working-directory": ".",
  config: DEFAULT_CONFIG_PATH,
  "fail-on": "not-ready",
  "run-validations": "true",
  "check-run": "true",
  "commit-status": "false",
  comment: "true",
  "job-summary": "true",
  "check-name": "Readiness Gate",
  "report-path": DEFAULT_REPORT_PATH,
  concurrency: "",
  "comment-author": "",
  "allow-untrusted-commands": "false",
  "max-annotations": String(DEFAULT_MAX_ANNOTATIONS),
  "report-from": "",
  "previous-report": "",
  "check-run-id": "",
  shard: "",
  "durations-from": "",
  platform: "",
  "merge-reports": "",
  "compare-ref": ""
};
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

// src/cli/args.ts
function parseCheckArgs(argv, cwd) {
  const { values, positionals } = parseCliArgs(argv, {
    ...PROJECT_FLAGS,
    concurrency: { type: "string", default: "" },
    "no-run": { type: "boolean", default: false },
    shard: { type: "string" },
    "durations-from": { type: "string" },
    platform: { type: "string", default: "" },
    repo: { type: "string" },
    pr: { type: "string" },
    sha: { type: "string" },
    base: { type: "string" }
  });
  if (values.help === true) return "help";
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got ${quoteValue(positionals[0] ?? "")}); use --checklist FILE.`
    );
  }
  const project = projectOptions(values, cwd);
  const shard = typeof values.shard === "string" ? parseShard(values.shard, "--shard") : null;
  const durationsFrom = optionalString(values["durations-from"], "--durations-from");
  if (shard !== null && (project.jsonPath === null || project.markdownPath !== null)) {
    throw new ConfigurationError(
      "--shard writes a partial report for the merge, not a verdict: give --json FILE (and no --markdown)."
    );
  }
  if (shard === null && durationsFrom !== null) {
    throw new ConfigurationError(
      "--durations-from balances a shard split: use it with --shard i/n."
    );
  }
  return {
    ...project,
    concurrency: parseConcurrency(String(values.concurrency), "--concurrency"),
    runValidations: values["no-run"] !== true,
    shard,
    durationsFrom: durationsFrom === null ? null : path.resolve(cwd, durationsFrom),
    platform: parsePlatform(String(values.platform), "--platform"),
    github: gitHubTarget(values),
    base: parseBase(values.base)
  };
}
function parseMergeArgs(argv, cwd) {
  const { values, positionals } = parseCliArgs(argv, PROJECT_FLAGS);
  if (values.help === true) return "help";
  if (positionals.length === 0) {
    throw new ConfigurationError(
      "merge needs the shards' reports: readiness-gate merge <file|directory|glob>\u2026 [--json FILE]"
    );
  }
  return { ...projectOptions(values, cwd), reports: positionals };
}
var PROJECT_FLAGS = {
  checklist: { type: "string" },
  config: { type: "string" },
  cwd: { type: "string", default: "." },
  json: { type: "string" },
  markdown: { type: "string" },
  "fail-on": { type: "string", default: "not-ready" },
  help: { type: "boolean", short: "h", default: false }
};
function projectOptions(values, cwd) {
  const root = projectRoot(cwd, String(values.cwd));
  const checklist = optionalString(values.checklist, "--checklist");
  const config = optionalString(values.config, "--config");
  const json = optionalString(values.json, "--json");
  const markdown = optionalString(values.markdown, "--markdown");
  return {
    root,
    checklistPath: path.resolve(root, checklist ?? DEFAULT_CHECKLIST_PATH),
    configPath: path.resolve(root, config ?? DEFAULT_CONFIG_PATH),
    configRequired: config !== null,
    jsonPath: json === null ? null : path.resolve(cwd, json),
    markdownPath: markdown === null ? null : path.resolve(cwd, markdown),
    failOn: parseFailOn(String(values["fail-on"]), "--fail-on")
  };
}
function gitHubTarget(values) {
  const repo = optionalString(values.repo, "--repo");
  const pr = optionalString(values.pr, "--pr");
  const sha = optionalString(values.sha, "--sha");
  if (repo === null) {
    if (pr !== null || sha !== null) {
      throw new ConfigurationError(
        `${pr !== null ? "--pr" : "--sha"} needs --repo owner/name: the repository it is in.`
      );
    }
    return null;
  }
  const [owner, name, ...rest] = repo.split("/");
  if (!owner || !name || rest.length > 0 || !/^[A-Za-z0-9-]{1,39}$/.test(owner) || !/^[A-Za-z0-9._-]{1,100}$/.test(name)) {
    throw new ConfigurationError(`--repo ${quoteValue(repo)} is invalid: expected owner/name.`);
  }
  if (pr !== null && !/^[1-9][0-9]{0,9}$/.test(pr)) {
    throw new ConfigurationError(
      `--pr ${quoteValue(pr)} is invalid: expected a pull request number.`
    );
  }
  if (sha !== null && !/^[0-9a-f]{40}$/i.test(sha)) {
    throw new ConfigurationError(
      `--sha ${quoteValue(sha)} is invalid: expected a full 40-character commit SHA.`
    );
  }
  return { owner, repo: name, pullRequest: pr === null ? null : Number(pr), sha };
}
function parseParseArgs(argv, cwd) {
  const { values, positionals } = parseCliArgs(argv, {
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help === true) return "help";
  const [file, extra] = positionals;
  if (file === void 0 || extra !== void 0) {
    throw new ConfigurationError(
      "parse takes exactly one checklist file: readiness-gate parse <checklist.md> [--json]"
    );
  }
  return { checklistPath: path.resolve(cwd, file), displayName: file, json: values.json === true };
}
function parseBase(value) {
  if (typeof value !== "string") return null;
  if (isSafeRef(value)) return value;
  throw new ConfigurationError(
    `--base ${quoteValue(value)} is not a git ref; pass a branch, tag or commit SHA such as main or v1.2.0.`
  );
}
function projectRoot(cwd, value) {
  const root = path.resolve(cwd, value);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new ConfigurationError(
      `--cwd ${quoteValue(value)} is not a directory; pass the project root.`
    );
  }
  return root;
}
function optionalString(value, flag) {
  if (typeof value !== "string") return null;
  if (value === "" || value.includes("\0")) {
    throw new ConfigurationError(`${flag} needs a file path (got ${quoteValue(value)}).`);
  }
  return value;
}
function parseCliArgs(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError(
      `${errorMessage(error).split("\n")[0] ?? ""} (see readiness-gate --help)`
    );
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/usage.ts
var USAGE = `readiness-gate ${VERSION} \u2014 is the project ready to ship? The checklist's claims against real validations.

Usage:
  readiness-gate parse <checklist.md> [--json]
      Print what the checklist says: phases (checked/total), placeholders, sign-offs, status.
      --json prints the whole model (every task item with its line and checked state).

  readiness-gate check [--checklist FILE] [--config FILE] [--cwd DIR] [--json FILE]
                       [--markdown FILE] [--concurrency N] [--no-run] [--fail-on not-ready|never]
                       [--repo OWNER/NAME [--pr N] [--sha SHA]]
                       [--base REF]
      Plan the checklist's validations, run them all, and print each one's status, duration and
      key findings, then the verdict.
      --cwd DIR          the project root the validations run in (default: .)
      --checklist FILE   the checklist, relative to --cwd (default: ${DEFAULT_CHECKLIST_PATH})
      --config FILE      YAML config, relative to --cwd (default: ${DEFAULT_CONFIG_PATH}, when it
                         exists)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
                         (--json and --markdown are relative to the current directory)
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only (never READY when
                         the verdict requires validations: NOT ASSESSED, exit 1)
      --fail-on VALUE    not-ready (default): exit 1 unless the verdict is READY;
                         never: exit 0 whatever the verdict
      --shard i/n        run only shard i of n of the plan (lanes and needs chains kept
                         together) and write a partial report to --json: no verdict, exit 0
                         unless the shard could not run
      --durations-from FILE  balance the shards by an earlier JSON report's durations
      --platform NAME    the shard's platform label (default: $RUNNER_OS, else the OS)
      --repo OWNER/NAME  check items that point at GitHub (issues, pull requests, checks)
                         against that repository, with the token in GITHUB_TOKEN or GH_TOKEN
      --pr N             and sign-offs naming a login against pull request N's approvals
      --sha SHA          the commit checks are looked up on (default: the checkout's HEAD)
      --base REF         compare the checklist with its version at the local git ref REF
                         (branch, tag or SHA): a critical item removed or moved out of the
                         critical phase blocks unless waived (default: the config's compare.ref)

  readiness-gate merge <file|directory|glob>... [--checklist FILE] [--config FILE] [--cwd DIR]
                       [--json FILE] [--markdown FILE] [--fail-on not-ready|never]
      Merge the shards' partial reports and assess them exactly as one run, against the
      checklist and config at --cwd. Shards that are missing, twice, of another commit, of a
      changed checklist or config, or with foreign validations are refused: NOT ASSESSED, exit 1.
      Reports of the same plan from several platforms: a validation passes only where it passed
      on every platform.

  readiness-gate --help | --version

Exit codes (the action's step ends with the same ones):
  0  ready (or --fail-on never, whatever the verdict)
  1  not ready, or not assessed (e.g. --no-run when the verdict requires validations)
  2  usage or configuration error (a bad flag, checklist or config)
  3  internal error
`;
function showHelp(io) {
  io.out(USAGE);
  return EXIT_CODES.ready;
}

export {
  VERSION,
  streamLogger,
  shardLabel,
  PLATFORM_LABEL,
  parseCheckArgs,
  parseMergeArgs,
  parseParseArgs,
  showHelp
};
//# sourceMappingURL=chunk-ZVJDKWC5.js.map
