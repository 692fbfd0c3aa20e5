#!/usr/bin/env node
import {
  parseConcurrency,
  parseFailOn
} from "./chunks/chunk-JSDW3MZ3.js";
import {
  allItems,
  findValidationScript,
  loadChecklist,
  phaseItems
} from "./chunks/chunk-EPTALBET.js";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "./chunks/chunk-QEFFRMPE.js";
import "./chunks/chunk-TZ2RCCIC.js";
import "./chunks/chunk-XCBH6NLF.js";

// src/cli/commands.ts
import { parseArgs } from "node:util";
import * as fs from "node:fs";
import * as path from "node:path";

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
      --checklist FILE   the checklist (default: PRODUCTION_CHECKLIST.md in --cwd)
      --config FILE      YAML config (default: .github/readiness.yml in --cwd, when it exists)
      --cwd DIR          the project root the validations run in (default: .)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only
      --fail-on VALUE    not-ready (default): exit 1 unless every critical validation passed;
                         never: exit 0 whatever the verdict

  readiness-gate --help | --version

Exit codes: 0 ok, 1 a critical validation did not pass (check) , 2 usage or configuration error.
`;
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      io.out(`${VERSION}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return 0;
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
      return 2;
    }
    io.err(`readiness-gate: internal error: ${errorMessage(error)}
`);
    if (error instanceof Error && error.stack) io.err(`${error.stack}
`);
    return 3;
  }
}
function parseCommand(argv, io) {
  const { values, positionals } = parseCliArgs(argv, {
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help === true) {
    io.out(USAGE);
    return 0;
  }
  const [file, extra] = positionals;
  if (file === void 0 || extra !== void 0) {
    throw new ConfigurationError(
      "parse takes exactly one checklist file: readiness-gate parse <checklist.md> [--json]"
    );
  }
  const checklist = loadChecklist(path.resolve(io.cwd, file), file);
  const indent = io.isTTY === true ? 2 : void 0;
  if (values.json === true) {
    io.out(JSON.stringify(checklist, null, indent));
    io.out("\n");
  } else {
    io.out(formatChecklistSummary(checklist));
  }
  return 0;
}
async function checkCommand(argv, io) {
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
  if (values.help === true) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got '${positionals[0] ?? ""}'); use --checklist FILE.`
    );
  }
  const root = path.resolve(io.cwd, String(values.cwd));
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new ConfigurationError(
      `--cwd '${String(values.cwd)}' is not a directory; pass the project root.`
    );
  }
  const failOn = parseFailOn(String(values["fail-on"]));
  const concurrency = parseConcurrency(String(values.concurrency), "--concurrency");
  const checklistPath = typeof values.checklist === "string" ? path.resolve(io.cwd, values.checklist) : path.join(root, "PRODUCTION_CHECKLIST.md");
  const configPath = typeof values.config === "string" ? path.resolve(io.cwd, values.config) : path.join(root, ".github", "readiness.yml");
  const { evaluateReadiness } = await import("./chunks/gate-EPZ4HZN4.js");
  const { buildJsonReport, writeJsonReport } = await import("./chunks/json-M4DBD2EN.js");
  const { renderReport } = await import("./chunks/render-VT4XZPWM.js");
  const { formatFinished, formatPlan, formatStarted, formatVerdict } = await import("./chunks/terminal-SJ3WBJHL.js");
  const outcome = await evaluateReadiness({
    checklistPath,
    configPath,
    configRequired: values.config !== void 0,
    root,
    runValidations: values["no-run"] !== true,
    refuseCommands: null,
    concurrency,
    progress: {
      planned: (plan) => {
        io.err(formatPlan(plan));
      },
      started: (validation) => {
        io.err(formatStarted(validation));
      },
      finished: (validation, result) => {
        io.err(formatFinished(validation, result));
      }
    }
  });
  io.out(formatVerdict(outcome));
  const context = {
    checkName: "Readiness Gate",
    runUrl: null,
    repository: null,
    sha: null,
    ref: null,
    checklistPath: path.relative(root, checklistPath),
    validationRoot: "."
  };
  if (typeof values.json === "string") {
    const file = path.resolve(io.cwd, values.json);
    writeJsonReport(file, buildJsonReport(outcome.assessment, context));
    io.err(`JSON report written to ${file}
`);
  }
  if (typeof values.markdown === "string") {
    const file = path.resolve(io.cwd, values.markdown);
    fs.writeFileSync(file, renderReport(outcome.assessment, context).jobSummary);
    io.err(`Markdown report written to ${file}
`);
  }
  if (failOn === "never") return 0;
  if (values["no-run"] === true) return outcome.assessment.ready ? 0 : 1;
  return outcome.assessment.criticalValidationsPassed ? 0 : 1;
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
  isTTY: process.stdout.isTTY
});
