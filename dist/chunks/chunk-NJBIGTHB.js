import {
  programOf,
  programWords,
  simpleCommandWords,
  splitChain
} from "./chunk-VALL6OQN.js";

// src/plan/lanes.ts
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

// src/plan/needs-graph.ts
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
function needsProblem(nodes) {
  const ids = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    if (ids.has(node.id)) return { kind: "duplicate-id", id: node.id };
    ids.add(node.id);
  }
  for (const node of nodes) {
    const index = node.needs?.findIndex((need) => !ids.has(need)) ?? -1;
    if (index !== -1) {
      const need = node.needs[index];
      return { kind: "unknown-need", id: node.id, need, index, planned: [...ids] };
    }
  }
  const cycle = findNeedsCycle(nodes);
  return cycle === null ? null : { kind: "cycle", ids: cycle };
}
function describeNeedsProblem(problem) {
  switch (problem.kind) {
    case "duplicate-id":
      return `validation id '${problem.id}' is used twice; ids must be unique`;
    case "unknown-need":
      return `'needs' names '${problem.need}', which is not a planned validation (planned: ${problem.planned.join(", ")})`;
    case "cycle":
      return `'needs' form a cycle: ${[...problem.ids, problem.ids[0]].join(" \u2192 ")}; a validation cannot wait for itself`;
  }
}
function findNeedsCycle(nodes) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const finished = /* @__PURE__ */ new Set();
  for (const start of nodes) {
    if (finished.has(start.id)) continue;
    const path2 = [{ id: start.id, next: 0 }];
    const onPath = /* @__PURE__ */ new Map([[start.id, 0]]);
    while (path2.length > 0) {
      const top = path2.at(-1);
      const need = byId.get(top.id)?.needs?.[top.next];
      if (need === void 0) {
        path2.pop();
        onPath.delete(top.id);
        finished.add(top.id);
        continue;
      }
      top.next++;
      const loopStart = onPath.get(need);
      if (loopStart !== void 0) return path2.slice(loopStart).map((entry) => entry.id);
      if (finished.has(need) || !byId.has(need)) continue;
      onPath.set(need, path2.length);
      path2.push({ id: need, next: 0 });
    }
  }
  return null;
}

// src/findings/tool-for-command.ts
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
  needsProblem,
  describeNeedsProblem,
  simpleCommands,
  programName,
  flagCheck,
  toolIdFor,
  recognises
};
//# sourceMappingURL=chunk-NJBIGTHB.js.map
