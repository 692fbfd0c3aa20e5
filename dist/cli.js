#!/usr/bin/env node
import {
  VERSION,
  parseCheckArgs,
  parseParseArgs,
  showHelp,
  streamLogger
} from "./chunks/chunk-ZVJDKWC5.js";
import "./chunks/chunk-T6WIYKCT.js";
import "./chunks/chunk-UX6XUFK4.js";
import {
  EXIT_CODES
} from "./chunks/chunk-7WNGF72J.js";
import "./chunks/chunk-OYOTEIZX.js";
import "./chunks/chunk-ZNRIRWRF.js";
import "./chunks/chunk-44NVDPLG.js";
import {
  loadChecklist
} from "./chunks/chunk-IQXXJQJW.js";
import "./chunks/chunk-ORXC7P2J.js";
import {
  findValidationScript
} from "./chunks/chunk-KLFMDBSV.js";
import {
  allItems,
  phaseItems,
  sectionItems
} from "./chunks/chunk-B7H2GIR6.js";
import "./chunks/chunk-DHTUKBXS.js";
import "./chunks/chunk-QYYA3PPL.js";
import "./chunks/chunk-465ENI6P.js";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "./chunks/chunk-7JUYCF5G.js";
import "./chunks/chunk-QFQZKJEX.js";

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
import * as fs from "node:fs";
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
    if (fs.statSync(mapPath).size > MAX_MAP_BYTES) return null;
    const payload = JSON.parse(fs.readFileSync(mapPath, "utf8"));
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
      return await (await import("./chunks/shard-commands-ULNHFUPP.js")).mergeCommand(rest, io);
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
    return (await import("./chunks/shard-commands-ULNHFUPP.js")).shardCommand(options, options.shard, io);
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
    import("./chunks/gate-OI7IRHPB.js"),
    import("./chunks/run-log-OXGJOAVB.js"),
    import("./chunks/verdict-outputs-KK4TTUUD.js"),
    import("./chunks/github-evidence-E53A2NPT.js"),
    import("./chunks/cli-gate-options-IYPMKZEO.js"),
    import("./chunks/write-reports-I35NMA7G.js")
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
//# sourceMappingURL=cli.js.map
