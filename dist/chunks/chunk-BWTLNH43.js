import {
  programOf,
  programWords,
  simpleCommandWords,
  splitChain
} from "./chunk-POCXICQ4.js";

// src/validations/lanes.ts
function cargoSubcommand(words) {
  return words.slice(1).find((word) => !word.startsWith("-") && !word.startsWith("+")) ?? null;
}
function npmSubcommand(words) {
  const index = words.findIndex((word, i) => i > 0 && !word.startsWith("-"));
  if (index < 0) return null;
  return { name: words[index], rest: words.slice(index + 1).filter((w) => !w.startsWith("-")) };
}
var NODE_PROGRAMS = /* @__PURE__ */ new Set(["npm", "npx", "node", "yarn", "pnpm"]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm"]);
var CARGO_WITHOUT_TARGET_DIR = /* @__PURE__ */ new Set([
  "fmt",
  "audit",
  "deny",
  "tree",
  "metadata",
  "version",
  "help",
  "pkgid",
  "locate-project",
  "verify-project"
]);
var NPM_READ_ONLY = /* @__PURE__ */ new Set(["audit", "ls", "list", "outdated", "view", "explain", "why"]);
function resourceOf(segment) {
  const words = programWords(segment);
  const program = words[0] ?? null;
  if (program === "cargo") {
    const sub = cargoSubcommand(words);
    const versionOnly = sub === null && words.some((w) => w === "--version" || w === "-V");
    return versionOnly || sub !== null && CARGO_WITHOUT_TARGET_DIR.has(sub) ? null : "cargo";
  }
  if (program === null || !NODE_PROGRAMS.has(program)) return null;
  if (PACKAGE_MANAGERS.has(program)) {
    const sub = npmSubcommand(words);
    const readOnly = sub !== null && NPM_READ_ONLY.has(sub.name) && !sub.rest.includes("fix") || sub === null && words.some((w) => w === "--version" || w === "-v");
    if (readOnly) return null;
  }
  return "node";
}
function laneOf(lines, cwd) {
  const resources = lines.flatMap((line) => splitChain(line).map(resourceOf));
  if (resources.includes("cargo")) return "cargo";
  if (resources.includes("node")) return `npm:${cwd}`;
  return null;
}

// src/validations/needs-graph.ts
function runsBuiltBinary(segment) {
  const program = programOf(segment);
  return program !== null && /(^|\/)target\/(?:[^/]+\/)?(?:release|debug)\/[^/]+$/.test(program);
}
function runsCargoBuild(segment) {
  const words = programWords(segment);
  return words[0] === "cargo" && cargoSubcommand(words) === "build";
}
function automaticNeeds(node, earlier) {
  const runsBinary = node.lines.some((line) => splitChain(line).some(runsBuiltBinary));
  if (!runsBinary) return [];
  return earlier.filter((other) => other.lines.some((line) => splitChain(line).some(runsCargoBuild))).map((other) => other.id);
}
function findNeedsCycle(nodes) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const finished = /* @__PURE__ */ new Set();
  const onPath = [];
  const visit = (id) => {
    const loopStart = onPath.indexOf(id);
    if (loopStart !== -1) return onPath.slice(loopStart);
    if (finished.has(id)) return null;
    onPath.push(id);
    for (const need of byId.get(id)?.needs ?? []) {
      const cycle = visit(need);
      if (cycle !== null) return cycle;
    }
    onPath.pop();
    finished.add(id);
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.id);
    if (cycle !== null) return cycle;
  }
  return null;
}

// src/validations/tools/commands.ts
import path from "node:path";
function simpleCommands(step) {
  return simpleCommandWords(step);
}
function programName(words) {
  return path.posix.basename(words[0] ?? "");
}
function cargoArguments(words) {
  if (programName(words) !== "cargo") return null;
  const rest = words.slice(1);
  while (rest.length > 0 && (rest[0].startsWith("+") || rest[0].startsWith("-"))) rest.shift();
  return rest;
}
function cargoRuns(commands, subcommands) {
  return commands.some((words) => {
    const args = cargoArguments(words);
    return args !== null && args[0] !== void 0 && subcommands.includes(args[0]);
  });
}
var PACKAGE_MANAGERS2 = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
function isBuildCommand(words) {
  const program = programName(words);
  const [, first, second] = words;
  if (PACKAGE_MANAGERS2.has(program)) {
    if (first === "build") return true;
    return (first === "run" || first === "run-script") && second !== void 0 && /^build\b/.test(second);
  }
  if (program === "npx") return first === "tsc";
  return program === "tsc";
}
function isTestCommand(words) {
  const program = programName(words);
  const [, first, second] = words;
  if (PACKAGE_MANAGERS2.has(program)) {
    if (first === "test" || first === "t") return true;
    return (first === "run" || first === "run-script") && second !== void 0 && /^test\b/.test(second);
  }
  if (program === "node") return words.includes("--test");
  if (program === "npx") return first === "jest";
  return program === "jest";
}
var VERSION_FLAGS = /* @__PURE__ */ new Set(["--version", "-V", "version"]);
var HELP_FLAGS = /* @__PURE__ */ new Set(["--help", "-h", "help"]);
var TOOLCHAIN = /* @__PURE__ */ new Set([
  "cargo",
  "rustc",
  "rustup",
  "npm",
  "npx",
  "node",
  "yarn",
  "pnpm",
  "echo",
  "cd",
  "test"
]);
function flagCheck(command) {
  return flagCheckOf(simpleCommands(command));
}
function flagCheckOf(commands) {
  const check = { asksVersion: false, asksHelp: false, programs: [] };
  for (const words of commands) {
    if (TOOLCHAIN.has(programName(words))) continue;
    const rest = words.slice(1);
    const version = rest.some((word) => VERSION_FLAGS.has(word));
    const help = rest.some((word) => HELP_FLAGS.has(word));
    if (version || help) check.programs.push(programName(words));
    check.asksVersion ||= version;
    check.asksHelp ||= help;
  }
  return check;
}
var RECOGNISERS = [
  [
    "rustfmt",
    (commands) => commands.some(
      (words) => cargoArguments(words)?.[0] === "fmt" || programName(words) === "rustfmt"
    )
  ],
  [
    "clippy",
    (commands) => cargoRuns(commands, ["clippy"]) || commands.some((words) => programName(words) === "cargo-clippy")
  ],
  [
    "cargo-audit",
    (commands) => commands.some(
      (words) => cargoArguments(words)?.[0] === "audit" || programName(words) === "cargo-audit"
    )
  ],
  ["cargo-test", (commands) => cargoRuns(commands, ["test", "t"])],
  ["cargo-build", (commands) => cargoRuns(commands, ["build", "b", "check", "c", "rustc"])],
  [
    "npm-audit",
    (commands) => commands.some(
      (words) => ["npm", "pnpm", "yarn"].includes(programName(words)) && words[1] === "audit"
    )
  ],
  ["npm-test", (commands) => commands.some(isTestCommand)],
  ["npm-build", (commands) => commands.some(isBuildCommand)],
  ["cli", (commands) => flagCheckOf(commands).programs.length > 0]
];
function toolIdFor(command) {
  const commands = simpleCommands(command);
  return RECOGNISERS.find(([, matches]) => matches(commands))?.[0] ?? "generic";
}
function recognises(id, command) {
  const recogniser = RECOGNISERS.find(([toolId]) => toolId === id);
  if (recogniser === void 0) throw new Error(`no recogniser for tool '${id}'`);
  return recogniser[1](simpleCommands(command));
}

export {
  laneOf,
  automaticNeeds,
  findNeedsCycle,
  simpleCommands,
  programName,
  flagCheck,
  toolIdFor,
  recognises
};
