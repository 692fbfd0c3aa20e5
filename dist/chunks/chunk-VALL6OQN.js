// src/own-entry.ts
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/plan/wrappers.ts
var PROCESS_WRAPPERS = {
  env: {
    shortWithValue: "uCS",
    longWithValue: ["unset", "chdir", "split-string", "default-signal", "ignore-signal"],
    assignments: true
  },
  sudo: {
    shortWithValue: "ugpCDhrtTUc",
    longWithValue: ["user", "group", "prompt", "close-from", "chdir", "host", "role", "type"],
    assignments: true
  },
  doas: { shortWithValue: "uC" },
  time: { shortWithValue: "fo", longWithValue: ["format", "output"] },
  nice: { shortWithValue: "n", longWithValue: ["adjustment"], numericOption: true },
  ionice: { shortWithValue: "cnpPu", longWithValue: ["class", "classdata", "pid", "pgid", "uid"] },
  nohup: {},
  chronic: {},
  builtin: {},
  nocorrect: {},
  command: {},
  exec: { shortWithValue: "a" },
  setsid: {},
  timeout: {
    shortWithValue: "sk",
    longWithValue: ["signal", "kill-after"],
    operands: 1
  },
  stdbuf: { shortWithValue: "ioe", longWithValue: ["input", "output", "error"] },
  xargs: {
    shortWithValue: "adEILnPs",
    longWithValue: [
      "arg-file",
      "delimiter",
      "eof",
      "replace",
      "max-lines",
      "max-args",
      "max-procs",
      "max-chars",
      "process-slot-var"
    ],
    noCommand: "none"
  }
};
var RUNNERS = {
  npx: { shortWithValue: "pc", longWithValue: ["package", "call", "shell", "workspace"] },
  pnpx: { shortWithValue: "pc", longWithValue: ["package", "call"] },
  bunx: { shortWithValue: "p", longWithValue: ["package"] },
  "cross-env": { assignments: true },
  dotenv: { shortWithValue: "evpc", assignments: false },
  "dotenv-cli": { shortWithValue: "evpc" },
  "env-cmd": { shortWithValue: "fer", longWithValue: ["file", "environments", "rc-file"] }
};
var SUBCOMMAND_RUNNERS = {
  npm: {
    exec: { shortWithValue: "pcw", longWithValue: ["package", "call", "workspace"] },
    x: { shortWithValue: "pcw", longWithValue: ["package", "call", "workspace"] }
  },
  pnpm: {
    exec: { shortWithValue: "C", longWithValue: ["dir", "filter"] },
    dlx: { shortWithValue: "p", longWithValue: ["package"] }
  },
  yarn: {
    exec: {},
    dlx: { shortWithValue: "p", longWithValue: ["package"] }
  },
  bun: { x: { shortWithValue: "p", longWithValue: ["package"] } },
  poetry: { run: { shortWithValue: "C", longWithValue: ["directory", "project"] } },
  pipenv: { run: {} },
  pdm: { run: { shortWithValue: "p", longWithValue: ["project"] } },
  hatch: { run: {} },
  uv: {
    run: {
      shortWithValue: "p",
      longWithValue: ["with", "python", "project", "directory", "package", "extra", "group"]
    }
  },
  conda: { run: { shortWithValue: "np", longWithValue: ["name", "prefix"] } }
};
var SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "zsh", "dash", "ksh", "mksh", "ash", "busybox-sh"]);
var PYTHONS = /^python(?:\d+(?:\.\d+)?)?$/;
function baseName(program) {
  const slash = program.lastIndexOf("/");
  return slash === -1 ? program : program.slice(slash + 1);
}
function unwrapTransparent(words) {
  const program = words[0];
  if (program === void 0) return null;
  const grammar = ownEntry(PROCESS_WRAPPERS, program);
  if (grammar === void 0) return null;
  if (program === "command" && words.some((w) => /^-[a-zA-Z]*[vV]/.test(w))) return null;
  if (program === "env" && words.some((w) => w === "-S" || w.startsWith("--split-string"))) {
    return null;
  }
  const inner = afterOptions(words, grammar);
  return inner.length === 0 ? null : inner;
}
function unwrap(words) {
  const program = words[0];
  if (program === void 0) return null;
  const name = baseName(program);
  const shell = shellScript(name, words);
  if (shell !== null) return shell;
  if (name === "eval") {
    const script = words.slice(1).join(" ");
    return script.trim() === "" ? null : { kind: "script", wrapper: "eval", script };
  }
  if (name === "env") {
    const split = envSplitString(words);
    if (split !== null) return split;
  }
  if (name === "find") return findExec(words);
  const transparent = unwrapTransparent(words);
  if (transparent !== null) return { kind: "command", wrapper: name, words: transparent };
  const call = callOption(name, words);
  if (call !== null) return call;
  if (PYTHONS.test(name)) return pythonModule(words);
  const runner = ownEntry(RUNNERS, name);
  if (runner !== void 0) return innerCommand(name, afterOptions(words, runner));
  const sub = ownEntry(SUBCOMMAND_RUNNERS, name);
  if (sub !== void 0) {
    const index = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
    const grammar = index === -1 ? void 0 : ownEntry(sub, words[index]);
    if (grammar === void 0) return null;
    return innerCommand(`${name} ${words[index]}`, afterOptions(words.slice(index), grammar));
  }
  if (name === "cross-env-shell") {
    const rest = words.slice(1);
    let start = 0;
    while (start < rest.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[start])) start++;
    const script = rest.slice(start).join(" ");
    return script === "" ? null : { kind: "script", wrapper: name, script };
  }
  return null;
}
function findExec(words) {
  if (words.includes("-delete")) return null;
  const start = words.findIndex((w) => ["-exec", "-execdir", "-ok", "-okdir"].includes(w));
  if (start === -1) return null;
  const end = words.findIndex((w, i) => i > start && (w === ";" || w === "+"));
  return innerCommand("find -exec", words.slice(start + 1, end === -1 ? void 0 : end));
}
function innerCommand(wrapper, inner) {
  return inner.length === 0 ? null : { kind: "command", wrapper, words: inner };
}
function shellScript(name, words) {
  if (!SHELLS.has(name)) return null;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === "--" || !/^[-+]/.test(word)) return null;
    if (/^[-+][a-zA-Z]*o$/.test(word)) {
      i++;
      continue;
    }
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(word)) {
      const script = words[i + 1];
      return script === void 0 ? null : { kind: "script", wrapper: name, script };
    }
  }
  return null;
}
function envSplitString(words) {
  const index = words.findIndex((w) => w === "-S" || w.startsWith("--split-string"));
  if (index === -1) return null;
  const word = words[index];
  const value = word.includes("=") ? word.slice(word.indexOf("=") + 1) : words[index + 1];
  if (value === void 0) return null;
  const rest = words.slice(word.includes("=") ? index + 1 : index + 2);
  return { kind: "script", wrapper: "env", script: [value, ...rest].join(" ") };
}
function callOption(name, words) {
  const runsCall = name === "npx" || name === "pnpx" || name === "npm" && (words[1] === "exec" || words[1] === "x");
  if (!runsCall) return null;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === "--") break;
    if (word === "-c" || word === "--call") {
      const script = words[i + 1];
      return script === void 0 ? null : { kind: "script", wrapper: name, script };
    }
    if (word.startsWith("--call=")) {
      return { kind: "script", wrapper: name, script: word.slice("--call=".length) };
    }
  }
  return null;
}
function pythonModule(words) {
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === "-m") return innerCommand(`${words[0]} -m`, words.slice(i + 1));
    if (/^-m./.test(word))
      return innerCommand(`${words[0]} -m`, [word.slice(2), ...words.slice(i + 1)]);
    if (word === "-W" || word === "-X") {
      i++;
      continue;
    }
    if (!word.startsWith("-")) return null;
  }
  return null;
}
function afterOptions(words, grammar) {
  let i = 1;
  while (i < words.length) {
    const word = words[i];
    if (word === "--") {
      i++;
      break;
    }
    if (word.startsWith("--")) {
      const name = word.slice(2).split("=")[0];
      i += !word.includes("=") && (grammar.longWithValue ?? []).includes(name) ? 2 : 1;
      continue;
    }
    if (word.startsWith("-") && word.length > 1) {
      if (grammar.numericOption === true && /^-\d+$/.test(word)) {
        i++;
        continue;
      }
      const letters = word.slice(1);
      let valueAt = -1;
      for (let k = 0; k < letters.length && valueAt === -1; k++) {
        if ((grammar.shortWithValue ?? "").includes(letters[k])) valueAt = k;
      }
      i += valueAt !== -1 && valueAt === letters.length - 1 ? 2 : 1;
      continue;
    }
    if (grammar.assignments === true && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      i++;
      continue;
    }
    break;
  }
  while (grammar.assignments === true && i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) {
    i++;
  }
  return words.slice(i + (grammar.operands ?? 0));
}

// src/plan/shell-words.ts
function substitutionEnd(text, start) {
  let depth = 0;
  let quote = null;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "\\") i++;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}
function backtickEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "`") return i + 1;
  }
  return text.length;
}
function substitutionAt(text, i) {
  const ch = text[i];
  if (ch === "`") return backtickEnd(text, i);
  if ((ch === "$" || ch === "<" || ch === ">") && text[i + 1] === "(") {
    return substitutionEnd(text, i);
  }
  return -1;
}
function splitChain(line) {
  const segments = [];
  let current = "";
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      current += ch;
      if (ch === "'") quote = null;
      continue;
    }
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
      continue;
    }
    if (quote === '"') {
      current += ch;
      if (ch === '"') quote = null;
      continue;
    }
    const end = substitutionAt(line, i);
    if (end !== -1) {
      current += line.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
      while (i + 1 < line.length && line[i + 1] !== "\n") i++;
      continue;
    }
    if (ch === "&" && (/[<>]/.test(line[i - 1] ?? "") || line[i + 1] === ">")) {
      current += ch;
      continue;
    }
    if (ch === "|" && line[i - 1] === ">" && line[i - 2] !== "\\") {
      current += ch;
      continue;
    }
    if (ch === ";" || ch === "|" || ch === "&" || ch === "\n") {
      segments.push(current);
      current = "";
      if ((ch === "&" || ch === "|") && line[i + 1] === ch) i++;
      else if (ch === "|" && line[i + 1] === "&") i++;
      continue;
    }
    current += ch;
  }
  segments.push(current);
  return segments.map((s) => s.trim()).filter((s) => s !== "");
}
function shellWords(segment) {
  const words = [];
  let current = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && i + 1 < segment.length && '"\\$`'.includes(segment[i + 1])) {
        current += segment[i + 1];
        i++;
      } else current += ch;
      continue;
    }
    if (ch === "\\" && i + 1 < segment.length) {
      current += segment[i + 1];
      inWord = true;
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === "#" && !inWord) break;
    if (isSpace(ch)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
      continue;
    }
    const end = ch === "$" || ch === "`" ? substitutionAt(segment, i) : -1;
    if (end !== -1) {
      current += segment.slice(i, end);
      inWord = true;
      i = end - 1;
      continue;
    }
    current += ch;
    inWord = true;
  }
  if (inWord) words.push(current);
  return words;
}
function substitutions(segment) {
  const found = [];
  let quote = null;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "'") {
      quote = ch;
      continue;
    }
    const end = substitutionAt(segment, i);
    if (end === -1) continue;
    const inner = ch === "`" ? segment.slice(i + 1, end - 1) : segment.slice(i + 2, end - 1);
    if (!inner.startsWith("(")) found.push(inner);
    i = end - 1;
  }
  return found;
}
var SPACE = /\s/;
function isSpace(ch) {
  const code = ch.charCodeAt(0);
  return code === 32 || code >= 9 && code <= 13 || code > 127 && SPACE.test(ch);
}
function shellQuote(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function normaliseWhitespace(text) {
  return text.replace(/\s+/g, " ").trim();
}
function withoutGroupClose(text) {
  const last = text.at(-1);
  return last === ")" || last === "}" ? text.slice(0, -1).trimEnd() : text;
}
var ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function programWords(segment) {
  return commandWords(shellWords(withoutGroup(segment)));
}
function withoutGroup(segment) {
  return withoutGroupClose(segment.replace(/^[({]\s*/, ""));
}
function commandWords(words) {
  let rest = [...words];
  for (let guard = 0; guard < 64; guard++) {
    let start = 0;
    while (start < rest.length && ENV_ASSIGNMENT.test(rest[start])) start++;
    rest = rest.slice(start);
    const inner = unwrapTransparent(rest);
    if (inner === null) return rest;
    rest = inner;
  }
  return rest;
}
function programOf(segment) {
  return programWords(segment)[0] ?? null;
}
function simpleCommandWords(step) {
  return splitChain(step).map(programWords).filter((words) => words.length > 0);
}

export {
  ownEntry,
  baseName,
  unwrap,
  splitChain,
  shellWords,
  substitutions,
  shellQuote,
  normaliseWhitespace,
  ENV_ASSIGNMENT,
  programWords,
  withoutGroup,
  programOf,
  simpleCommandWords
};
//# sourceMappingURL=chunk-VALL6OQN.js.map
