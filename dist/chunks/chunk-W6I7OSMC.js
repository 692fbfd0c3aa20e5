import {
  scriptStatements,
  sourceLines
} from "./chunk-VVPLV2LN.js";
import {
  programWords,
  shellQuote,
  shellWords,
  splitChain
} from "./chunk-VALL6OQN.js";
import {
  readWaiver
} from "./chunk-FQGMEYUQ.js";
import {
  UnicodeRegex,
  maskCodeAndComments,
  plainText
} from "./chunk-3XCZIKZF.js";
import {
  ConfigurationError
} from "./chunk-7JUYCF5G.js";
import {
  replaceQuoted,
  trailingRun,
  trimEndMatching,
  trimTrailing
} from "./chunk-IW7HABXN.js";

// src/plan/script-steps.ts
import * as path from "node:path";
function logicalLines(text, firstLine) {
  const physical = sourceLines(text, firstLine);
  const lines = [];
  for (let i = 0; i < physical.length; i++) {
    const start = physical[i];
    let joined = start.text;
    let raw = start.text;
    while (continues(joined) && i + 1 < physical.length) {
      i++;
      joined = joined.trimEnd().slice(0, -1) + " " + physical[i].text.trim();
      raw += "\n" + physical[i].text;
    }
    lines.push({ text: joined.trim(), raw: raw.trimEnd(), line: start.line });
  }
  return lines;
}
function continues(line) {
  if (line.trimStart().startsWith("#")) return false;
  return trailingRun(line.trimEnd(), "\\") % 2 === 1;
}
var LETTER = new UnicodeRegex(() => new RegExp("\\p{L}", "u"), /[A-Za-z]/);
function stepLabel(echoText) {
  const match = /^[\s=#*>\-[]*(?:step\s*)?\d+(?:\s*\/\s*\d+)?\s*[.):\]]\s*(.*)$/i.exec(echoText);
  const label = trimEndMatching(match?.[1] ?? "", /[\s.…:=*]/).trim();
  return LETTER.for(label).test(label) ? label : null;
}
function readScript(block, file) {
  const reader = new ScriptReader(file);
  for (const statement of scriptStatements(block)) reader.read(statement);
  return reader.finish();
}
function stepScript(commands, pipefail) {
  const body = commands.map((command) => command.raw).join("\n");
  const hasPipe = commands.some(
    (command) => splitChain(command.text).length > 1 && /\|/.test(command.text)
  );
  return pipefail && hasPipe ? `set -o pipefail
${body}` : body;
}
var ScriptReader = class {
  constructor(file) {
    this.file = file;
  }
  steps = [];
  current = null;
  cwd = ".";
  dirStack = [];
  pipefail = false;
  /** `cd` lines seen inside a step since its last command: kept only if another command follows. */
  pendingMoves = [];
  /** `pushd`s in the open step's command not popped yet (bash's directory stack in that step). */
  stepPushes = 0;
  /** The script's directory stack when the open step's first command came (for its seed). */
  stackAtStart = [];
  /** The open step's first command restores that stack (a `popd` in it needs a `pushd` before it). */
  seeded = false;
  /** A pending move is such a `popd`: the stack is restored if a command follows it. */
  pendingSeed = false;
  read(statement) {
    const line = { text: statement.text, raw: statement.raw, line: statement.line };
    const words = programWords(statement.head);
    const program = words[0];
    const simple = splitChain(statement.head).length === 1;
    if (program === void 0) {
      if (statement.substitutes) this.command(line);
      return;
    }
    if (program === "set" && simple) {
      this.readSet(words);
      return;
    }
    if (program === "exit" && simple) return;
    if (isNoOp(statement, words, simple)) return;
    if (isPureEcho(statement, words, simple)) {
      const label = stepLabel(
        words.slice(1).filter((w) => !/^-[neE]+$/.test(w)).join(" ")
      );
      if (label !== null) this.open(label);
      return;
    }
    if (isDirectoryChange(program) && simple) {
      this.move(words, line);
      return;
    }
    this.command(line);
  }
  finish() {
    this.close();
    return this.steps;
  }
  readSet(words) {
    const options = words.slice(1);
    const index = options.indexOf("pipefail");
    if (index > 0) {
      const flag = options[index - 1];
      if (/^-[A-Za-z]*o$/.test(flag)) this.pipefail = true;
      if (/^\+[A-Za-z]*o$/.test(flag)) this.pipefail = false;
    }
  }
  open(label) {
    this.close();
    this.current = { label, cwd: this.cwd, commands: [], pipefail: this.pipefail };
  }
  close() {
    if (this.current !== null && this.current.commands.length > 0) this.steps.push(this.current);
    this.current = null;
    this.pendingMoves = [];
    this.stepPushes = 0;
    this.seeded = false;
    this.pendingSeed = false;
  }
  command(line) {
    const unlabelled = this.current === null || this.current.label === null;
    if (unlabelled) this.open(null);
    const step = this.current;
    if (step.commands.length === 0) {
      step.cwd = this.cwd;
      this.stackAtStart = [...this.dirStack];
    }
    step.commands.push(...this.pendingMoves, { text: line.text, raw: line.raw, line: line.line });
    if (this.pendingSeed) this.seedStack();
    this.pendingMoves = [];
    this.pendingSeed = false;
    if (line.text.includes("\n")) {
      if (unlabelled) this.close();
      return;
    }
    for (const segment of splitChain(line.text)) {
      const words = programWords(segment);
      if (!isDirectoryChange(words[0] ?? "")) continue;
      this.cwd = this.resolveMove(words, line.line);
      if (!this.countStack(words[0])) this.seedStack();
    }
    if (unlabelled) this.close();
  }
  move(words, line) {
    this.cwd = this.resolveMove(words, line.line);
    if (this.current === null || this.current.commands.length === 0) return;
    if (!this.countStack(words[0])) this.pendingSeed = true;
    this.pendingMoves.push({ text: line.text, raw: line.raw, line: line.line });
  }
  /**
   * Each step runs alone, in a fresh bash at its directory: a `popd` whose `pushd` came before the
   * step would find bash's directory stack empty and fail the step. The step then starts by
   * putting the script's stack back, bottom first, without moving (`pushd -n`), each directory
   * absolute from where the step starts; the `popd` runs as written, chained or not.
   */
  seedStack() {
    const step = this.current;
    if (this.seeded) return;
    this.seeded = true;
    const pushes = this.stackAtStart.map((directory) => {
      const relative = path.posix.relative(step.cwd, directory);
      const absolute = relative === "" ? '"$PWD"' : `"$PWD"/${shellQuote(relative)}`;
      return `pushd -n ${absolute} >/dev/null`;
    });
    const text = pushes.join(" && ");
    step.commands.unshift({
      text,
      raw: `${text} # the directory stack from before this step`,
      line: step.commands[0].line
    });
  }
  /** Follows bash's directory stack in the open step's command: false for a popd it lacks. */
  countStack(program) {
    if (program === "pushd") this.stepPushes++;
    if (program !== "popd") return true;
    if (this.stepPushes === 0) return false;
    this.stepPushes--;
    return true;
  }
  resolveMove(words, line) {
    const program = words[0];
    if (program === "popd") {
      return this.dirStack.pop() ?? this.fail(line, "'popd' without a matching 'pushd'");
    }
    const args = words.slice(1).filter((w) => !/^-[LPe@]+$/.test(w));
    const target = args[0];
    if (program === "pushd") this.dirStack.push(this.cwd);
    if (target === void 0 || target === "-" || target.startsWith("~")) {
      return this.fail(line, `'${words.join(" ")}' leaves the project root`);
    }
    if (isScriptDirectory(target)) return ".";
    if (/[$`*?]/.test(target)) {
      return this.fail(
        line,
        `'${program} ${target}' uses a variable or pattern; name a directory relative to the project root`
      );
    }
    const next = trimTrailing(path.posix.normalize(path.posix.join(this.cwd, target)), "/");
    if (path.posix.isAbsolute(target) || next === ".." || next.startsWith("../")) {
      return this.fail(line, `'${program} ${target}' leaves the project root`);
    }
    return next === "" ? "." : next;
  }
  fail(line, what) {
    throw new ConfigurationError(
      `${this.file}:${line}: ${what}; the validation script's steps must stay inside the project root.`
    );
  }
};
function isDirectoryChange(program) {
  return program === "cd" || program === "pushd" || program === "popd";
}
function isScriptDirectory(target) {
  return /^\$\(\s*dirname\s+\$\{?0\}?\s*\)$/.test(target) || /^\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)$/.test(target);
}
function isPureEcho(statement, words, simple) {
  if (words[0] !== "echo" && words[0] !== "printf") return false;
  if (!simple || statement.substitutes) return false;
  const unquoted = shellWordsOutsideQuotes(statement.head);
  return !unquoted.some((word) => word.includes(">"));
}
function isNoOp(statement, words, simple) {
  return words[0] === ":" && simple && !statement.expands && !statement.redirects;
}
function shellWordsOutsideQuotes(text) {
  return shellWords(replaceQuoted(text, () => "Q"));
}

// src/compare/similarity.ts
var MATCH_SIMILARITY = 0.5;
var SAME_MEANING_SIMILARITY = 0.7;
var WORD = new UnicodeRegex(() => /[\p{L}\p{N}]+/gu, /[A-Za-z0-9]+/g);
var NUMBER = /\d+(?:[.,]\d+)*[kmKM%]?/g;
var NEGATIONS = /* @__PURE__ */ new Set([
  "not",
  "no",
  "never",
  "without",
  "none",
  "nor",
  "cannot",
  "skip",
  "skipped",
  "disable",
  "disabled",
  "ignore",
  "ignored",
  "optional",
  "t"
]);
var FILLER = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "is",
  "are",
  "be"
]);
function itemWords(text) {
  const subject = readWaiver(text)?.subject ?? text;
  const prose = plainText(maskCodeAndComments(subject)).toLowerCase();
  return (prose.match(WORD.for(prose)) ?? []).filter((word) => !FILLER.has(word));
}
function similarity(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 1;
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  return common / (left.size + right.size - common);
}
function meaningChange(baseText, headText) {
  const baseWords = itemWords(baseText);
  const headWords = itemWords(headText);
  const baseNumbers = numbersOf(baseText);
  const headNumbers = numbersOf(headText);
  if (baseNumbers.join(" ") !== headNumbers.join(" ")) {
    return `numbers changed: ${listed(baseNumbers)} \u2192 ${listed(headNumbers)}`;
  }
  const baseNegations = baseWords.filter((word) => NEGATIONS.has(word));
  const headNegations = headWords.filter((word) => NEGATIONS.has(word));
  if (baseNegations.join(" ") !== headNegations.join(" ")) {
    return `negation changed: ${listed(baseNegations)} \u2192 ${listed(headNegations)}`;
  }
  const shared = similarity(baseWords, headWords);
  if (shared < SAME_MEANING_SIMILARITY) {
    return `only ${Math.round(shared * 100)}% of the words are the same`;
  }
  return null;
}
function numbersOf(text) {
  const subject = readWaiver(text)?.subject ?? text;
  return maskCodeAndComments(subject).match(NUMBER) ?? [];
}
function listed(values) {
  return values.length === 0 ? "(none)" : values.join(", ");
}

export {
  logicalLines,
  readScript,
  stepScript,
  MATCH_SIMILARITY,
  itemWords,
  similarity,
  meaningChange
};
//# sourceMappingURL=chunk-W6I7OSMC.js.map
