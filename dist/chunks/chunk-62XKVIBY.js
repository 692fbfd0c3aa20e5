import {
  DEFAULT_MAX_ANNOTATIONS
} from "./chunk-SWNQML2K.js";
import {
  EXIT_CODES
} from "./chunk-V3FOUYSF.js";
import {
  randomHex
} from "./chunk-OYOTEIZX.js";
import {
  isSafeRef
} from "./chunk-44NVDPLG.js";
import {
  loadChecklist
} from "./chunk-WME7CM5E.js";
import {
  findValidationScript
} from "./chunk-VVPLV2LN.js";
import {
  allItems,
  phaseItems,
  sectionItems
} from "./chunk-B7H2GIR6.js";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError,
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

// src/checklist/parse-summary.ts
var MAX_LISTED = 20;
function formatChecklistSummary(checklist) {
  const items = allItems(checklist);
  const lines = [
    `Checklist: ${clean(checklist.file)}${checklist.title ? ` \u2014 ${clean(checklist.title)}` : ""}`,
    `${checklist.lineCount} lines, ${items.length} task items, ${countChecked(items)} checked`,
    "",
    ...phaseLines(checklist),
    ...otherSectionLines(checklist),
    "",
    ...placeholderLines(checklist),
    ...signOffLines(checklist.signOffs),
    scriptLine(checklist),
    ...statusLines(checklist)
  ];
  return `${lines.join("\n")}
`;
}
function phaseLines(checklist) {
  if (checklist.phases.length === 0) return ["Phases: none found"];
  const rows = checklist.phases.map((phase) => [
    phaseName(phase),
    progress(phaseItems(phase)),
    priorityText(phase),
    `line ${phase.line}`
  ]);
  return [`Phases (${checklist.phases.length}):`, ...table(rows)];
}
function otherSectionLines(checklist) {
  const withItems = checklist.sections.filter((section) => section.items.length > 0);
  if (withItems.length === 0) return [];
  const rows = withItems.map((section) => {
    return [clean(section.title), progress(sectionItems(section)), `line ${section.line}`];
  });
  return ["Other sections with task items:", ...table(rows)];
}
function placeholderLines(checklist) {
  const { placeholders } = checklist;
  if (placeholders.length === 0) return ["Placeholders: none"];
  const byLine = /* @__PURE__ */ new Map();
  for (const placeholder of placeholders) {
    byLine.set(placeholder.line, [...byLine.get(placeholder.line) ?? [], clean(placeholder.text)]);
  }
  const rows = [...byLine].map(([line, texts]) => `  line ${line}: ${texts.join(", ")}`);
  return [`Placeholders: ${placeholders.length} unfilled on ${byLine.size} lines`, ...limited(rows)];
}
function signOffLines(signOffs) {
  if (signOffs.length === 0) return ["Sign-offs: none"];
  const signed = signOffs.filter((signOff) => signOff.signed.filled).length;
  const rows = signOffs.map((signOff) => [
    clean(signOff.role),
    `items ${progress(signOff.items)}`,
    `signed: ${fieldText(signOff.signed)}`,
    `date: ${fieldText(signOff.date)}`,
    `line ${signOff.line}`
  ]);
  return [`Sign-offs: ${signed}/${signOffs.length} signed`, ...table(rows)];
}
function scriptLine(checklist) {
  const script = findValidationScript(checklist);
  if (script === null) return "Validation script: none found";
  const lang = script.lang === "" ? "unlabelled" : clean(script.lang);
  const heading = script.heading === null ? "" : ` under "${clean(script.heading)}"`;
  return `Validation script: ${lang} block at line ${script.line}${heading}`;
}
function statusLines(checklist) {
  const { status } = checklist;
  if (status === null) return ["Declared status: none"];
  const verdict = status.ready === null ? "unclear" : status.ready ? "ready" : "not ready";
  const lines = [
    `Declared status (line ${status.line}): ${clean(status.overallReadiness ?? "not stated")} (${verdict})`
  ];
  if (status.lastValidation !== null)
    lines.push(`  Last validation: ${clean(status.lastValidation)}`);
  if (status.nextSteps !== null) lines.push(`  Next steps: ${clean(status.nextSteps)}`);
  lines.push(`  Blockers: ${status.blockers.length}`);
  lines.push(
    ...limited(status.blockers.map((blocker) => `    line ${blocker.line}: ${clean(blocker.text)}`))
  );
  return lines;
}
function phaseName(phase) {
  return clean(phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`);
}
function priorityText(phase) {
  const { label, level } = phase.priority;
  if (level === "none") return "no priority";
  return label === null ? level : `${level} (${clean(label)})`;
}
function fieldText(field) {
  if (field.line === null) return "missing";
  return field.filled ? clean(field.value ?? "") : `blank (line ${field.line})`;
}
function progress(items) {
  return `${countChecked(items)}/${items.length}`;
}
function countChecked(items) {
  return items.filter((item) => item.checked).length;
}
function table(rows) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, index) => widths[index] = Math.max(widths[index] ?? 0, cell.length));
  const lines = rows.map(
    (row) => `  ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ")}`.trimEnd()
  );
  return limited(lines);
}
function limited(lines) {
  if (lines.length <= MAX_LISTED) return lines;
  return [...lines.slice(0, MAX_LISTED), `  \u2026 and ${lines.length - MAX_LISTED} more`];
}
function clean(text) {
  return text.replace(/\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}

// src/stack-trace.ts
import * as fs2 from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
var MAX_MAP_BYTES = 16 * 1024 * 1024;
var BUNDLED_POSITION = /\bfile:\/\/\/[^\s()]+?\.m?js:(\d+):(\d+)/g;
function sourceMappedStack(stack) {
  const maps = /* @__PURE__ */ new Map();
  return stack.replace(BUNDLED_POSITION, (position, line, column) => {
    const file = position.slice(0, position.length - line.length - column.length - 2);
    if (!maps.has(file)) maps.set(file, loadMap(file));
    const map = maps.get(file);
    return map ? originalPosition(map, Number(line), Number(column)) ?? position : position;
  });
}
function loadMap(fileUrl) {
  try {
    const mapUrl = `${fileUrl}.map`;
    const mapPath = fileURLToPath(mapUrl);
    if (fs2.statSync(mapPath).size > MAX_MAP_BYTES) return null;
    const payload = JSON.parse(fs2.readFileSync(mapPath, "utf8"));
    return { map: new SourceMap(payload), url: mapUrl };
  } catch {
    return null;
  }
}
function originalPosition(loaded, line, column) {
  const entry = loaded.map.findEntry(line - 1, column - 1);
  if (entry.originalSource === void 0 || entry.originalLine === void 0) return null;
  try {
    const source = new URL(entry.originalSource, loaded.url).href;
    return `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  } catch {
    return null;
  }
}

// src/cli/commands.ts
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      io.out(`${VERSION}
`);
      return EXIT_CODES.ready;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      return showHelp(io);
    }
    if (command === "parse") return parseCommand(rest, io);
    if (command === "check") return await checkCommand(rest, io);
    if (command === "merge")
      return await (await import("./shard-commands-ZFZE4N62.js")).mergeCommand(rest, io);
    throw new ConfigurationError(
      `Unknown command '${command}'; use 'parse', 'check' or 'merge' (see readiness-gate --help).`
    );
  } catch (error) {
    if (isConfigurationError(error)) {
      io.err(`readiness-gate: ${error.message}
`);
      return EXIT_CODES.usage;
    }
    io.err(`readiness-gate: internal error: ${errorMessage(error)}
`);
    if (error instanceof Error && error.stack) io.err(`${sourceMappedStack(error.stack)}
`);
    return EXIT_CODES.internal;
  }
}
function parseCommand(argv, io) {
  const options = parseParseArgs(argv, io.cwd);
  if (options === "help") return showHelp(io);
  const checklist = loadChecklist(
    options.checklistPath,
    options.displayName,
    "readiness-gate parse"
  );
  if (options.json) {
    io.out(JSON.stringify(checklist, null, io.isTTY === true ? 2 : void 0));
    io.out("\n");
  } else {
    streamLogger(io.out, io.workflowLog).untrusted(formatChecklistSummary(checklist));
  }
  return EXIT_CODES.ready;
}
async function checkCommand(argv, io) {
  const options = parseCheckArgs(argv, io.cwd);
  if (options === "help") return showHelp(io);
  if (options.shard !== null) {
    return (await import("./shard-commands-ZFZE4N62.js")).shardCommand(options, options.shard, io);
  }
  const log = streamLogger(io.err, io.workflowLog);
  const [
    { evaluateReadiness },
    { formatVerdict },
    { verdictOutcome },
    { cliEvidenceOptions },
    { cliGateOptions },
    { writeReports }
  ] = await Promise.all([
    import("./gate-P4GHWM6T.js"),
    import("./run-log-OXGJOAVB.js"),
    import("./verdict-outputs-76EIK7NN.js"),
    import("./github-evidence-4CE24L5A.js"),
    import("./cli-gate-options-IS75RGQN.js"),
    import("./write-reports-UUD5BGUE.js")
  ]);
  const outcome = await evaluateReadiness({
    ...cliGateOptions(options, log),
    ...cliEvidenceOptions(options, io.env ?? process.env, log),
    compare: { ref: options.base, fallback: null, noBase: null }
  });
  for (const line of outcome.assessment.reconciliation.github.unreadable) log.warning(line);
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict(outcome));
  await writeReports(options, outcome.assessment, log);
  return verdictOutcome(outcome.assessment, options.failOn, options.jsonPath ?? "").exitCode;
}

export {
  VERSION,
  streamLogger,
  shardLabel,
  PLATFORM_LABEL,
  parseMergeArgs,
  showHelp,
  runCli
};
//# sourceMappingURL=chunk-62XKVIBY.js.map
