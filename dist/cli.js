#!/usr/bin/env node
import {
  parseConcurrency,
  parseFailOn,
  streamLogger
} from "./chunks/chunk-7QPGSLXT.js";
import "./chunks/chunk-26BFQPRZ.js";
import "./chunks/chunk-WKX34K4D.js";
import {
  EXIT_CODES
} from "./chunks/chunk-AD2LMMWH.js";
import "./chunks/chunk-4JK2LAZB.js";
import {
  allItems,
  findValidationScript,
  loadChecklist,
  phaseItems
} from "./chunks/chunk-ZZWN6YCS.js";
import "./chunks/chunk-TZ2RCCIC.js";
import "./chunks/chunk-WFXTJZ4K.js";
import "./chunks/chunk-POCXICQ4.js";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError,
  quoteValue
} from "./chunks/chunk-QEFFRMPE.js";
import "./chunks/chunk-XCBH6NLF.js";

// src/cli/commands.ts
import * as fs2 from "node:fs";
import * as path2 from "node:path";

// src/version.ts
var VERSION = "0.1.0";

// src/checklist/summary.ts
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
    const visit = (list) => list.flatMap((item) => [item, ...visit(item.children)]);
    return [clean(section.title), progress(visit(section.items)), `line ${section.line}`];
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

// src/cli/args.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
var DEFAULT_CHECKLIST = "PRODUCTION_CHECKLIST.md";
var DEFAULT_CONFIG = ".github/readiness.yml";
function parseCheckArgs(argv, cwd) {
  const { values, positionals } = parseCliArgs(argv, {
    checklist: { type: "string" },
    config: { type: "string" },
    cwd: { type: "string", default: "." },
    json: { type: "string" },
    markdown: { type: "string" },
    concurrency: { type: "string", default: "" },
    "no-run": { type: "boolean", default: false },
    "fail-on": { type: "string", default: "not-ready" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help === true) return "help";
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got ${quoteValue(positionals[0] ?? "")}); use --checklist FILE.`
    );
  }
  const root = projectRoot(cwd, String(values.cwd));
  const checklist = optionalString(values.checklist, "--checklist");
  const config = optionalString(values.config, "--config");
  const json = optionalString(values.json, "--json");
  const markdown = optionalString(values.markdown, "--markdown");
  return {
    root,
    checklistPath: path.resolve(root, checklist ?? DEFAULT_CHECKLIST),
    configPath: path.resolve(root, config ?? DEFAULT_CONFIG),
    configRequired: config !== null,
    jsonPath: json === null ? null : path.resolve(cwd, json),
    markdownPath: markdown === null ? null : path.resolve(cwd, markdown),
    concurrency: parseConcurrency(String(values.concurrency), "--concurrency"),
    runValidations: values["no-run"] !== true,
    failOn: parseFailOn(String(values["fail-on"]), "--fail-on")
  };
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

// src/cli/commands.ts
var USAGE = `readiness-gate ${VERSION} \u2014 is the project ready to ship? The checklist's claims against real validations.

Usage:
  readiness-gate parse <checklist.md> [--json]
      Print what the checklist says: phases (checked/total), placeholders, sign-offs, status.
      --json prints the whole model (every task item with its line and checked state).

  readiness-gate check [--checklist FILE] [--config FILE] [--cwd DIR] [--json FILE]
                       [--markdown FILE] [--concurrency N] [--no-run] [--fail-on not-ready|never]
      Plan the checklist's validations, run them all, and print each one's status, duration and
      key findings, then the verdict.
      --cwd DIR          the project root the validations run in (default: .)
      --checklist FILE   the checklist, relative to --cwd (default: PRODUCTION_CHECKLIST.md)
      --config FILE      YAML config, relative to --cwd (default: .github/readiness.yml, when it
                         exists)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
                         (--json and --markdown are relative to the current directory)
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only (never READY when
                         the verdict requires validations: NOT ASSESSED, exit 1)
      --fail-on VALUE    not-ready (default): exit 1 unless the verdict is READY;
                         never: exit 0 whatever the verdict

  readiness-gate --help | --version

Exit codes (the action's step ends with the same ones):
  0  ready (or --fail-on never, whatever the verdict)
  1  not ready, or not assessed (e.g. --no-run when the verdict requires validations)
  2  usage or configuration error (a bad flag, checklist or config)
  3  internal error
`;
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      io.out(`${VERSION}
`);
      return EXIT_CODES.ready;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return EXIT_CODES.ready;
    }
    if (command === "parse") return parseCommand(rest, io);
    if (command === "check") return await checkCommand(rest, io);
    throw new ConfigurationError(
      `Unknown command '${command}'; use 'parse' or 'check' (see readiness-gate --help).`
    );
  } catch (error) {
    if (isConfigurationError(error)) {
      io.err(`readiness-gate: ${error.message}
`);
      return EXIT_CODES.usage;
    }
    io.err(`readiness-gate: internal error: ${errorMessage(error)}
`);
    if (error instanceof Error && error.stack) io.err(`${error.stack}
`);
    return EXIT_CODES.internal;
  }
}
function parseCommand(argv, io) {
  const options = parseParseArgs(argv, io.cwd);
  if (options === "help") {
    io.out(USAGE);
    return EXIT_CODES.ready;
  }
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
  if (options === "help") {
    io.out(USAGE);
    return EXIT_CODES.ready;
  }
  const log = streamLogger(io.err, io.workflowLog);
  const [{ evaluateReadiness }, { runLog, formatVerdict }, { verdictOutcome }] = await Promise.all([
    import("./chunks/gate-PGB2VK53.js"),
    import("./chunks/run-log-5OOW5YMR.js"),
    import("./chunks/verdict-outputs-FB5ER6AY.js")
  ]);
  const outcome = await evaluateReadiness({
    checklistPath: options.checklistPath,
    configPath: options.configPath,
    configRequired: options.configRequired,
    root: options.root,
    runValidations: options.runValidations,
    refuseCommands: null,
    concurrency: options.concurrency,
    progress: runLog(log, { showOutput: false }),
    settingNames: { checklist: "--checklist", config: "--config" }
  });
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict(outcome));
  await writeReports(options, outcome.assessment, log);
  return verdictOutcome(outcome.assessment, options.failOn, options.jsonPath ?? "").exitCode;
}
async function writeReports(options, assessment, log) {
  if (options.jsonPath === null && options.markdownPath === null) return;
  const [
    { buildJsonReport, writeJsonReport },
    { renderReport },
    { renderContextFor },
    { maskForSurfaces, secretsToMask }
  ] = await Promise.all([
    import("./chunks/json-MBZAHFMI.js"),
    import("./chunks/render-GO34MPRZ.js"),
    import("./chunks/context-CNOVXPQ7.js"),
    import("./chunks/secrets-GMADPVFC.js")
  ]);
  const secrets = secretsToMask(process.env, "");
  const context = maskForSurfaces(
    renderContextFor({
      checkName: "Readiness Gate",
      workspace: options.root,
      root: options.root,
      checklistPath: options.checklistPath,
      github: null
    }),
    secrets
  );
  const masked = maskForSurfaces(assessment, secrets);
  if (options.jsonPath !== null) {
    writeJsonReport(options.jsonPath, buildJsonReport(masked, context), "--json");
    log.info(`JSON report written to ${options.jsonPath}`);
  }
  if (options.markdownPath !== null) {
    const markdown = renderReport(masked, context, {
      checkRun: false,
      commitStatus: false,
      comment: false,
      jobSummary: true
    }).jobSummary;
    writeReportFile(options.markdownPath, markdown, "--markdown");
    log.info(`Markdown report written to ${options.markdownPath}`);
  }
}
function writeReportFile(file, text, flag) {
  try {
    fs2.mkdirSync(path2.dirname(file), { recursive: true });
    fs2.writeFileSync(file, text);
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the report to '${file}' (${errorMessage(error)}); set ${flag} to a writable file path.`
    );
  }
}

// src/cli.ts
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
  workflowLog: process.env.GITHUB_ACTIONS === "true"
});
