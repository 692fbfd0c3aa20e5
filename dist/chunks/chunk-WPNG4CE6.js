// src/validations/tools/commands.ts
import path from "node:path";
var COMMENT_START = /(?:^|\s)#/g;
function withoutComment(line) {
  const lastBreak = Math.max(
    line.lastIndexOf("\r"),
    line.lastIndexOf("\u2028"),
    line.lastIndexOf("\u2029")
  );
  COMMENT_START.lastIndex = Math.max(lastBreak, 0);
  const comment = COMMENT_START.exec(line);
  return comment === null ? line : line.slice(0, comment.index);
}
var WRAPPERS = /* @__PURE__ */ new Set(["time", "env", "exec", "command", "nohup", "sudo"]);
var ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function simpleCommands(step) {
  const commands = [];
  for (const rawLine of step.split(/\r?\n/)) {
    const line = withoutComment(rawLine).trim();
    if (line === "") continue;
    for (const part of line.split(/&&|\|\||[;|]/)) {
      const words = part.trim().split(/\s+/).map((word) => word.replace(/^['"]|['"]$/g, "")).filter((word) => word !== "");
      while (words.length > 0 && (ENV_ASSIGNMENT.test(words[0]) || WRAPPERS.has(words[0]))) {
        words.shift();
      }
      if (words.length > 0) commands.push(words);
    }
  }
  return commands;
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
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
function isBuildCommand(words) {
  const program = programName(words);
  const [, first, second] = words;
  if (PACKAGE_MANAGERS.has(program)) {
    if (first === "build") return true;
    return (first === "run" || first === "run-script") && second !== void 0 && /^build\b/.test(second);
  }
  if (program === "npx") return first === "tsc";
  return program === "tsc";
}
function isTestCommand(words) {
  const program = programName(words);
  const [, first, second] = words;
  if (PACKAGE_MANAGERS.has(program)) {
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
  simpleCommands,
  programName,
  isTestCommand,
  flagCheck,
  toolIdFor,
  recognises
};
