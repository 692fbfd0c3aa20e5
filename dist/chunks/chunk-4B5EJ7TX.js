import {
  approvalState,
  findItemReferences,
  referenceKey,
  referenceLabel
} from "./chunk-EKH3MAKY.js";
import {
  loadChecklist
} from "./chunk-WME7CM5E.js";
import {
  maskResult
} from "./chunk-EOIRXPSJ.js";
import {
  automaticNeeds,
  describeNeedsProblem,
  laneOf,
  needsProblem,
  toolIdFor
} from "./chunk-NJBIGTHB.js";
import {
  slug
} from "./chunk-4BUXL3TZ.js";
import {
  itemWords,
  logicalLines,
  readScript,
  stepScript
} from "./chunk-W6I7OSMC.js";
import {
  findValidationScript,
  signatureLogin
} from "./chunk-VVPLV2LN.js";
import {
  criticalPhases,
  criticalValidationsPassed,
  phaseLabel,
  uncheckedItemBlockers,
  validationBlockers
} from "./chunk-TEHS7H5E.js";
import {
  allItems,
  phaseItems,
  subtree
} from "./chunk-B7H2GIR6.js";
import {
  ENV_ASSIGNMENT,
  baseName,
  normaliseWhitespace,
  ownEntry,
  programOf,
  shellQuote,
  shellWords,
  splitChain,
  substitutions,
  unwrap,
  withoutGroup
} from "./chunk-VALL6OQN.js";
import {
  isCalendarDate,
  readWaiver
} from "./chunk-FQGMEYUQ.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-7JUYCF5G.js";
import {
  replaceQuoted,
  trimRuns,
  trimTrailing,
  truncate
} from "./chunk-IW7HABXN.js";

// src/gate.ts
import * as fs from "node:fs";
import * as os from "node:os";
import * as path2 from "node:path";

// src/plan/command-resolution.ts
import * as path from "node:path";

// src/plan/package-scripts.ts
var NPM_SCRIPT_COMMANDS = {
  run: null,
  "run-script": null,
  rum: null,
  urn: null,
  test: "test",
  t: "test",
  tst: "test",
  start: "start",
  stop: "stop"
};
var YARN_BUILTINS = new Set(
  "add audit autoclean bin cache check config constraints create dedupe dlx exec explain generate-lock-entry global help import info init install licenses link list login logout node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove search set stage tag team unlink unplug up upgrade upgrade-interactive version versions why workspace workspaces".split(" ")
);
var PNPM_BUILTINS = new Set(
  "add audit bin c cache catalog config create dedupe deploy dlx doctor env exec fetch help i import init install install-test it licenses link list ln ls outdated pack patch patch-commit patch-remove prune publish rb rebuild remove rm root self-update server setup store un uninstall unlink up update upgrade why".split(" ")
);
var VALUE_OPTIONS = {
  npm: ["--prefix", "-w", "--workspace", "--userconfig", "--cache", "--registry", "--loglevel"],
  yarn: ["--cwd", "--modules-folder", "--cache-folder", "--registry"],
  pnpm: ["-C", "--dir", "--filter", "-F", "--workspace-dir", "--reporter", "--loglevel"],
  bun: ["--cwd", "--filter"]
};
var UNKNOWN_PACKAGE = /* @__PURE__ */ new Set([
  "-w",
  "--workspace",
  "--workspaces",
  "-ws",
  "--filter",
  "-F",
  "-r",
  "--recursive"
]);
function packageRun(words) {
  const program = words[0];
  if (program === void 0) return null;
  const name = baseName(program);
  if (name === "npm" || name === "yarn" || name === "pnpm" || name === "bun") {
    return managerRun(name, words);
  }
  if (name === "npm-run-all" || name === "run-s" || name === "run-p" || name === "npm-run-all2") {
    return runAll(name, words);
  }
  if (name === "concurrently") return concurrently(words);
  return null;
}
function managerRun(manager, words) {
  const valueOptions = ownEntry(VALUE_OPTIONS, manager) ?? [];
  let dir = ".";
  let i = 1;
  for (; i < words.length; i++) {
    const word = words[i];
    const [flag, glued] = word.includes("=") ? word.split(/=(.*)/s) : [word, void 0];
    if (UNKNOWN_PACKAGE.has(flag)) dir = null;
    if (!word.startsWith("-")) break;
    if (valueOptions.includes(flag)) {
      const value = glued ?? words[i + 1];
      if (glued === void 0) i++;
      if ((flag === "--prefix" || flag === "--cwd" || flag === "-C" || flag === "--dir") && dir !== null) {
        dir = value ?? null;
      }
    }
  }
  const command = words[i];
  if (command === void 0) return null;
  const rest = words.slice(i + 1);
  let script;
  let args;
  if (manager === "npm") {
    if (!Object.hasOwn(NPM_SCRIPT_COMMANDS, command)) return null;
    const fixed = ownEntry(NPM_SCRIPT_COMMANDS, command);
    if (fixed === null || fixed === void 0) {
      const index = rest.findIndex((w) => !w.startsWith("-"));
      if (index === -1) return null;
      script = rest[index];
      args = npmArgs(rest.slice(index + 1));
    } else {
      script = fixed;
      args = npmArgs(rest);
    }
  } else if (command === "run" || command === "run-script") {
    const index = rest.findIndex((w) => !w.startsWith("-"));
    if (index === -1) return null;
    script = rest[index];
    args = withoutDashDash(rest.slice(index + 1));
  } else if (command === "test" || command === "t") {
    script = "test";
    args = withoutDashDash(rest);
  } else if (manager === "bun") {
    return null;
  } else {
    const builtins = manager === "yarn" ? YARN_BUILTINS : PNPM_BUILTINS;
    if (builtins.has(command)) return null;
    script = command;
    args = withoutDashDash(rest);
  }
  if (script === void 0) return null;
  return {
    kind: "scripts",
    runner: manager,
    dir,
    scripts: [script],
    patterns: false,
    args: [...args],
    prePost: true
  };
}
function npmArgs(rest) {
  const dashes = rest.indexOf("--");
  if (dashes === -1) return rest.filter((w) => !w.startsWith("-"));
  return [...rest.slice(0, dashes).filter((w) => !w.startsWith("-")), ...rest.slice(dashes + 1)];
}
function withoutDashDash(rest) {
  return rest[0] === "--" ? rest.slice(1) : [...rest];
}
var RUN_ALL_VALUE_OPTIONS = /* @__PURE__ */ new Set(["--max-parallel", "--npm-path"]);
function runAll(runner, words) {
  const scripts = [];
  const args = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === "--") break;
    if (RUN_ALL_VALUE_OPTIONS.has(word)) {
      i++;
      continue;
    }
    if (word.startsWith("-")) continue;
    const [pattern, ...patternArgs] = word.trim().split(/\s+/);
    if (pattern === void 0 || pattern === "") continue;
    scripts.push(pattern);
    args.push(...patternArgs.filter((w) => w !== "--"));
  }
  if (scripts.length === 0) return null;
  return { kind: "scripts", runner, dir: ".", scripts, patterns: true, args, prePost: true };
}
var CONCURRENTLY_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-n",
  "--names",
  "-c",
  "--prefix-colors",
  "-p",
  "--prefix",
  "-l",
  "--prefix-length",
  "-t",
  "--timestamp-format",
  "-s",
  "--success",
  "-m",
  "--max-processes",
  "--restart-tries",
  "--restart-after",
  "--default-input-target",
  "--name-separator",
  "--passthrough-arguments",
  "--teardown"
]);
function concurrently(words) {
  const commands = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (CONCURRENTLY_VALUE_OPTIONS.has(word)) {
      i++;
      continue;
    }
    if (word.startsWith("-")) continue;
    const shorthand = /^(npm|yarn|pnpm|bun):(.+)$/.exec(word);
    commands.push(shorthand === null ? word : `run-s ${quoteWord(shorthand[2])}`);
  }
  return commands.length === 0 ? null : { kind: "commands", runner: "concurrently", commands };
}
function quoteWord(word) {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function scriptsMatching(pattern, names) {
  if (!/[*?]/.test(pattern)) return names.includes(pattern) ? [pattern] : [];
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += "[^:]*";
    else if (ch === "?") source += "[^:]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const regex = new RegExp(`^${source}$`);
  return names.filter((name) => regex.test(name));
}

// src/plan/command-resolution.ts
var MAX_RESOLUTION_DEPTH = 12;
function resolveLine(line, context) {
  return resolveText(line, { context, hops: [], scripts: /* @__PURE__ */ new Set(), depth: 0 });
}
function resolveText(text, walk) {
  let cwd = walk.context.cwd;
  const out = [];
  for (const segment of splitChain(text)) {
    const here = { ...walk, context: { ...walk.context, cwd } };
    out.push(...resolveSegment(segment, here));
    cwd = directoryAfter(segment, cwd);
  }
  return out;
}
function resolveSegment(segment, walk) {
  const out = [];
  for (const inner of substitutions(segment)) {
    out.push(...deeper(inner, { kind: "substitution" }, walk));
  }
  const bare = withoutGroup(segment);
  const { words, writes } = withoutRedirections(shellWords(bare), operatorWords(bare));
  out.push(...resolveWords(words, segment, writes, walk));
  return out;
}
function deeper(text, hop, walk) {
  if (walk.depth >= MAX_RESOLUTION_DEPTH) return [tooDeep(text, walk)];
  return resolveText(text, { ...walk, hops: [...walk.hops, hop], depth: walk.depth + 1 });
}
function resolveWords(words, text, writes, walk) {
  let rest = words;
  let hops = walk.hops;
  for (let guard = 0; guard < MAX_RESOLUTION_DEPTH; guard++) {
    let start = 0;
    while (start < rest.length && ENV_ASSIGNMENT.test(rest[start])) start++;
    rest = rest.slice(start);
    const inner = unwrap(rest);
    if (inner === null) break;
    const hop = { kind: "wrapper", wrapper: inner.wrapper };
    if (inner.kind === "script") {
      return [
        ...leaf(rest, text, writes, walk, hops),
        ...deeper(inner.script, hop, { ...walk, hops })
      ];
    }
    hops = [...hops, hop];
    rest = inner.words;
  }
  const run = packageRun(rest);
  if (run === null) return leaf(rest, text, writes, walk, hops);
  return [
    ...leaf(rest, text, writes, walk, hops),
    ...resolvePackageRun(run, rest, { ...walk, hops })
  ];
}
function leaf(words, text, writes, walk, hops) {
  if (words.length === 0 && writes.length === 0) return [];
  const program = words[0] ?? "";
  return [
    {
      words,
      text,
      hops,
      cwd: walk.context.cwd,
      writes,
      dynamic: /[$`]/.test(program),
      unreadScript: null
    }
  ];
}
function tooDeep(text, walk) {
  return {
    words: shellWords(text),
    text,
    hops: walk.hops,
    cwd: walk.context.cwd,
    writes: [],
    dynamic: true,
    unreadScript: null
  };
}
function resolvePackageRun(run, words, walk) {
  const command = words.join(" ");
  if (run.kind === "commands") {
    return run.commands.flatMap(
      (inner) => deeper(inner, { kind: "wrapper", wrapper: run.runner }, walk)
    );
  }
  const dir = run.dir === null ? null : path.posix.normalize(path.posix.join(walk.context.cwd, run.dir));
  const scripts = dir === null ? null : walk.context.readPackageScripts?.(dir) ?? null;
  if (scripts === null) {
    return run.scripts.map((script) => ({
      words,
      text: command,
      hops: walk.hops,
      cwd: walk.context.cwd,
      writes: [],
      dynamic: false,
      unreadScript: { command, script, args: run.args }
    }));
  }
  const names = Object.keys(scripts);
  const wanted = run.patterns ? run.scripts.flatMap((pattern) => scriptsMatching(pattern, names)) : run.scripts.filter((name) => Object.hasOwn(scripts, name));
  const out = [];
  for (const name of wanted) {
    const sequence = run.prePost ? [`pre${name}`, name, `post${name}`] : [name];
    for (const script of sequence) {
      if (!Object.hasOwn(scripts, script)) continue;
      const key = `${dir}\0${script}`;
      if (walk.scripts.has(key)) continue;
      const body = scripts[script];
      const text = script === name && run.args.length > 0 ? `${body} ${run.args.map(shellQuote).join(" ")}` : body;
      const hop = { kind: "script", command, script, body };
      const inner = {
        ...walk,
        context: { ...walk.context, cwd: dir },
        scripts: /* @__PURE__ */ new Set([...walk.scripts, key])
      };
      out.push(...deeper(text, hop, inner));
    }
  }
  return out;
}
function withoutRedirections(words, operators) {
  const kept = [];
  const writes = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (operators !== null && !/^[\d&]*[<>]/.test(operators[i])) {
      kept.push(word);
      continue;
    }
    const output = /^(?:\d+|&)?>{1,2}[|&]?(.*)$/s.exec(word);
    if (output !== null) {
      const glued = output[1];
      if (/^&?\d*-?$/.test(glued) && word.includes(">&")) continue;
      if (/^>&\d*-?$/.test(word) || /^\d+>&\d*-?$/.test(word)) continue;
      const target = glued !== "" ? glued : words[++i];
      if (target !== void 0) writes.push(target);
      continue;
    }
    const input = /^(?:\d+)?<{1,3}[&-]?(.*)$/s.exec(word);
    if (input !== null) {
      if (input[1] === "") i++;
      continue;
    }
    kept.push(word);
  }
  return { words: kept, writes };
}
function operatorWords(segment) {
  const masked = shellWords(replaceQuoted(segment, () => "Q"));
  return masked.length === shellWords(segment).length ? masked : null;
}
function directoryAfterLine(line, cwd) {
  return splitChain(line).reduce((dir, segment) => directoryAfter(segment, dir), cwd);
}
function directoryAfter(segment, cwd) {
  const words = shellWords(segment);
  if (words[0] !== "cd" && words[0] !== "pushd") return cwd;
  const target = words.slice(1).find((w) => !w.startsWith("-"));
  if (target === void 0 || /[$`~*?]/.test(target) || path.posix.isAbsolute(target)) return cwd;
  const next = trimTrailing(path.posix.normalize(path.posix.join(cwd, target)), "/");
  return next === "" || next.startsWith("..") ? cwd : next;
}

// src/plan/ids.ts
var IdAllocator = class {
  used;
  constructor(used = []) {
    this.used = new Set(used);
  }
  take(name) {
    const base = validationSlug(name);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  reserve(id) {
    this.used.add(id);
    return id;
  }
};
function validationSlug(name) {
  return slug(name, "validation", 60);
}

// src/plan/item-links.ts
function commandForms(command) {
  return { words: shellWords(command), normalised: normaliseWhitespace(command) };
}
function lineForms(line) {
  return { candidates: [line, ...splitChain(line)].map(commandForms) };
}
function namesLine(command, line) {
  const wanted = command.words;
  if (wanted.length === 0) return false;
  if (command.normalised === line.candidates[0].normalised) return true;
  return line.candidates.some(
    ({ words }) => wanted.length <= words.length && wanted.every((word, i) => words[i] === word)
  );
}
function addTo(map, key, entry) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [entry]);
  else list.push(entry);
}
var ItemLinker = class {
  verifyByWords = /* @__PURE__ */ new Map();
  verifyByText = /* @__PURE__ */ new Map();
  mentionByText = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  constructor(checklist) {
    const items = allItems(checklist);
    for (const item of items) for (const child of item.children) this.parents.set(child, item);
    for (const item of items) {
      for (const { role, text } of item.commands) {
        if (role === "fix") continue;
        const entry = { item, forms: commandForms(text) };
        if (role === "mention") {
          if (entry.forms.normalised !== "")
            addTo(this.mentionByText, entry.forms.normalised, entry);
        } else if (entry.forms.words.length > 0) {
          addTo(this.verifyByWords, entry.forms.words.join("\0"), entry);
          addTo(this.verifyByText, entry.forms.normalised, entry);
        }
      }
    }
  }
  /**
   * Verify items whose command names one of the lines (equal, or the line's leading words),
   * with their ancestors (the task the Verify step belongs to), and items that mention exactly
   * one of the lines (Phase 4's "Dependency audit: `cargo audit`").
   */
  linesVerifiedBy(lines) {
    const found = /* @__PURE__ */ new Set();
    for (const line of lines.map(lineForms)) {
      const verifying = new Set(this.verifyByText.get(line.candidates[0].normalised));
      for (const candidate of line.candidates) {
        let prefix = "";
        candidate.words.forEach((word, index) => {
          prefix = index === 0 ? word : `${prefix}\0${word}`;
          for (const entry of this.verifyByWords.get(prefix) ?? []) verifying.add(entry);
        });
        for (const entry of this.mentionByText.get(candidate.normalised) ?? []) {
          found.add(entry.item.line);
        }
      }
      for (const entry of verifying) this.withAncestors(entry.item, found);
    }
    return [...found].sort((a, b) => a - b);
  }
  /** An item proven by an existence check of its own: it and its ancestors. */
  itemWithAncestors(item) {
    const found = /* @__PURE__ */ new Set();
    this.withAncestors(item, found);
    return [...found].sort((a, b) => a - b);
  }
  withAncestors(item, found) {
    for (let at = item; at !== void 0; at = this.parents.get(at)) {
      found.add(at.line);
    }
  }
};

// src/plan/effect-rules/names.ts
var NAME_EFFECT_WORDS = {
  destructive: "deletes files",
  format: "formats files in place",
  rewrite: "rewrites files with fixes",
  "snapshot-update": "updates test snapshots",
  release: "releases or bumps the version",
  deploy: "deploys",
  "dependency-change": "changes dependencies"
};
function effectByName(name) {
  const parts = name.toLowerCase().split(/[:._-]/);
  const checks = ["check", "verify", "lint", "diff", "ci", "dry", "test"];
  const isCheck = parts.some((p) => checks.includes(p)) && !parts.includes("fix") && !parts.includes("write") && !parts.includes("update") && !parts.includes("u");
  if (parts.some((p) => p === "clean" || p === "distclean" || p === "clear" || p === "purge"))
    return "destructive";
  if (parts.some((p) => ["format", "fmt", "prettier", "prettify", "beautify"].includes(p)) && !isCheck)
    return "format";
  if (parts.some((p) => p === "fix" || p === "autofix" || p === "write")) return "rewrite";
  if (parts.some((p) => ["snapshot", "snapshots", "snap"].includes(p)) && parts.some((p) => ["update", "u"].includes(p)))
    return "snapshot-update";
  if (parts[0] === "test" && parts.some((p) => p === "update" || p === "u"))
    return "snapshot-update";
  if (parts.some((p) => ["release", "publish", "version", "bump"].includes(p)) && !isCheck)
    return "release";
  if (parts.some((p) => p === "deploy")) return "deploy";
  if (parts.some((p) => ["install", "upgrade", "deps"].includes(p)) && !isCheck)
    return "dependency-change";
  return null;
}

// src/plan/effect-rules/rule.ts
function has(words, ...flags) {
  return words.some(
    (word) => flags.includes(word) || flags.some((f) => f.startsWith("--") && word.startsWith(`${f}=`))
  );
}
function hasShort(words, letter) {
  return words.some((word) => /^-[A-Za-z]+$/.test(word) && word.slice(1).includes(letter));
}
function subcommand(words, from = 1) {
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("-") && !word.startsWith("+")) return { name: word, index: i };
  }
  return null;
}
function operands(words, valueOptions) {
  const found = [];
  for (let i = 1; i < words.length; i++) {
    if (valueOptions.includes(words[i])) i++;
    else if (!words[i].startsWith("-")) found.push(words[i]);
  }
  return found;
}
function refuse(effect, reason) {
  return { effect, reason };
}
function formats(tool, check) {
  return refuse("format", `'${tool}' rewrites files with its formatting (the check is '${check}')`);
}
function fixes(tool, check) {
  return refuse(
    "rewrite",
    `'${tool}' rewrites source files with its fixes (the check is '${check}')`
  );
}
function release(tool, what) {
  return refuse("release", `'${tool}' ${what}`);
}
function deploy(tool, what) {
  return refuse("deploy", `'${tool}' ${what}`);
}
function destroys(tool, what) {
  return refuse("destructive", `'${tool}' ${what}`);
}
function dependencies(tool, what) {
  return refuse("dependency-change", `'${tool}' changes ${what}`);
}
function subcommandDeploy(tool, subcommands) {
  return (w) => {
    const sub = subcommand(w)?.name;
    return sub !== void 0 && subcommands.includes(sub) ? deploy(`${tool} ${sub}`, "deploys or changes live resources") : null;
  };
}
var OFF_VALUES = /* @__PURE__ */ new Set(["false", "0", "none"]);
function snapshotFlags(tool, flags) {
  const updates = (word) => flags.some(
    (flag) => word === flag || word.startsWith(`${flag}=`) && !OFF_VALUES.has(word.slice(flag.length + 1))
  );
  return (w) => w.some(updates) || hasShort(w, "u") ? refuse(
    "snapshot-update",
    `'${tool} -u' rewrites stored snapshots, so snapshot tests pass by definition (the check is '${tool}' without -u)`
  ) : null;
}

// src/plan/effect-rules/writes.ts
var SAFE_WRITE = /^(?:\/dev\/|\/tmp\/|\/var\/tmp\/|\/proc\/self\/fd\/)|^\/tmp$/;
var TEMP_VARIABLE = /^"?\$\{?(?:TMPDIR|TMP|TEMP|RUNNER_TEMP|XDG_RUNTIME_DIR)\b|^"?\$\(\s*mktemp\b|^"?\$\{?[A-Za-z_]*(?:tmp|temp(?!l))/i;
var BUILD_OUTPUT = /^(?:\.\/)?(?:target|node_modules|coverage|dist|build|out|\.cache|\.nyc_output)(?:\/|$)/;
function writeEffect(target) {
  if (SAFE_WRITE.test(target) || TEMP_VARIABLE.test(target) || /^(?:&\d*-?)?$/.test(target))
    return null;
  if (BUILD_OUTPUT.test(target) && !target.split("/").includes("..")) return null;
  if (/^"?[$`]/.test(target)) {
    return refuse(
      "rewrite",
      `'> ${target}' writes a file the gate cannot locate (write to /dev/null or $TMPDIR instead)`
    );
  }
  return refuse(
    "rewrite",
    `'> ${target}' writes a file in the project (write to /dev/null or $TMPDIR instead)`
  );
}
function copyTarget(words) {
  const at = words.findIndex((x) => x === "-t" || x === "--target-directory");
  if (at !== -1) return words[at + 1] === void 0 ? [] : [words[at + 1]];
  const glued = words.find((x) => x.startsWith("--target-directory=") || /^-t./.test(x));
  if (glued !== void 0) return [glued.slice(glued.startsWith("-t") ? 2 : glued.indexOf("=") + 1)];
  const operands2 = words.slice(1).filter((x) => !x.startsWith("-"));
  return operands2.length === 0 ? [] : [operands2.at(-1)];
}
function pathWrites(tool, paths, what) {
  return paths.some((p) => writeEffect(p) !== null) ? refuse("rewrite", `'${tool}' ${what}`) : null;
}
var CLEANABLE_OUTPUT = /^(?:\.\/)?(?:(?:dist|build|out|coverage|\.cache|\.nyc_output)(?:\/.*)?|[^/]*\.tsbuildinfo)$/;
function deletesOnlyBuildOutput(words) {
  const paths = words.slice(1).filter((word) => !word.startsWith("-"));
  return paths.length > 0 && paths.every((p) => CLEANABLE_OUTPUT.test(p) && !p.split("/").includes(".."));
}
function deletes(tool) {
  return (words) => deletesOnlyBuildOutput(words) ? null : refuse(
    "destructive",
    `'${tool}' deletes files (only build output such as dist/ may be cleaned)`
  );
}

// src/plan/effect-rules/files.ts
var FILE_RULES = {
  rm: deletes("rm"),
  rmdir: () => destroys("rmdir", "deletes directories"),
  unlink: () => destroys("unlink", "deletes a file"),
  shred: () => destroys("shred", "overwrites and deletes files"),
  truncate: () => destroys("truncate", "cuts files down"),
  // `find … -exec CMD ;` is read through as a wrapper (wrappers.ts); -delete is find's own.
  find: findEffect,
  sed: (w) => has(w, "--in-place") || w.some((x) => /^-[A-Za-z]*i/.test(x)) ? refuse("rewrite", "'sed -i' edits files in place") : null,
  perl: (w) => perlEditsInPlace(w) ? refuse("rewrite", "'perl -i' edits files in place") : null,
  awk: (w) => awkIncludesInplace(w) ? refuse("rewrite", "'awk -i inplace' edits files in place") : null,
  gawk: (w) => awkIncludesInplace(w) ? refuse("rewrite", "'gawk -i inplace' edits files in place") : null,
  tee: (w) => {
    const files = w.slice(1).filter((x) => !x.startsWith("-"));
    for (const file of files) {
      const effect = writeEffect(file);
      if (effect !== null)
        return { effect: effect.effect, reason: `'tee ${file}' writes a file in the project` };
    }
    return null;
  },
  touch: (w) => pathWrites(
    "touch",
    operands(w, TOUCH_VALUE_OPTIONS),
    "creates or touches files in the project"
  ),
  cp: (w) => pathWrites("cp", copyTarget(w), "writes files in the project"),
  mv: () => destroys("mv", "moves files"),
  ln: (w) => pathWrites("ln", copyTarget(w), "creates links in the project"),
  chmod: (w) => pathWrites("chmod", chmodFiles(w), "changes file modes in the project"),
  make: makeEffect,
  // LLVM options take one or two dashes and never cluster: `-i`, `--i`, `-i=true`; `-version` is not -i.
  "clang-format": (w) => w.some((x) => /^--?i(?:=(?:true|1))?$/i.test(x)) ? formats("clang-format -i", "clang-format --dry-run --Werror") : null,
  shfmt: (w) => hasShort(w, "w") || has(w, "--write") ? formats("shfmt -w", "shfmt -d") : null
};
var MAKE_VALUE_OPTIONS = [
  "-f",
  "--file",
  "--makefile",
  "-C",
  "--directory",
  "-I",
  "--include-dir",
  "-o",
  "--old-file",
  "--assume-old",
  "-W",
  "--what-if",
  "--new-file",
  "--assume-new",
  "-E",
  "--eval"
];
function makeEffect(w) {
  const targets = operands(w, MAKE_VALUE_OPTIONS).filter((x) => !x.includes("="));
  for (const target of targets) {
    const kind = effectByName(target);
    if (kind !== null)
      return refuse(
        kind,
        `'make ${target}' ${NAME_EFFECT_WORDS[kind]}, by its target name (the Makefile is not read)`
      );
  }
  return null;
}
function findEffect(w) {
  if (w.includes("-delete")) return destroys("find \u2026 -delete", "deletes files");
  const at = w.findIndex((x) => ["-fprint", "-fprint0", "-fprintf", "-fls"].includes(x));
  if (at === -1) return null;
  return pathWrites(`find \u2026 ${w[at]}`, [w[at + 1] ?? ""], "writes a file in the project");
}
function perlEditsInPlace(w) {
  for (let i = 1; i < w.length; i++) {
    const word = w[i];
    if (word === "--" || !word.startsWith("-")) return false;
    for (let at = 1; at < word.length; at++) {
      const letter = word[at];
      if (letter === "i") return true;
      if ("MmIxdDFCVeE".includes(letter)) {
        if (at === word.length - 1 && "eEI".includes(letter)) i++;
        break;
      }
    }
  }
  return false;
}
function awkIncludesInplace(w) {
  const inplace = (name) => name !== void 0 && /^(?:.*\/)?inplace(?:\.awk)?$/.test(name);
  return w.some(
    (x, i) => (x === "-i" || x === "--include") && inplace(w[i + 1]) || x.startsWith("--include=") && inplace(x.slice("--include=".length)) || /^-i./.test(x) && inplace(x.slice(2))
  );
}
var TOUCH_VALUE_OPTIONS = ["-d", "--date", "-t", "-r", "--reference"];
function chmodFiles(w) {
  const operands2 = w.slice(1).filter((x) => !/^-[cfvR]+$/.test(x) && !x.startsWith("--"));
  return w.some((x) => x.startsWith("--reference")) ? operands2 : operands2.slice(1);
}

// src/plan/effect-rules/go.ts
var GO_RULES = {
  gofmt: (w) => writesInPlace(w) ? formats("gofmt -w", "gofmt -l") : null,
  goimports: (w) => writesInPlace(w) ? formats("goimports -w", "goimports -l") : null,
  "golangci-lint": golangciLintEffect,
  go: goEffect
};
var GO_TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "true", "TRUE", "True"]);
function setsGoBool(words, name) {
  const pattern = new RegExp(`^--?(?:${name})(?:=(.*))?$`);
  return words.some((word) => {
    const flag = pattern.exec(word);
    return flag !== null && (flag[1] === void 0 || GO_TRUE.has(flag[1]));
  });
}
function writesInPlace(words) {
  const end = words.indexOf("--");
  const flags = end === -1 ? words : words.slice(0, end);
  return hasShort(flags, "w") || setsGoBool(flags, "w");
}
function updatesGoldenFiles(words) {
  return setsGoBool(words, "update(?:[-_]golden)?");
}
function golangciLintEffect(w) {
  if (has(w, "--fix")) return fixes("golangci-lint --fix", "golangci-lint run");
  if (subcommand(w)?.name === "fmt" && !has(w, "--diff", "--diff-colored", "--stdin") && !hasShort(w, "d"))
    return formats("golangci-lint fmt", "golangci-lint fmt --diff");
  return null;
}
function goEffect(w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  const next = subcommand(w, sub.index + 1)?.name;
  switch (sub.name) {
    case "fmt":
      return formats("go fmt", "gofmt -l .");
    case "test":
      return updatesGoldenFiles(w) ? refuse(
        "snapshot-update",
        "'go test -update' rewrites the golden files the tests compare against, so they pass by definition (the check is 'go test' without -update)"
      ) : null;
    case "generate":
      return refuse("rewrite", "'go generate' regenerates source files");
    case "fix":
      return fixes("go fix", "go vet");
    case "get":
      return dependencies("go get", "go.mod and go.sum");
    case "mod":
      if (next === "tidy")
        return has(w, "-diff", "--diff") ? null : dependencies("go mod tidy", "go.mod and go.sum (the check is 'go mod tidy -diff')");
      if (next === "vendor") return dependencies("go mod vendor", "the vendor directory");
      if (next === "edit")
        return has(w, "-json", "-print") ? null : dependencies("go mod edit", "go.mod");
      if (next === "init") return refuse("rewrite", "'go mod init' creates go.mod");
      return null;
    case "work":
      if (next === "init") return refuse("rewrite", "'go work init' creates go.work");
      if (next === "vendor") return dependencies("go work vendor", "the vendor directory");
      if (next === "edit" && has(w, "-json", "-print")) return null;
      return next === "sync" || next === "use" || next === "edit" ? dependencies(`go work ${next}`, "go.work") : null;
    default:
      return null;
  }
}

// src/plan/effect-rules/javascript.ts
var JAVASCRIPT_RULES = {
  prettier: (w) => has(w, "--write") || hasShort(w, "w") ? formats("prettier --write", "prettier --check") : null,
  eslint: (w) => has(w, "--fix") ? fixes("eslint --fix", "eslint --fix-dry-run") : null,
  biome: biomeEffect,
  "@biomejs/biome": biomeEffect,
  dprint: (w) => subcommand(w)?.name === "fmt" ? formats("dprint fmt", "dprint check") : null,
  jest: snapshotFlags("jest", ["--updateSnapshot", "--update-snapshot", "--update-snapshots"]),
  vitest: snapshotFlags("vitest", ["--update", "--updateSnapshot", "--update-snapshots"]),
  ava: snapshotFlags("ava", ["--update-snapshots"]),
  playwright: snapshotFlags("playwright", ["--update-snapshots"]),
  npm: npmEffect,
  pnpm: packageManagerEffect("pnpm"),
  yarn: yarnEffect,
  bun: packageManagerEffect("bun"),
  "semantic-release": (w) => has(w, "--dry-run", "-d") ? null : release("semantic-release", "publishes a release"),
  "standard-version": (w) => has(w, "--dry-run") ? null : release("standard-version", "bumps the version, writes the changelog and tags"),
  "release-it": (w) => has(w, "--dry-run", "-d") ? null : release("release-it", "bumps the version and publishes a release"),
  np: (w) => has(w, "--preview") ? null : release("np", "publishes the package"),
  changeset: changesetEffect,
  lerna: (w) => {
    const sub = subcommand(w)?.name;
    return sub === "version" || sub === "publish" ? release(`lerna ${sub}`, "versions or publishes packages") : null;
  },
  rimraf: deletes("rimraf"),
  del: deletes("del"),
  "del-cli": deletes("del-cli")
};
function changesetEffect(w) {
  const sub = subcommand(w)?.name;
  if (sub === "version" || sub === "publish" || sub === "tag")
    return release(`changeset ${sub}`, "versions or publishes packages");
  if (sub === "init")
    return refuse("rewrite", "'changeset init' writes .changeset/ into the project");
  if (sub === "pre") return refuse("rewrite", "'changeset pre' writes .changeset/pre.json");
  if (sub === void 0 && !has(w, "--help", "-h", "--version", "-v") || sub === "add")
    return refuse(
      "rewrite",
      `'changeset${sub === void 0 ? "" : " add"}' writes a changeset file into .changeset/`
    );
  return null;
}
function flagOn(words, ...flags) {
  let on = false;
  for (const word of words) {
    for (const flag of flags) {
      if (word === flag) on = true;
      else if (word.startsWith(`${flag}=`)) on = word.slice(flag.length + 1) !== "false";
      else if (word === `--no-${flag.slice(2)}`) on = false;
    }
  }
  return on;
}
function biomeEffect(w) {
  const sub = subcommand(w)?.name;
  const writes = has(w, "--write", "--apply", "--apply-unsafe", "--fix", "--unsafe");
  if (!writes) return null;
  if (sub === "format") return formats("biome format --write", "biome format");
  return fixes(
    `biome ${sub ?? ""} --write`.replace("  ", " "),
    `biome ${sub === "lint" ? "lint" : "ci"}`
  );
}
var NPM_DEPENDENCY_COMMANDS = new Set(
  "install i in ins inst insta instal isnt isnta isntal isntall add update up upgrade udpate uninstall un unlink remove rm r dedupe ddp prune link ln install-test it".split(" ")
);
function npmEffect(w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  const rest = w.slice(sub.index + 1);
  const action = subcommand(w, sub.index + 1)?.name;
  const dryRun2 = flagOn(w, "--dry-run");
  switch (sub.name) {
    case "version":
      return rest.some((x) => !x.startsWith("-")) ? release("npm version", "bumps the version in package.json (and commits and tags it)") : null;
    case "publish":
      return dryRun2 ? null : release("npm publish", "publishes the package to the registry");
    case "unpublish":
    case "deprecate":
      return dryRun2 ? null : release(`npm ${sub.name}`, "changes a published package");
    case "dist-tag":
    case "owner":
    case "access":
      return ["add", "rm", "set", "grant", "revoke"].includes(action ?? "") ? release(`npm ${sub.name} ${action}`, "changes a published package") : null;
    case "pack":
      return dryRun2 ? null : release("npm pack", "writes a release tarball into the project");
    case "audit":
      return action === "fix" && !dryRun2 ? dependencies("npm audit fix", "dependencies (package-lock.json and node_modules)") : null;
    case "pkg":
      return ["set", "delete", "fix"].includes(action ?? "") ? refuse("rewrite", `'npm pkg ${action}' edits package.json`) : null;
    case "init":
    case "create":
      return refuse("rewrite", `'npm ${sub.name}' creates files in the project`);
    default:
      if (NPM_DEPENDENCY_COMMANDS.has(sub.name) && !dryRun2) {
        return dependencies(
          `npm ${sub.name}`,
          "dependencies (package.json, package-lock.json, node_modules)"
        );
      }
      return null;
  }
}
var YARN_1_BUMPS = [
  "--major",
  "--minor",
  "--patch",
  "--premajor",
  "--preminor",
  "--prepatch",
  "--prerelease",
  "--new-version"
];
function packageManagerEffect(manager) {
  const dependencyCommands = /* @__PURE__ */ new Set([
    "install",
    "i",
    "add",
    "update",
    "up",
    "upgrade",
    "remove",
    "rm",
    "uninstall",
    "un",
    "link",
    "ln",
    "unlink",
    "prune",
    "dedupe",
    "import"
  ]);
  return (w) => {
    const sub = subcommand(w);
    if (sub === null) return null;
    const rest = w.slice(sub.index + 1);
    if ((sub.name === "install" || sub.name === "i") && flagOn(w, "--frozen-lockfile", "--immutable", "--ci"))
      return null;
    if (sub.name === "dedupe" && has(w, "--check")) return null;
    if (dependencyCommands.has(sub.name))
      return dependencies(`${manager} ${sub.name}`, "dependencies and the lock file");
    if (sub.name === "publish")
      return flagOn(w, "--dry-run") ? null : release(`${manager} publish`, "publishes the package to the registry");
    if (sub.name === "version")
      return rest.some((x) => !x.startsWith("-")) || has(w, ...YARN_1_BUMPS) ? release(`${manager} version`, "bumps the version in package.json") : null;
    if (sub.name === "audit" && (subcommand(w, sub.index + 1)?.name === "fix" || has(w, "--fix")))
      return dependencies(`${manager} audit --fix`, "dependencies");
    return null;
  };
}
function yarnEffect(w) {
  const sub = subcommand(w);
  if (sub === null) {
    return has(w, "--version", "-v", "--help", "-h") || flagOn(w, "--frozen-lockfile", "--immutable") ? null : dependencies("yarn", "dependencies and yarn.lock (bare yarn installs)");
  }
  const next = w[sub.index + 1];
  if (sub.name === "workspace")
    return sub.index + 2 < w.length ? yarnEffect(["yarn", ...w.slice(sub.index + 2)]) : null;
  if (sub.name === "npm" && next === "publish")
    return flagOn(w, "--dry-run") ? null : release("yarn npm publish", "publishes the package");
  if (sub.name === "version" && next === "check" && !has(w, "--interactive") && !hasShort(w, "i"))
    return null;
  if (sub.name === "set" && next === "version")
    return refuse(
      "rewrite",
      "'yarn set version' writes .yarnrc.yml and the yarn release into the project"
    );
  if (sub.name === "constraints" && has(w, "--fix"))
    return refuse("rewrite", "'yarn constraints --fix' edits package.json files");
  return packageManagerEffect("yarn")(w);
}

// src/plan/effect-rules/python.ts
var PYTHON_RULES = {
  ruff: ruffEffect,
  black: (w) => has(w, "--check", "--diff") ? null : formats("black", "black --check"),
  blue: (w) => has(w, "--check", "--diff") ? null : formats("blue", "blue --check"),
  // Only -c itself: isort 4's two-letter options (`-rc` recursive, `-ca`, `-tc`) hold a c too.
  isort: (w) => has(w, "--check-only", "--check", "--diff", "-c") ? null : formats("isort", "isort --check-only"),
  autopep8: (w) => has(w, "--in-place") || hasShort(w, "i") ? formats("autopep8 --in-place", "autopep8 --diff") : null,
  yapf: (w) => has(w, "--in-place") || hasShort(w, "i") ? formats("yapf --in-place", "yapf --diff") : null,
  autoflake: (w) => has(w, "--in-place") || hasShort(w, "i") ? fixes("autoflake --in-place", "autoflake --check") : null,
  pyupgrade: () => fixes("pyupgrade", "pre-commit run pyupgrade on a clean tree"),
  pytest: pytestEffect,
  pip: pipEffect("pip"),
  pip3: pipEffect("pip3"),
  // pip-tools: writes requirements.txt (or -o FILE) next to its input unless --dry-run.
  "pip-compile": (w) => has(w, "--dry-run", "-n") ? null : refuse(
    "dependency-change",
    "'pip-compile' rewrites the pinned requirements file (the check is 'pip-compile --dry-run')"
  ),
  poetry: poetryEffect,
  uv: uvEffect,
  pipenv: pipenvEffect,
  twine: (w) => subcommand(w)?.name === "upload" ? release("twine upload", "uploads the package to PyPI") : null
};
function lastOf(words, ...flags) {
  for (let i = words.length - 1; i >= 0; i--) if (has([words[i]], ...flags)) return words[i];
  return void 0;
}
function ruffEffect(w) {
  const sub = subcommand(w)?.name;
  if (sub === "format")
    return has(w, "--check", "--diff") ? null : formats("ruff format", "ruff format --check");
  const fix = lastOf(w, "--fix", "--no-fix");
  const writes = has(w, "--add-noqa") || !has(w, "--diff") && (fix === "--fix" || lastOf(w, "--fix-only", "--no-fix-only") === "--fix-only" || has(w, "--unsafe-fixes") && fix !== "--no-fix");
  return writes ? fixes("ruff check --fix", "ruff check") : null;
}
var INLINE_SNAPSHOT_WRITES = /* @__PURE__ */ new Set(["create", "fix", "trim", "update"]);
function pytestEffect(w) {
  const flag = w.findIndex((word, i) => {
    if (has([word], "--snapshot-update", "--force-regen", "--regen-all")) return true;
    const value = word.startsWith("--inline-snapshot=") ? word.slice("--inline-snapshot=".length) : word === "--inline-snapshot" ? w[i + 1] ?? "" : "";
    return value.split(",").some((category) => INLINE_SNAPSHOT_WRITES.has(category));
  });
  if (flag === -1) return null;
  const given = w[flag] === "--inline-snapshot" ? `${w[flag]} ${w[flag + 1]}` : w[flag];
  return refuse(
    "snapshot-update",
    `'pytest ${given}' rewrites stored snapshots, so snapshot tests pass by definition`
  );
}
function pipEffect(pip) {
  return (w) => {
    const sub = subcommand(w)?.name;
    if (sub === "install" || sub === "uninstall") {
      return has(w, "--dry-run") ? null : dependencies(`${pip} ${sub}`, "the installed packages");
    }
    return null;
  };
}
var POETRY_DRY_RUNS = /* @__PURE__ */ new Set(["add", "remove", "update", "install", "sync"]);
function poetryEffect(w) {
  const sub = subcommand(w)?.name;
  if (sub === void 0) return null;
  if (["add", "remove", "update", "lock", "install", "sync"].includes(sub)) {
    if (sub === "lock" && has(w, "--check")) return null;
    if (POETRY_DRY_RUNS.has(sub) && has(w, "--dry-run")) return null;
    return dependencies(`poetry ${sub}`, "poetry.lock or the environment");
  }
  if (sub === "version")
    return subcommand(w, w.indexOf("version") + 1) === null ? null : release("poetry version", "bumps the version in pyproject.toml");
  if (sub === "publish")
    return has(w, "--dry-run") ? null : release("poetry publish", "publishes the package");
  return null;
}
var UV_LOCK_CHECKS = ["--check", "--check-exists", "--locked", "--frozen", "--dry-run"];
var UV_VERSION_VALUES = /* @__PURE__ */ new Set(["--package", "--output-format", "--python", "-p"]);
function uvEffect(w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  if (sub.name === "pip") return pipEffect("uv pip")(w.slice(sub.index));
  if (["add", "remove", "lock", "sync", "upgrade"].includes(sub.name)) {
    if (has(w, ...UV_LOCK_CHECKS) && (sub.name === "lock" || sub.name === "sync")) return null;
    return dependencies(`uv ${sub.name}`, "uv.lock or the environment");
  }
  if (sub.name === "publish") return release("uv publish", "publishes the package");
  if (sub.name === "version") {
    const rest = w.slice(sub.index + 1);
    const newVersion = rest.some(
      (word, i) => !word.startsWith("-") && !UV_VERSION_VALUES.has(rest[i - 1] ?? "")
    );
    return (newVersion || has(w, "--bump")) && !has(w, "--dry-run") ? release("uv version", "bumps the version") : null;
  }
  if (sub.name === "format")
    return has(w, "--check", "--diff") ? null : formats("uv format", "uv format --check");
  return null;
}
function pipenvEffect(w) {
  const sub = subcommand(w)?.name;
  if (sub === void 0 || !["install", "uninstall", "update", "lock", "upgrade"].includes(sub))
    return null;
  if (sub === "update" && has(w, "--outdated", "--dry-run")) return null;
  return dependencies(`pipenv ${sub}`, "Pipfile.lock and the environment");
}

// src/plan/effect-rules/rust.ts
var RUST_RULES = {
  cargo: cargoEffect,
  // --emit stdout prints the formatted source instead of writing it; -V and -h print only.
  rustfmt: (w) => has(w, "--check", "--version", "-V", "--help", "-h") || w.some((x, i) => x === "--emit" && w[i + 1] === "stdout") || w.includes("--emit=stdout") ? null : formats("rustfmt", "rustfmt --check")
};
var CARGO_EFFECTS = {
  fix: fixes("cargo fix", "cargo check"),
  clean: destroys("cargo clean", "deletes the target directory"),
  update: dependencies("cargo update", "Cargo.lock"),
  "generate-lockfile": dependencies("cargo generate-lockfile", "Cargo.lock"),
  add: dependencies("cargo add", "Cargo.toml"),
  remove: dependencies("cargo remove", "Cargo.toml"),
  rm: dependencies("cargo rm", "Cargo.toml"),
  upgrade: dependencies("cargo upgrade", "Cargo.toml"),
  yank: release("cargo yank", "yanks a published crate"),
  owner: release("cargo owner", "changes the owners of a published crate"),
  release: release("cargo release", "bumps the version, tags and publishes"),
  "set-version": release("cargo set-version", "bumps the version in Cargo.toml"),
  bump: release("cargo bump", "bumps the version in Cargo.toml"),
  new: refuse("rewrite", "'cargo new' creates a package"),
  init: refuse("rewrite", "'cargo init' creates a package")
};
var CARGO_DRY_RUNS = /* @__PURE__ */ new Set(["clean", "update", "add", "remove", "publish"]);
function cargoDryRun(w) {
  return has(w, "--dry-run") || hasShort(
    w.filter((word) => !word.startsWith("-Z")),
    "n"
  );
}
function cargoEffect(w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  if (CARGO_DRY_RUNS.has(sub.name) && cargoDryRun(w)) return null;
  if (sub.name === "fmt") {
    return has(w, "--check") ? null : formats("cargo fmt", "cargo fmt -- --check");
  }
  if (sub.name === "clippy" && has(w, "--fix"))
    return fixes("cargo clippy --fix", "cargo clippy -- -D warnings");
  if (sub.name === "publish") return release("cargo publish", "publishes the crate to crates.io");
  if (sub.name === "insta") {
    const next = subcommand(w, sub.index + 1)?.name;
    const accepting = next === "accept" || next === "review" ? `cargo insta ${next}` : has(w, "--accept", "--accept-unseen") ? `cargo insta ${next ?? "test"} --accept` : null;
    return accepting === null ? null : refuse(
      "snapshot-update",
      `'${accepting}' accepts new snapshots, so snapshot tests pass by definition`
    );
  }
  return ownEntry(CARGO_EFFECTS, sub.name) ?? null;
}

// src/plan/effect-rules/vcs-and-deploy.ts
var VCS_AND_DEPLOY_RULES = {
  git: gitEffect,
  gh: ghEffect,
  docker: (w) => imagePushEffect("docker", w),
  podman: (w) => imagePushEffect("podman", w),
  vercel: vercelEffect,
  netlify: (w) => colonCommandEffect("netlify", w),
  firebase: (w) => colonCommandEffect("firebase", w),
  flyctl: (w) => verbEffect("flyctl", w, FLY_WRITES),
  fly: (w) => verbEffect("fly", w, FLY_WRITES),
  wrangler: wranglerEffect,
  serverless: subcommandDeploy("serverless", ["deploy", "remove"]),
  sls: subcommandDeploy("sls", ["deploy", "remove"]),
  cdk: subcommandDeploy("cdk", ["deploy", "destroy", "bootstrap", "import", "watch", "rollback"]),
  pulumi: (w) => verbEffect("pulumi", w, PULUMI_WRITES),
  helm: helmEffect,
  surge: () => deploy("surge", "publishes the site"),
  "gh-pages": () => deploy("gh-pages", "publishes to the gh-pages branch"),
  kubectl: kubectlEffect,
  gcloud: gcloudEffect,
  aws: awsEffect,
  terraform: terraformEffect
};
var COLON_COMMAND_WRITES = /(?:^|:)(?:deploy|delete|set|unset|push|update|remove|create|import|clone|rollback|disable|install|uninstall)$/;
function colonCommandEffect(tool, w) {
  const sub = subcommand(w)?.name;
  return sub !== void 0 && COLON_COMMAND_WRITES.test(sub) ? deploy(`${tool} ${sub}`, "deploys or changes live resources") : null;
}
var PULUMI_WRITES = [
  "up",
  "update",
  "destroy",
  "refresh",
  "import",
  "cancel",
  "watch",
  "init",
  "rm",
  "rename",
  "set",
  "set-all",
  "rm-all"
];
var FLY_WRITES = [
  "deploy",
  "launch",
  "destroy",
  "set",
  "unset",
  "import",
  "create",
  "delete",
  "restart",
  "stop",
  "start",
  "suspend",
  "count",
  "update"
];
function verbCommand(w, isVerb) {
  const command = [];
  for (let i = 1; i < w.length; i++) {
    const word = w[i];
    if (word.startsWith("-")) continue;
    if (!/^--?[A-Za-z][^=]*$/.test(w[i - 1]) || isVerb(word)) command.push(word);
    if (isVerb(word)) return command;
  }
  return null;
}
function verbEffect(tool, w, verbs) {
  const command = verbCommand(w, (word) => verbs.includes(word));
  return command === null ? null : deploy([tool, ...command].join(" "), "deploys or changes live resources");
}
var GCLOUD_WRITES = /^(?:deploy|create|delete|update|patch|replace|set|add|remove|cp|mv|rm|rsync|import|start|stop|reset|resize|rollback|promote|publish|enable|disable|apply)(?:-.*)?$/;
function gcloudEffect(w) {
  const command = verbCommand(
    w[1] === "deploy" ? w.slice(1) : w,
    (word) => GCLOUD_WRITES.test(word)
  );
  if (command === null) return null;
  const name = `gcloud ${w[1] === "deploy" ? "deploy " : ""}${command.join(" ")}`;
  return command.at(-1) === "deploy" ? deploy(name, "deploys to Google Cloud") : deploy(name, "changes Google Cloud resources");
}
var KUBECTL_WRITES = [
  "apply",
  "create",
  "delete",
  "replace",
  "patch",
  "edit",
  "scale",
  "set",
  "label",
  "annotate",
  "rollout",
  "expose",
  "run",
  "drain",
  "cordon",
  "taint"
];
function kubectlEffect(w) {
  const sub = subcommand(w);
  if (sub === null || !KUBECTL_WRITES.includes(sub.name) || dryRun(w)) return null;
  const action = subcommand(w, sub.index + 1)?.name;
  if (sub.name === "rollout" && (action === "status" || action === "history")) return null;
  return deploy(`kubectl ${sub.name}`, "deploys or changes live resources");
}
var HELM_RELEASE_CHANGES = ["install", "upgrade", "uninstall", "delete", "rollback"];
function helmEffect(w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  if (HELM_RELEASE_CHANGES.includes(sub.name))
    return dryRun(w) ? null : deploy(`helm ${sub.name}`, "deploys or changes live resources");
  if (sub.name === "push") return release("helm push", "pushes a chart to a registry");
  const action = subcommand(w, sub.index + 1)?.name ?? "";
  if (["dependency", "dependencies", "dep"].includes(sub.name) && ["update", "up", "build"].includes(action))
    return dependencies(
      `helm ${sub.name} ${action}`,
      "the chart's dependencies (charts/ and Chart.lock)"
    );
  return null;
}
function dryRun(w) {
  return w.some((x) => x === "--dry-run" || /^--dry-run=(?:client|server|true)$/.test(x));
}
var WRANGLER_WRITES = [
  "deploy",
  "publish",
  "rollback",
  "delete",
  "put",
  "upload",
  "create",
  "apply"
];
var WRANGLER_GROUPS = [
  "pages",
  "versions",
  "secret",
  "kv",
  "key",
  "bulk",
  "namespace",
  "r2",
  "object",
  "bucket",
  "d1",
  "migrations",
  "queues"
];
function wranglerEffect(w) {
  if (has(w, "--dry-run")) return null;
  const words = w.slice(1).filter((x) => !x.startsWith("-"));
  const at = words.findIndex((x) => WRANGLER_WRITES.includes(x));
  if (at === -1) return null;
  const command = [...words.slice(0, at).filter((x) => WRANGLER_GROUPS.includes(x)), words[at]];
  return deploy(`wrangler ${command.join(" ")}`, "deploys or changes live resources");
}
function imagePushEffect(tool, w) {
  const sub = subcommand(w);
  if (sub === null) return null;
  const next = subcommand(w, sub.index + 1)?.name;
  if (sub.name === "push") return deploy(`${tool} push`, "pushes an image to a registry");
  if (["image", "compose", "manifest"].includes(sub.name) && next === "push")
    return deploy(`${tool} ${sub.name} push`, "pushes an image to a registry");
  const build = sub.name === "build" ? "build" : ["buildx", "image", "compose"].includes(sub.name) && (next === "build" || next === "bake") ? `${sub.name} ${next}` : null;
  const outputs = optionValues(w, "-o", "--output");
  if (build !== null && (has(w, "--push") || outputs.some((o) => /type=registry|push=true/.test(o))))
    return deploy(`${tool} ${build} --push`, "pushes the image it builds to a registry");
  return null;
}
function optionValues(w, short, long) {
  const values = [];
  for (let i = 1; i < w.length && w[i] !== "--"; i++) {
    const word = w[i];
    if (word === short || word === long) {
      const next = w[i + 1];
      if (next !== void 0) values.push(next);
      i++;
    } else if (word.startsWith(`${long}=`)) values.push(word.slice(long.length + 1));
    else if (short !== null && word.startsWith(short) && !word.startsWith("--"))
      values.push(word.slice(short.length));
  }
  return values;
}
var VERCEL_VALUE_OPTIONS = [
  "--cwd",
  "-A",
  "--local-config",
  "-Q",
  "--global-config",
  "-t",
  "--token",
  "-S",
  "--scope",
  "--team",
  "-T"
];
var VERCEL_READ_ONLY = ["ls", "list", "inspect", "whoami", "logs", "help", "build", "dev", "pull"];
function vercelEffect(w) {
  if (has(w, "--version", "--help", "-v", "-h")) return null;
  const [sub, action, file] = operands(w, VERCEL_VALUE_OPTIONS);
  if (sub !== void 0 && VERCEL_READ_ONLY.includes(sub)) return null;
  if (sub !== "env") return deploy("vercel", "deploys the project");
  if (action === void 0 || action === "ls" || action === "list") return null;
  if (action !== "pull")
    return deploy(`vercel env ${action}`, "changes the project's environment variables on Vercel");
  const target = file ?? ".env.local";
  return writeEffect(target) === null ? null : refuse(
    "rewrite",
    `'vercel env pull' writes the environment variables into ${target} in the project`
  );
}
var AWS_VALUE_OPTIONS = [
  "--region",
  "--profile",
  "--output",
  "--endpoint-url",
  "--query",
  "--color",
  "--ca-bundle",
  "--cli-read-timeout",
  "--cli-connect-timeout",
  "--cli-binary-format"
];
var AWS_READ_ONLY = /^(?:(?:describe|list|get|head|search|filter|lookup|batch-get|validate|estimate|simulate)(?:-.*)?|ls|presign|scan|query|wait|tail|help)$/;
function awsEffect(w) {
  const [service, operation] = operands(w, AWS_VALUE_OPTIONS);
  if (service === void 0 || service === "help" || operation === void 0) return null;
  return AWS_READ_ONLY.test(operation) ? null : deploy(`aws ${service} ${operation}`, "changes cloud resources");
}
function terraformEffect(w) {
  const sub = subcommand(w)?.name;
  if (sub === "fmt")
    return terraformFmtChecks(w) ? null : formats("terraform fmt", "terraform fmt -check");
  if (sub === "destroy") return destroys("terraform destroy", "destroys infrastructure");
  if (["apply", "import", "taint", "untaint", "refresh"].includes(sub ?? "")) {
    return deploy(`terraform ${sub}`, "changes infrastructure");
  }
  const action = subcommand(w, (subcommand(w)?.index ?? 0) + 1)?.name ?? "";
  if (sub === "state" && ["rm", "mv", "push", "replace-provider"].includes(action)) {
    return deploy("terraform state", "changes the infrastructure state");
  }
  return null;
}
function terraformFmtChecks(w) {
  return w.some(
    (x) => /^--?check(?:=(?:true|t|1))?$/i.test(x) || /^--?write=(?:false|f|0)$/i.test(x)
  );
}
var GIT_READ_ONLY = new Set(
  "status diff log show rev-parse describe ls-files ls-tree ls-remote blame grep shortlog cat-file rev-list merge-base name-rev for-each-ref check-ignore check-attr version help show-ref var count-objects fsck verify-commit verify-tag whatchanged cherry range-diff".split(" ")
);
var GIT_DISCARDS = /* @__PURE__ */ new Set(["checkout", "restore", "clean", "reset", "switch", "stash"]);
var GIT_VALUE_OPTIONS = ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env"];
var GIT_CONFIG_WRITES = [
  "--unset",
  "--unset-all",
  "--add",
  "--replace-all",
  "--remove-section",
  "--rename-section",
  "--edit",
  "-e"
];
function gitEffect(w) {
  let i = 1;
  while (i < w.length && w[i].startsWith("-")) i += GIT_VALUE_OPTIONS.includes(w[i]) ? 2 : 1;
  const sub = w[i];
  if (sub === void 0) return null;
  const rest = w.slice(i + 1);
  if (GIT_READ_ONLY.has(sub)) return gitOutputEffect(sub, optionValues(w, null, "--output"));
  const operands2 = rest.filter((x) => !x.startsWith("-"));
  if ((sub === "branch" || sub === "tag") && (operands2.length === 0 || has(rest, "--list", "-l", "--contains", "--merged")))
    return null;
  if (sub === "remote" && (operands2.length === 0 || ["show", "get-url"].includes(operands2[0])))
    return null;
  if (sub === "config" && gitConfigReads(rest, operands2)) return null;
  if (sub === "stash" && ["list", "show"].includes(operands2[0] ?? "")) return null;
  if ((sub === "worktree" || sub === "submodule") && ["list", "status", "summary"].includes(operands2[0] ?? ""))
    return null;
  if (sub === "notes" && ["list", "show"].includes(operands2[0] ?? "")) return null;
  if (sub === "apply" && has(rest, "--check", "--stat", "--numstat", "--summary") && !has(rest, "--apply"))
    return null;
  if (sub === "archive") return gitOutputEffect(sub, optionValues(w, "-o", "--output"));
  if (sub === "push") return deploy("git push", "pushes to a remote repository");
  if (GIT_DISCARDS.has(sub))
    return destroys(`git ${sub}`, "changes or discards files in the working tree");
  return refuse("vcs-write", `'git ${sub}' changes the repository`);
}
function gitOutputEffect(sub, targets) {
  const written = targets.find((target) => writeEffect(target) !== null);
  const option = sub === "archive" ? "-o" : "--output";
  return written === void 0 ? null : refuse("rewrite", `'git ${sub} ${option}' writes ${written} in the project`);
}
function gitConfigReads(rest, operands2) {
  if (has(rest, ...GIT_CONFIG_WRITES)) return false;
  return has(rest, "--get", "--get-all", "--list", "-l", "--get-regexp") || operands2.length === 1 || ["get", "list"].includes(operands2[0] ?? "");
}
function ghEffect(w) {
  const operands2 = [];
  for (let i = 1; i < w.length; i++) {
    if (w[i] === "-R" || w[i] === "--repo") i++;
    else if (!w[i].startsWith("-")) operands2.push(w[i]);
  }
  const [group, action] = operands2;
  if (group === "release" && ["create", "upload", "edit", "delete", "delete-asset"].includes(action ?? "")) {
    return release(`gh release ${action}`, "changes a GitHub release");
  }
  if ((group === "release" || group === "run") && action === "download")
    return ghDownloadEffect(group, w);
  if (group === "api") return ghApiEffect(w);
  const readOnly = ["list", "view", "status", "diff", "checks", "watch"];
  if (["pr", "issue", "repo", "workflow", "run", "secret", "variable", "label", "cache"].includes(
    group ?? ""
  ) && action !== void 0 && !readOnly.includes(action))
    return refuse("vcs-write", `'gh ${group} ${action}' changes the repository on GitHub`);
  return null;
}
function ghApiEffect(w) {
  let method;
  let fields = false;
  let body = false;
  for (let i = 1; i < w.length; i++) {
    const word = w[i];
    const short = /^-i*([XfF])(.*)$/.exec(word);
    const long = /^--(method|field|raw-field|input)(?:=(.*))?$/.exec(word);
    const name = short?.[1] ?? long?.[1];
    if (name === void 0) continue;
    const glued = short !== null ? short[2] : long[2];
    const value = glued !== void 0 && glued !== "" ? glued : w[++i];
    if (name === "X" || name === "method") method = value?.toUpperCase();
    else if (name === "input") body = true;
    else fields = true;
  }
  const sent = method ?? (fields || body ? "POST" : "GET");
  return (sent === "GET" || sent === "HEAD") && !body ? null : refuse("vcs-write", "'gh api' with a method or fields writes to GitHub");
}
function ghDownloadEffect(group, w) {
  const targets = [...optionValues(w, "-D", "--dir"), ...optionValues(w, "-O", "--output")];
  const written = targets.length === 0 ? ["."] : targets;
  return written.every((t) => t === "-" || writeEffect(t) === null) ? null : refuse(
    "rewrite",
    `'gh ${group} download' writes the downloaded files into the project (download with -D "$RUNNER_TEMP/\u2026" instead)`
  );
}

// src/plan/effect-rules/index.ts
var RULES = {
  ...JAVASCRIPT_RULES,
  ...PYTHON_RULES,
  ...GO_RULES,
  ...RUST_RULES,
  ...VCS_AND_DEPLOY_RULES,
  ...FILE_RULES
};
var READS_OWN_OPTIONS = /* @__PURE__ */ new Set([
  ...Object.keys(FILE_RULES),
  ...["rimraf", "del", "del-cli", "rustfmt", "git", "gh", "vercel", "aws"]
]);
function wordsEffect(words) {
  const program = words[0];
  if (program === void 0) return null;
  const name = ruleName(baseName(program));
  const rule = ownEntry(RULES, name);
  if (rule !== void 0)
    return rule(words) ?? (READS_OWN_OPTIONS.has(name) ? null : rule(withoutOptionValues(words)));
  if (words.includes("--fix")) return fixes(`${name} --fix`, `${name} without --fix`);
  if (words.includes("--write")) return refuse("rewrite", `'${name} --write' writes files`);
  return null;
}
function ruleName(name) {
  return /^pip\d+\.\d+$/.test(name) ? "pip" : name;
}
function withoutOptionValues(words) {
  const kept = [words[0]];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === "--") return [...kept, ...words.slice(i)];
    kept.push(word);
    const next = words[i + 1];
    if (/^--?[A-Za-z]/.test(word) && !word.includes("=") && next !== void 0 && !next.startsWith("-"))
      i++;
  }
  return kept;
}

// src/plan/effects.ts
function refusalOf(line, context) {
  for (const command of resolveLine(line, context)) {
    const effect = effectOf(command);
    if (effect !== null)
      return { effect: effect.effect, reason: effect.reason + viaText(command.hops) };
  }
  return listedFix(line, context.checklistFixes ?? []);
}
function listedFix(line, fixes2) {
  const candidates = new Set([line, ...splitChain(line)].map(normaliseWhitespace));
  const listed = fixes2.find((fix) => {
    const wanted = normaliseWhitespace(fix.command);
    return wanted !== "" && candidates.has(wanted);
  });
  if (listed === void 0) return null;
  return {
    effect: "listed-fix",
    reason: `the checklist lists '${normaliseWhitespace(listed.command)}' as a fix ("Run:" at line ${listed.line})`
  };
}
function viaText(hops) {
  const parts = hops.flatMap((hop) => {
    if (hop.kind === "script") {
      return [`'${clip(hop.command)}' (package.json script '${hop.script}': \`${clip(hop.body)}\`)`];
    }
    if (hop.kind === "wrapper") return [`'${hop.wrapper}'`];
    return ["a command substitution"];
  });
  return parts.length === 0 ? "" : ` \u2014 run through ${parts.join(", then ")}`;
}
function clip(text) {
  return truncate(normaliseWhitespace(text), 120);
}
function effectOf(command) {
  if (command.dynamic) {
    return {
      effect: "dynamic",
      reason: `'${clip(command.text)}' runs a program named by a variable or command substitution ('${clip(command.words[0] ?? "")}'): what it runs cannot be known`
    };
  }
  for (const target of command.writes) {
    const written = writeEffect(target);
    if (written !== null) return written;
  }
  if (command.unreadScript !== null) return unreadScriptEffect(command.unreadScript);
  return wordsEffect(command.words);
}
function unreadScriptEffect(script) {
  const passes = `'${clip(script.command)}' passes ${clip(script.args.join(" "))} to script '${script.script}'`;
  if (script.args.includes("--fix"))
    return refuse("rewrite", `${passes}, which then rewrites files with its fixes`);
  if (script.args.includes("--write"))
    return refuse("rewrite", `${passes}, which then writes files`);
  if (["-u", "--updateSnapshot", "--update", "--update-snapshots"].some(
    (flag) => script.args.includes(flag)
  )) {
    return refuse("snapshot-update", `${passes}, which then updates test snapshots`);
  }
  const kind = effectByName(script.script);
  if (kind === null) return null;
  return refuse(
    kind,
    `'${clip(script.command)}' runs script '${script.script}', which by its name ${NAME_EFFECT_WORDS[kind]} (package.json could not be read to see what it runs)`
  );
}

// src/plan/plan-draft.ts
function emptyDraft(id, name) {
  return {
    id,
    name,
    command: "",
    lines: [],
    cwd: ".",
    critical: true,
    source: { kind: "config", line: null, file: null },
    timeoutMs: null,
    env: {},
    needs: null,
    verifies: null,
    check: { kind: "command" },
    entry: null
  };
}
function planningContext(checklist, readPackageScripts2) {
  const fixes2 = allItems(checklist).flatMap(
    (item) => item.commands.filter((command) => command.role === "fix").map((command) => ({ command: command.text, line: command.line }))
  );
  return { checklist, fixes: fixes2, readPackageScripts: readPackageScripts2 };
}
function refusalIn(context, line, cwd) {
  return refusalOf(line, {
    cwd,
    readPackageScripts: context.readPackageScripts,
    checklistFixes: context.fixes
  });
}
function configError(config, line, message) {
  return new ConfigurationError(`${config.file}${line === void 0 ? "" : `:${line}`}: ${message}`);
}

// src/plan/plan-config.ts
function applyConfig(planned, config, planning) {
  const drafts = [...planned];
  const entryIdList = config.validations.flatMap(
    (entry) => entry.id === void 0 ? [] : [entry.id]
  );
  const ids = new IdAllocator([...drafts.map((draft) => draft.id), ...entryIdList]);
  const disabled = /* @__PURE__ */ new Set();
  const claimed = /* @__PURE__ */ new Map();
  const entryIds = /* @__PURE__ */ new Map();
  for (const entry of config.validations) {
    checkUniqueId(entry, entryIds, config);
    const match = config.source === "config" ? void 0 : findMatch(drafts, entry);
    if (match !== void 0) {
      const earlier = claimed.get(match);
      if (earlier !== void 0) {
        throw configError(
          config,
          entry.lines?.entry,
          `this entry and the one at line ${earlier.lines?.entry ?? "?"} both match validation '${match.id}'; merge them`
        );
      }
      claimed.set(match, entry);
    }
    if (entry.disabled === true) {
      if (match !== void 0) disabled.add(match.id);
      else if (config.source !== "config") throw unmatched(entry, drafts, config, "is disabled");
      continue;
    }
    if (match !== void 0) adjust(match, entry, { config, planning, drafts, ids });
    else drafts.push(added(entry, { config, planning, drafts, ids }));
  }
  const kept = drafts.filter((draft) => !disabled.has(draft.id));
  for (const draft of kept) draft.needs = draft.needs?.filter((id) => !disabled.has(id)) ?? null;
  return kept;
}
function findMatch(drafts, entry) {
  const byId = entry.id === void 0 ? void 0 : drafts.find((d) => d.id === entry.id);
  if (byId !== void 0 || entry.name === void 0) return byId;
  const name = entry.name.toLowerCase();
  return drafts.find((draft) => draft.name.toLowerCase() === name);
}
function checkUniqueId(entry, seen, config) {
  if (entry.id === void 0) return;
  const earlier = seen.get(entry.id);
  if (earlier !== void 0) {
    throw configError(
      config,
      entry.lines?.keys.id,
      `id '${entry.id}' is already used by the entry at line ${earlier.lines?.entry ?? "?"}; ids must be unique`
    );
  }
  seen.set(entry.id, entry);
}
function unmatched(entry, drafts, config, what) {
  const label = entry.id ?? entry.name ?? entry.command?.trim().split("\n")[0] ?? "?";
  const planned = drafts.map((draft) => draft.id).join(", ") || "none";
  return configError(
    config,
    entry.lines?.entry,
    `validation '${label}' ${what} but matches no planned validation (planned: ${planned})`
  );
}
function adjust(draft, entry, context) {
  if (entry.id !== void 0 && entry.id !== draft.id) {
    draft.id = context.ids.reserve(entry.id);
  }
  if (entry.name !== void 0 && entry.name.toLowerCase() !== draft.name.toLowerCase()) {
    draft.name = entry.name;
  }
  if (entry.command !== void 0) setCommand(draft, entry, context);
  if (entry.workingDirectory !== void 0) draft.cwd = entry.workingDirectory;
  if (entry.timeoutMs !== void 0) draft.timeoutMs = entry.timeoutMs;
  if (entry.env !== void 0) draft.env = { ...draft.env, ...entry.env };
  if (entry.needs !== void 0) draft.needs = [...new Set(entry.needs)];
  if (entry.verifies !== void 0) draft.verifies = resolveVerifies(entry, context);
  if (entry.critical !== void 0) draft.critical = entry.critical;
  draft.entry = entry;
}
function added(entry, context) {
  if (entry.command === void 0)
    throw unmatched(entry, context.drafts, context.config, "has no 'command'");
  const firstLine = logicalLines(entry.command, 1).find((line) => line.text !== "")?.text ?? "";
  const name = entry.name ?? entry.id ?? normaliseWhitespace(firstLine);
  const id = entry.id === void 0 ? context.ids.take(name) : context.ids.reserve(entry.id);
  const draft = {
    ...emptyDraft(id, name),
    source: { kind: "config", line: entry.lines?.entry ?? null, file: context.config.file }
  };
  adjust(draft, { ...entry, id: void 0, name: void 0 }, context);
  return draft;
}
function setCommand(draft, entry, context) {
  const command = entry.command;
  const lines = logicalLines(command, 1).map((line) => line.text).filter((text) => text !== "" && !text.startsWith("#"));
  const cwd = entry.workingDirectory ?? draft.cwd;
  if (entry.allowMutation !== true) {
    let at = cwd;
    for (const line of lines) {
      const refusal = refusalIn(context.planning, line, at);
      at = directoryAfterLine(line, at);
      if (refusal === null) continue;
      throw configError(
        context.config,
        entry.lines?.keys.command,
        `'${normaliseWhitespace(line)}' is not a check (${refusal.effect}: ${refusal.reason}); the gate only runs checks \u2014 set 'allow-mutation: true' on this entry if it must run`
      );
    }
  }
  draft.command = command.trimEnd();
  draft.lines = lines;
  draft.check = { kind: "command" };
}
function resolveVerifies(entry, context) {
  const items = allItems(context.planning.checklist);
  const file = context.planning.checklist.file;
  const lines = (entry.verifies ?? []).map((ref, index) => {
    const at = entry.lines?.verifies[index] ?? entry.lines?.keys.verifies;
    if (typeof ref === "number") {
      if (items.some((item) => item.line === ref)) return ref;
      throw configError(
        context.config,
        at,
        `'verifies' names line ${ref}, which is not a task item in ${file}`
      );
    }
    const wanted = ref.toLowerCase();
    const exact = items.filter((item) => item.text.toLowerCase() === wanted);
    const found = exact.length > 0 ? exact : items.filter((i) => i.text.toLowerCase().includes(wanted));
    if (found.length === 1) return found[0].line;
    if (found.length === 0) {
      throw configError(
        context.config,
        at,
        `'verifies' text ${JSON.stringify(ref)} matches no task item in ${file}`
      );
    }
    const shown = found.slice(0, 5).map((item) => item.line).join(", ");
    throw configError(
      context.config,
      at,
      `'verifies' text ${JSON.stringify(ref)} matches ${found.length} task items in ${file} (lines ${shown}${found.length > 5 ? ", \u2026" : ""}); use a line number or more of the item's text`
    );
  });
  return [...new Set(lines)].sort((a, b) => a - b);
}

// src/plan/path-claims.ts
var SHELL_SYNTAX = /[\s$`'"\\;&|<>(){}[\]*?!~=#,:]/;
var EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/;
var EXISTENCE = /\b(?:exists?|present|created|generated|produced|built|written|updated|emitted|there|in place|committed|included|contains?)\b/i;
var EXECUTABLE_DIR = /(?:^|\/)(?:bin|\.bin|sbin|release|debug)\/[^/]+$/;
var PROGRAMS_WITH_DOTS = /* @__PURE__ */ new Set(["py.test", "node.exe", "npm.cmd", "npx.cmd"]);
var SCRIPT_EXTENSION = /\.(?:sh|bash|zsh|py|rb|pl|ps1|cmd|bat|exe)$/;
function isPathClaim(span, itemText) {
  const text = span.trim();
  if (text === "" || SHELL_SYNTAX.test(text) || text.startsWith("-") || text.startsWith("@")) {
    return false;
  }
  if (PROGRAMS_WITH_DOTS.has(text.toLowerCase())) return false;
  const hasExtension = EXTENSION.test(text);
  if (!text.includes("/") && !hasExtension) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return false;
  const saysExists = EXISTENCE.test(itemText);
  const runnable = text.startsWith("./") || text.startsWith("../") || text.startsWith("/") || SCRIPT_EXTENSION.test(text) || !hasExtension && EXECUTABLE_DIR.test(text);
  return !runnable || saysExists;
}
function pathClaimsOf(item) {
  const paths = item.commands.filter((command) => command.role === "verify" && isPathClaim(command.text, item.text)).map((command) => command.text.trim());
  return [...new Set(paths)];
}
function pathCheckName(paths) {
  if (paths.length === 1) return `${paths[0]} exists`;
  return `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)} exist`;
}
function pathCheckDescription(paths) {
  return `paths exist: ${paths.join(" ")}`;
}

// src/plan/plan-sources.ts
function basePlan(context, config) {
  const { checklist } = context;
  const setting = config?.source ?? "auto";
  if (setting === "config") return { drafts: [], refused: [], source: "config", scriptLine: null };
  const block = findValidationScript(checklist);
  if (setting === "script" && block === null) {
    throw configError(
      config,
      config.keyLines?.source,
      `'source: script' but ${checklist.file} has no validation script (a fenced bash block under a "Validation" heading)`
    );
  }
  if (setting === "verify-items" || block === null) return verifyItemsPlan(context);
  const ids = new IdAllocator();
  const refused = [];
  const drafts = readScript(block, checklist.file).flatMap((step) => {
    const draft = stepDraft(step, context, refused, ids);
    return draft === null ? [] : [draft];
  });
  return { drafts, refused, source: "script", scriptLine: block.line };
}
function stepDraft(step, context, refused, ids) {
  let cwd = step.cwd;
  const kept = step.commands.filter((command) => {
    const refusal = refusalIn(context, command.text, cwd);
    cwd = directoryAfterLine(command.text, cwd);
    if (refusal !== null) refused.push({ command: command.text, line: command.line, ...refusal });
    return refusal === null;
  });
  const first = kept.find((command) => !isDirectoryChange(command.text));
  if (first === void 0) return null;
  const name = step.label ?? normaliseWhitespace(first.text.split("\n")[0]);
  return {
    ...emptyDraft(ids.take(name), name),
    command: stepScript(kept, step.pipefail),
    lines: kept.map((command) => command.text),
    cwd: step.cwd,
    critical: true,
    source: { kind: "script", line: first.line, file: context.checklist.file }
  };
}
function verifyItemsPlan(context) {
  const { checklist } = context;
  const critical = checklist.phases.filter((phase) => phase.priority.level === "critical");
  const phases = critical.length > 0 ? critical : checklist.phases;
  const planner = new VerifyItemPlanner(context, new IdAllocator());
  for (const phase of phases) {
    for (const item of phaseItems(phase)) planner.add(item, phase.priority.level === "critical");
  }
  const found = planner.drafts.length > 0 || planner.refused.length > 0;
  return {
    drafts: planner.drafts,
    refused: planner.refused,
    source: found ? "verify-items" : "none",
    scriptLine: null
  };
}
var VerifyItemPlanner = class {
  constructor(context, ids) {
    this.context = context;
    this.ids = ids;
    this.linker = new ItemLinker(context.checklist);
  }
  drafts = [];
  refused = [];
  seen = /* @__PURE__ */ new Set();
  linker;
  /**
   * The item's Verify commands and path claims, as (critical) drafts or refusals. With `only`,
   * just the commands (or the path check's description) it names: the claims `claims: plan` adds.
   */
  add(item, critical, only) {
    const paths = pathClaimsOf(item);
    if (paths.length > 0 && (only === void 0 || only.has(pathCheckDescription(paths)))) {
      this.addPaths(item, critical, paths);
    }
    const pathSet = new Set(paths);
    for (const command of item.commands.filter((c) => c.role === "verify")) {
      const text = normaliseWhitespace(command.text);
      if (text === "" || pathSet.has(command.text.trim()) || this.seen.has(text)) continue;
      if (only !== void 0 && !only.has(text)) continue;
      this.seen.add(text);
      const refusal = refusalIn(this.context, text, ".");
      if (refusal !== null) {
        this.refused.push({ command: text, line: command.line, ...refusal });
        continue;
      }
      this.drafts.push({
        ...emptyDraft(this.ids.take(text), text),
        command: text,
        lines: [text],
        critical,
        source: { kind: "verify-item", line: item.line, file: this.context.checklist.file }
      });
    }
  }
  addPaths(item, critical, paths) {
    const key = `\0paths\0${paths.join("\0")}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const name = pathCheckName(paths);
    this.drafts.push({
      ...emptyDraft(this.ids.take(name), name),
      command: pathCheckDescription(paths),
      lines: [],
      critical,
      verifies: this.linker.itemWithAncestors(item),
      check: { kind: "paths-exist", paths },
      source: { kind: "verify-item", line: item.line, file: this.context.checklist.file }
    });
  }
};
function isDirectoryChange(line) {
  const program = programOf(line);
  return (program === "cd" || program === "pushd" || program === "popd") && splitChain(line).length === 1;
}

// src/plan/unverified-claims.ts
function claimsOf(checklist) {
  return allItems(checklist).filter((item) => item.checked).flatMap((item) => {
    const paths = pathClaimsOf(item);
    const pathSet = new Set(paths);
    const claims = [];
    if (paths.length > 0) {
      const line = item.commands.find((c) => pathSet.has(c.text.trim()))?.line ?? item.line;
      claims.push({ item, command: pathCheckDescription(paths), line, paths });
    }
    const seen = /* @__PURE__ */ new Set();
    for (const command of item.commands) {
      const text = normaliseWhitespace(command.text);
      if (command.role !== "verify" || text === "" || pathSet.has(command.text.trim())) continue;
      if (seen.has(text)) continue;
      seen.add(text);
      claims.push({ item, command: text, line: command.line, paths: null });
    }
    return claims;
  });
}
function covers(validation, claim) {
  if (!validation.verifies.includes(claim.item.line)) return false;
  if (validation.explicit) return true;
  if (claim.paths !== null) {
    const check = validation.check;
    return check?.kind === "paths-exist" && claim.paths.every((p) => check.paths.includes(p));
  }
  const forms = commandForms(claim.command);
  return validation.lines.some((line) => namesLine(forms, lineForms(line)));
}
function unverifiedClaims(checklist, validations, refused, refusalOf2, notPlanned) {
  const refusedByText = new Map(refused.map((r) => [normaliseWhitespace(r.command), r]));
  const byLine = /* @__PURE__ */ new Map();
  for (const validation of validations) {
    for (const line of new Set(validation.verifies)) {
      const linked = byLine.get(line);
      if (linked === void 0) byLine.set(line, [validation]);
      else linked.push(validation);
    }
  }
  return claimsOf(checklist).filter((claim) => !(byLine.get(claim.item.line) ?? []).some((v) => covers(v, claim))).map((claim) => {
    const refusal = claim.paths === null ? refusedByText.get(claim.command) ?? refusalOf2(claim.command) : null;
    return {
      line: claim.item.line,
      text: claim.item.text,
      command: claim.command,
      why: refusal === null ? "not-planned" : "refused",
      effect: refusal?.effect ?? null,
      reason: refusal === null ? notPlanned(claim) : refusal.reason
    };
  });
}

// src/plan/validation-kind.ts
var PRECEDENCE = [
  "audit",
  "tests",
  "type-check",
  "lint",
  "format-check",
  "build",
  "run"
];
function validationKind(commands) {
  const kinds = new Set(commands.map(resolvedKind));
  return PRECEDENCE.find((kind) => kinds.has(kind)) ?? "run";
}
function resolvedKind(command) {
  if (command.unreadScript !== null) return scriptNameKind(command.unreadScript.script);
  const own = commandKind(command.words);
  if (own !== "run" && own !== null) return own;
  const scripts = command.hops.flatMap((hop) => hop.kind === "script" ? [hop.script] : []);
  const script = scripts.at(-1);
  return script === void 0 ? own : scriptNameKind(script);
}
var TYPE_CHECKERS = /* @__PURE__ */ new Set(["mypy", "pyright", "basedpyright", "pytype", "flow", "tsgo"]);
var LINTERS = /* @__PURE__ */ new Set([
  "eslint",
  "oxlint",
  "tslint",
  "stylelint",
  "markdownlint",
  "markdownlint-cli2",
  "shellcheck",
  "hadolint",
  "actionlint",
  "yamllint",
  "flake8",
  "pylint",
  "pyflakes",
  "pycodestyle",
  "pydocstyle",
  "bandit",
  "golangci-lint",
  "staticcheck",
  "revive",
  "cargo-clippy",
  "clippy-driver",
  "publint",
  "knip",
  "commitlint",
  "xo",
  "standard"
]);
var TEST_RUNNERS = /* @__PURE__ */ new Set([
  "jest",
  "vitest",
  "mocha",
  "ava",
  "tap",
  "tape",
  "jasmine",
  "karma",
  "cypress",
  "tstyche",
  "uvu",
  "pytest",
  "py.test",
  "tox",
  "nox",
  "nose2",
  "cargo-nextest",
  "bats",
  "c8",
  "nyc"
]);
var AUDITORS = /* @__PURE__ */ new Set([
  "cargo-audit",
  "cargo-deny",
  "pip-audit",
  "safety",
  "osv-scanner",
  "govulncheck",
  "audit-ci",
  "better-npm-audit",
  "snyk",
  "trivy",
  "grype"
]);
var BUILDERS = /* @__PURE__ */ new Set([
  "vite",
  "rollup",
  "webpack",
  "esbuild",
  "tsup",
  "parcel",
  "rspack",
  "unbuild",
  "microbundle",
  "babel",
  "swc",
  "ncc",
  "next",
  "nuxt",
  "astro",
  "gatsby",
  "bundle",
  "make",
  "cmake",
  "ninja",
  "gradle",
  "mvn",
  "javac",
  "gcc",
  "clang",
  "rustc"
]);
var FORMAT_CHECKERS = /* @__PURE__ */ new Set([
  "prettier",
  "black",
  "isort",
  "rustfmt",
  "gofmt",
  "dprint",
  "shfmt",
  "clang-format",
  "biome"
]);
function commandKind(words) {
  const program = words[0];
  if (program === void 0) return null;
  const name = baseName(program);
  const rest = words.slice(1);
  const sub = rest.find((word) => !word.startsWith("-") && !word.startsWith("+"));
  if (name === "tsc" || name === "vue-tsc") {
    return rest.includes("--noEmit") || rest.includes("--noemit") ? "type-check" : "build";
  }
  if (TYPE_CHECKERS.has(name)) return "type-check";
  if (name === "biome") {
    if (sub === "format") return "format-check";
    return "lint";
  }
  if (FORMAT_CHECKERS.has(name)) return "format-check";
  if (name === "ruff") return sub === "format" ? "format-check" : "lint";
  if (LINTERS.has(name)) return "lint";
  if (TEST_RUNNERS.has(name)) return "tests";
  if (AUDITORS.has(name)) return "audit";
  if (BUILDERS.has(name)) return sub === "test" ? "tests" : "build";
  if (name === "node") return rest.includes("--test") ? "tests" : null;
  if (name === "cargo") return cargoKind(sub);
  if (name === "go") return goKind(sub);
  if (name === "npm" || name === "pnpm" || name === "yarn" || name === "bun") {
    if (sub === "audit") return "audit";
    return null;
  }
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(name)) {
    const module = rest[rest.indexOf("-m") + 1];
    if (rest.includes("-m") && module === "unittest") return "tests";
    if (rest.includes("-m") && module === "build") return "build";
    return null;
  }
  if (name === "coverage") return sub === "run" ? "tests" : null;
  if (name === "deno")
    return sub === "test" ? "tests" : sub === "lint" ? "lint" : sub === "check" ? "type-check" : sub === "fmt" ? "format-check" : null;
  return "run";
}
function scriptNameKind(script) {
  const parts = script.toLowerCase().split(/[:._-]/);
  if (parts.includes("audit")) return "audit";
  if (parts.some((p) => ["typecheck", "types", "tsc", "typescript"].includes(p)) || script.toLowerCase().includes("type-check")) {
    return parts[0] === "test" ? "tests" : "type-check";
  }
  if (parts[0] === "test" || parts.includes("test") || parts.includes("e2e") || parts.includes("coverage"))
    return "tests";
  if (parts.includes("lint")) return "lint";
  if (parts.some((p) => ["format", "fmt", "prettier"].includes(p))) return "format-check";
  if (parts.includes("build") || parts.includes("compile")) return "build";
  return "run";
}
function cargoKind(sub) {
  switch (sub) {
    case "test":
    case "t":
    case "nextest":
    case "bench":
      return "tests";
    case "check":
    case "c":
      return "type-check";
    case "clippy":
      return "lint";
    case "fmt":
      return "format-check";
    case "audit":
    case "deny":
      return "audit";
    case "build":
    case "b":
    case "doc":
    case "rustc":
      return "build";
    default:
      return "run";
  }
}
function goKind(sub) {
  switch (sub) {
    case "test":
      return "tests";
    case "vet":
      return "lint";
    case "build":
    case "install":
      return "build";
    default:
      return "run";
  }
}

// src/plan/plan.ts
var DEFAULT_TIMEOUT_MS = 20 * 60 * 1e3;
function planValidations(checklist, config, options = {}) {
  const planning = planningContext(checklist, options.readPackageScripts);
  const base = basePlan(planning, config);
  let drafts = config === null ? base.drafts : applyConfig(base.drafts, config, planning);
  const disabled = base.drafts.filter((draft) => !drafts.includes(draft));
  const refused = [...base.refused];
  if (config?.claims === "plan")
    drafts = [...drafts, ...claimDrafts([...drafts, ...disabled], refused, planning, base)];
  const timeoutMs = config?.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const validations = finalise(drafts, planning, timeoutMs);
  if (config !== null) checkNeeds(drafts, config);
  const source = base.source === "none" && drafts.length > 0 ? "config" : base.source;
  const claims = claimsLeft(drafts, validations, refused, planning, source, disabled);
  return { validations, refused, unverifiedClaims: claims, source, scriptLine: base.scriptLine };
}
var NOT_PLANNED = {
  script: "the validation script does not run it",
  "verify-items": "only the Verify commands of the critical phases are planned",
  config: "no validation of the config runs it",
  none: "nothing is planned"
};
var PLAN_CLAIMS_HINT = "set 'claims: plan' in the readiness config to check it";
function claimsLeft(drafts, validations, refused, planning, source, disabled) {
  const covering = drafts.map((draft, index) => coveringOf(draft, validations[index].verifies));
  const linker = new ItemLinker(planning.checklist);
  const off = disabled.map((draft) => ({
    id: draft.id,
    covering: coveringOf(draft, draft.verifies ?? linker.linesVerifiedBy(draft.lines))
  }));
  return unverifiedClaims(
    planning.checklist,
    covering,
    refused,
    (command) => refusalIn(planning, command, "."),
    (claim) => {
      const id = off.find((draft) => covers(draft.covering, claim))?.id;
      if (id !== void 0) return `validation '${id}' is disabled in the config`;
      const why = claim.paths !== null ? "nothing checks that these files exist" : NOT_PLANNED[source];
      return `${why}; ${PLAN_CLAIMS_HINT}`;
    }
  );
}
function coveringOf(draft, verifies) {
  return {
    lines: draft.lines,
    verifies,
    check: draft.check,
    explicit: draft.verifies !== null && draft.check.kind === "command"
  };
}
function claimDrafts(drafts, refused, planning, base) {
  const linker = new ItemLinker(planning.checklist);
  const covering = drafts.map(
    (draft) => coveringOf(draft, draft.verifies ?? linker.linesVerifiedBy(draft.lines))
  );
  const open = unverifiedClaims(
    planning.checklist,
    covering,
    refused,
    () => null,
    () => ""
  );
  const planner = new VerifyItemPlanner(planning, new IdAllocator(drafts.map((d) => d.id)));
  const phaseOf = phasesByItem(planning.checklist);
  const byItem = /* @__PURE__ */ new Map();
  for (const claim of open)
    byItem.set(claim.line, (byItem.get(claim.line) ?? /* @__PURE__ */ new Set()).add(claim.command));
  for (const item of allItems(planning.checklist)) {
    const wanted = byItem.get(item.line);
    const critical = phaseOf.get(item)?.priority.level === "critical";
    if (wanted !== void 0) planner.add(item, critical, wanted);
  }
  const known = new Set(base.refused.map((r) => `${r.line ?? ""}\0${r.command}`));
  refused.push(...planner.refused.filter((r) => !known.has(`${r.line ?? ""}\0${r.command}`)));
  return planner.drafts;
}
function phasesByItem(checklist) {
  const map = /* @__PURE__ */ new Map();
  for (const phase of checklist.phases) for (const item of phaseItems(phase)) map.set(item, phase);
  return map;
}
function finalise(drafts, planning, timeoutMs) {
  const linker = new ItemLinker(planning.checklist);
  return drafts.map((draft, index) => {
    const paths = draft.check.kind === "paths-exist";
    return {
      id: draft.id,
      name: draft.name,
      command: draft.command,
      cwd: draft.cwd,
      timeoutMs: draft.timeoutMs ?? timeoutMs,
      env: draft.env,
      needs: draft.needs ?? automaticNeeds(draft, drafts.slice(0, index)),
      critical: draft.critical,
      verifies: draft.verifies ?? linker.linesVerifiedBy(draft.lines),
      source: draft.source,
      tool: paths ? null : toolIdFor(draft.command),
      lane: paths ? null : laneOf(draft.lines, draft.cwd),
      kind: paths ? "paths-exist" : kindOf(draft, planning),
      check: draft.check,
      ...draft.entry?.reports === void 0 ? {} : { reports: draft.entry.reports }
    };
  });
}
function kindOf(draft, planning) {
  const context = { cwd: draft.cwd, readPackageScripts: planning.readPackageScripts };
  return validationKind(draft.lines.flatMap((line) => resolveLine(line, context)));
}
function checkNeeds(drafts, config) {
  const problem = needsProblem(drafts);
  if (problem === null) return;
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const lines = byId.get(problem.kind === "cycle" ? problem.ids[0] : problem.id)?.entry?.lines;
  const at = problem.kind === "unknown-need" ? lines?.needs[problem.index] ?? lines?.keys.needs : lines?.keys.needs ?? lines?.entry;
  throw configError(config, at, describeNeedsProblem(problem));
}

// src/readiness/assess.ts
import { posix as posix2 } from "node:path";

// src/readiness/topics.ts
var TOPIC_KEYWORDS = [
  ["audit", /\b(?:rustsec|ghsa|cve)-|\baudit|vulnerab|\bsecurity (?:issue|advisor|fix)/],
  ["clippy", /\bclippy\b|\blint/],
  ["fmt", /\bfmt\b|\bformat|\brustfmt\b|\bprettier\b/],
  ["test", /\btest(?:s|ing)?\b|\bjest\b/],
  ["build", /\bbuild|\bcompil/],
  ["cli", /\bbinar(?:y|ies)\b|--help\b|--version\b|\bexecutables?\b/]
];
var TOOL_TOPICS = {
  rustfmt: "fmt",
  clippy: "clippy",
  "cargo-build": "build",
  "npm-build": "build",
  "cargo-test": "test",
  "npm-test": "test",
  "cargo-audit": "audit",
  "npm-audit": "audit",
  cli: "cli"
};
var ECOSYSTEM_KEYWORDS = [
  ["rust", /\bcargo\b|\brust|\bclippy\b|\brustfmt\b|\brustsec-|\bcrates?\b/],
  ["npm", /\bnpm\b|\bnpx\b|\bnode\b|typescript|\bjavascript\b|\bjs\b|\bts\b|\bjest\b|\bghsa-/]
];
var ADVISORY_ID = /\b(?:RUSTSEC-\d{4}-\d{4}|GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b/gi;
var STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it of on or the to with all any no not fix fixed fixes fixing run verify passes pass passed passing fail fails failed failure failures failing error errors issue issues problem problems update ensure make must should need needs complete completed done succeeds remaining".split(" ")
);
function subjectOfText(text) {
  const lower = text.toLowerCase();
  return {
    topic: topicOf(lower),
    ecosystems: ecosystemsOf(lower),
    advisories: advisoriesIn(text),
    words: significantWords(lower)
  };
}
function subjectOfValidation(validation) {
  const command = validation.command.toLowerCase();
  const name = validation.name.toLowerCase();
  const toolTopic = validation.tool === null ? void 0 : TOOL_TOPICS[validation.tool];
  return {
    topic: toolTopic ?? topicOf(command) ?? topicOf(name),
    ecosystems: ecosystemsOf(`${command} ${validation.tool ?? ""}`),
    advisories: [],
    words: significantWords(name)
  };
}
function mergeSubjects(subjects) {
  return {
    topic: subjects.find((s) => s.topic !== null)?.topic ?? null,
    ecosystems: unique(subjects.flatMap((s) => s.ecosystems)),
    advisories: unique(subjects.flatMap((s) => s.advisories)),
    words: unique(subjects.flatMap((s) => s.words))
  };
}
function matchSubjects(a, b) {
  if (a.advisories.length > 0 && b.advisories.length > 0) {
    const shared2 = a.advisories.find((id) => b.advisories.includes(id));
    return shared2 === void 0 ? null : shared2;
  }
  if (a.topic !== null && a.topic === b.topic && ecosystemsCompatible(a, b)) {
    return `topic: ${a.topic}`;
  }
  const shared = a.words.filter((word) => b.words.includes(word));
  const shorter = Math.min(a.words.length, b.words.length);
  if (shared.length >= 2 && shared.length * 2 >= shorter) return `words: ${shared.join(", ")}`;
  return null;
}
function ecosystemsCompatible(a, b) {
  if (a.ecosystems.length === 0 || b.ecosystems.length === 0) return true;
  return a.ecosystems.some((e) => b.ecosystems.includes(e));
}
function advisoriesIn(text) {
  return unique([...text.matchAll(ADVISORY_ID)].map((m) => m[0].toUpperCase()));
}
function topicOf(lower) {
  return TOPIC_KEYWORDS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}
function ecosystemsOf(lower) {
  return ECOSYSTEM_KEYWORDS.filter(([, pattern]) => pattern.test(lower)).map(([e]) => e);
}
function significantWords(lower) {
  const words = lower.replace(/[^a-z0-9\s-]+/g, " ").split(/\s+/).map((w) => trimRuns(w, "-")).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w));
  return unique(words);
}
function unique(values) {
  return [...new Set(values)];
}

// src/readiness/validations.ts
var RAN_AND_DID_NOT_PASS = /* @__PURE__ */ new Set([
  "failed",
  "timed-out",
  "missing-tool",
  "modified-tree",
  "error"
]);
function ranAndDidNotPass(status) {
  return RAN_AND_DID_NOT_PASS.has(status);
}
function provesNothing(status) {
  return status === "not-run" || status === "skipped" || status === "unassessable";
}
function joinResults(validations, results, validationsRun) {
  const byId = new Map(results.map((result) => [result.id, result]));
  return validations.map((validation) => {
    const result = byId.get(validation.id);
    const planned = {
      id: validation.id,
      name: validation.name,
      command: validation.command,
      cwd: validation.cwd,
      critical: validation.critical,
      tool: validation.tool,
      kind: validation.kind ?? null,
      paths: validation.check?.kind === "paths-exist" ? [...validation.check.paths] : null,
      verifies: [...validation.verifies],
      source: { ...validation.source }
    };
    if (result === void 0) {
      return {
        ...planned,
        status: "not-run",
        exitCode: null,
        signal: null,
        durationMs: null,
        summary: validationsRun ? "no result was reported" : "not run",
        counts: {},
        findings: [],
        droppedFindings: 0,
        hint: null,
        output: null
      };
    }
    return {
      ...planned,
      status: result.status,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
      summary: result.report.summary.trim() === "" ? result.status : result.report.summary,
      counts: { ...result.report.counts },
      findings: result.report.findings,
      droppedFindings: result.report.droppedFindings,
      hint: result.hint,
      output: result.output
    };
  });
}

// src/readiness/declared.ts
function compareDeclared(checklist, verdict, blockers, validations) {
  const status = checklist.status;
  if (status === null) {
    return { declared: null, agreement: "not-comparable", blockers: [], newBlockers: [] };
  }
  const declaredSubjects = status.blockers.map((declared) => subjectOfText(declared.text));
  const assessed = status.blockers.map((declared, i) => ({
    text: declared.text,
    line: declared.line,
    ...declaredBlockerState(declaredSubjects[i], blockers, validations)
  }));
  const newBlockers = blockers.filter(({ subject }) => !declaredSubjects.some((d) => matchSubjects(d, subject) !== null)).map(({ blocker }) => ({
    text: blocker.text,
    line: blocker.line,
    validationId: blocker.kind === "validation" ? blocker.validationId : null
  }));
  return {
    declared: {
      line: status.line,
      overallReadiness: status.overallReadiness,
      ready: status.ready,
      lastValidation: status.lastValidation,
      nextSteps: status.nextSteps
    },
    agreement: agreementOf(status.ready, verdict),
    blockers: assessed,
    newBlockers
  };
}
function agreementOf(declaredReady, verdict) {
  if (declaredReady === null || verdict === "unassessed") return "not-comparable";
  const computedReady = verdict === "ready";
  if (declaredReady === computedReady) return "agrees";
  return declaredReady ? "declared-ready-but-not-ready" : "declared-not-ready-but-ready";
}
function declaredBlockerState(declared, blockers, validations) {
  const failing = blockers.find(
    ({ blocker, subject }) => blocker.kind === "validation" && matchSubjects(declared, subject)
  );
  if (failing !== void 0) return { state: "still-holds", evidence: failing.blocker.text };
  const onTopic = validations.filter(
    ({ validation, subject }) => !provesNothing(validation.status) && declared.topic !== null && subject.topic === declared.topic && ecosystemsCompatible(declared, subject)
  );
  const failingOnTopic = onTopic.find(
    ({ validation }) => ranAndDidNotPass(validation.status) && stillReports(validation, declared)
  );
  if (failingOnTopic !== void 0) {
    const v = failingOnTopic.validation;
    return { state: "still-holds", evidence: `${v.name} \u2014 ${v.summary}` };
  }
  if (onTopic.length > 0)
    return { state: "resolved", evidence: resolvedEvidence(declared, onTopic) };
  const itemBlocker = blockers.find(
    ({ blocker, subject }) => blocker.kind === "unchecked-items" && matchSubjects(declared, subject)
  ) ?? blockers.find(
    ({ blocker, subject }) => blocker.kind !== "validation" && matchSubjects(declared, subject)
  );
  if (itemBlocker !== void 0) {
    const { blocker } = itemBlocker;
    return {
      state: "still-holds",
      evidence: blocker.kind === "unchecked-items" ? `unchecked: ${blocker.itemText} (line ${blocker.line})` : blocker.text
    };
  }
  return { state: "unknown", evidence: null };
}
function resolvedEvidence(declared, onTopic) {
  const failing = onTopic.filter(({ validation }) => validation.status !== "passed");
  if (failing.length > 0 && declared.advisories.length > 0) {
    const names = failing.map(({ validation }) => validation.name).join(", ");
    return `${names} no longer reports ${declared.advisories.join(", ")}`;
  }
  return `${onTopic.map(({ validation }) => validation.name).join(", ")} passed`;
}
function stillReports(validation, declared) {
  if (declared.advisories.length === 0) return true;
  const reported = advisoriesOf(validation);
  return reported.length === 0 || declared.advisories.some((id) => reported.includes(id));
}
function advisoriesOf(validation) {
  const fromFindings = validation.findings.flatMap(
    (finding) => finding.code === void 0 ? [] : advisoriesIn(finding.code)
  );
  return [.../* @__PURE__ */ new Set([...fromFindings, ...advisoriesIn(validation.summary)])];
}

// src/readiness/progress.ts
var LEVELS = ["critical", "high", "medium", "low", "none"];
function phaseProgress(checklist) {
  return checklist.phases.map((phase) => {
    const items = phaseItems(phase);
    const checked = items.filter((item) => item.checked).length;
    return {
      number: phase.number,
      title: phase.title,
      heading: phase.heading,
      line: phase.line,
      priority: phase.priority,
      checked,
      total: items.length,
      percent: percent(checked, items.length)
    };
  });
}
function priorityCounts(phases) {
  return LEVELS.map((level) => {
    const ofLevel = phases.filter((phase) => phase.priority.level === level);
    return {
      level,
      phases: ofLevel.length,
      checked: sum(ofLevel.map((phase) => phase.checked)),
      total: sum(ofLevel.map((phase) => phase.total))
    };
  }).filter((count) => count.phases > 0);
}
function percent(part, total) {
  return total === 0 ? 100 : Math.floor(part * 100 / total);
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/readiness/reconcile.ts
function itemMismatches(checklist, validations) {
  const linkedByLine = /* @__PURE__ */ new Map();
  for (const validation of validations) {
    for (const line of new Set(validation.verifies)) {
      linkedByLine.set(line, [...linkedByLine.get(line) ?? [], validation]);
    }
  }
  const phaseByLine = phaseNamesByItemLine(checklist);
  const claimedDoneFailing = [];
  const passesTickIt = [];
  for (const item of allItems(checklist)) {
    const linked = linkedByLine.get(item.line) ?? [];
    if (linked.length === 0) continue;
    const mismatch = {
      line: item.line,
      text: item.text,
      checked: item.checked,
      phase: phaseByLine.get(item.line) ?? null,
      validations: linked.map(toLinked)
    };
    if (item.checked && linked.some((v) => ranAndDidNotPass(v.status))) {
      claimedDoneFailing.push(mismatch);
    } else if (!item.checked && linked.every((v) => v.status === "passed")) {
      passesTickIt.push(mismatch);
    }
  }
  return { claimedDoneFailing, passesTickIt };
}
function signOffSummary(signOffs, approvals = { kind: "no-pull-request" }) {
  const roles = signOffs.map((signOff) => signOffState(signOff, approvals));
  return {
    signed: roles.filter((role) => role.state === "signed").length,
    total: roles.length,
    roles
  };
}
function signOffState(signOff, approvals) {
  const login = signOff.signed.filled ? signatureLogin(signOff.signed.value) : null;
  return {
    role: signOff.role,
    line: signOff.line,
    signed: { ...signOff.signed },
    date: { ...signOff.date },
    itemsChecked: signOff.items.filter((item) => item.checked).length,
    itemsTotal: signOff.items.length,
    state: signOffVerdict(signOff, login, approvals),
    login
  };
}
function signOffVerdict(signOff, login, approvals) {
  if (!signOff.signed.filled) return "unsigned";
  if (login === null) return "signed";
  const state = approvalState(approvals, login);
  return state === "approved" ? "signed" : state === "not-approved" ? "claimed" : "unverified";
}
function toLinked(validation) {
  return {
    id: validation.id,
    name: validation.name,
    status: validation.status,
    summary: validation.summary
  };
}
function phaseNamesByItemLine(checklist) {
  const names = /* @__PURE__ */ new Map();
  for (const phase of checklist.phases) {
    for (const item of phaseItems(phase)) names.set(item.line, phaseLabel(phase));
  }
  return names;
}

// src/readiness/github-evidence.ts
function judgeReferences(items, lookups, critical) {
  const checks = [];
  for (const item of items) {
    for (const reference of item.references) {
      const judged = judge(reference, item.checked, lookups);
      checks.push({
        line: item.line,
        itemText: item.text,
        checked: item.checked,
        critical: critical.has(item.line),
        reference: {
          kind: reference.kind,
          target: lookups === null ? fallbackLabel(reference) : referenceLabel(reference, lookups.repository)
        },
        state: judged.state,
        evidence: judged.evidence,
        url: judged.url
      });
    }
  }
  return {
    consulted: lookups !== null,
    apiCalls: lookups?.apiCalls ?? 0,
    unreadable: lookups?.unreadable ?? [],
    references: checks,
    tickIt: tickItLines(checks)
  };
}
function contradictionBlockers(summary) {
  const byLine = /* @__PURE__ */ new Map();
  for (const check of summary.references) {
    if (!check.critical || check.state !== "contradicted") continue;
    byLine.set(check.line, [...byLine.get(check.line) ?? [], check]);
  }
  return [...byLine.entries()].map(([line, contradicted]) => {
    const evidence = contradicted.map((check) => check.evidence).join("; ");
    return {
      kind: "github-contradiction",
      text: `${contradicted[0].itemText} \u2014 ticked, contradicted by GitHub: ${evidence}`,
      itemText: contradicted[0].itemText,
      line,
      evidence
    };
  });
}
function tickItLines(checks) {
  const lines = /* @__PURE__ */ new Map();
  for (const check of checks) {
    if (check.checked) continue;
    lines.set(check.line, (lines.get(check.line) ?? true) && check.state === "tick-it");
  }
  return [...lines.entries()].filter(([, all]) => all).map(([line]) => line);
}
function judge(reference, checked, lookups) {
  if (lookups === null) {
    return {
      state: "unverified",
      evidence: "GitHub was not consulted (no token or repository)",
      url: null
    };
  }
  const key = referenceKey(reference);
  const label = referenceLabel(reference, lookups.repository);
  switch (reference.kind) {
    case "issue": {
      const found = lookups.issues.get(key);
      if (found === void 0) return unread(`${label} could not be read`);
      return outcome(checked, issueSatisfied(found), issueEvidence(label, found), found);
    }
    case "check": {
      const found = lookups.checks.get(key);
      if (found === void 0) return unread(`check '${label}' could not be read`);
      const sha = lookups.headSha === null ? "the head commit" : lookups.headSha.slice(0, 7);
      if (found.kind === "none") return unread(`no check run named '${label}' on ${sha}`);
      if (found.status !== "completed") {
        return {
          ...unread(`check '${label}' is ${found.status.replace(/_/g, " ")} on ${sha}`),
          url: found.url
        };
      }
      const conclusion = found.conclusion ?? "no conclusion";
      const judged = outcome(
        checked,
        found.conclusion === "success",
        `check '${label}' concluded ${conclusion} on ${sha}`,
        null
      );
      return { ...judged, url: found.url };
    }
    case "file": {
      const exists = lookups.files.get(key);
      if (exists === void 0) return unread(`${label} could not be looked up`);
      return outcome(
        checked,
        exists,
        exists ? `${label} exists at the head` : `${label} does not exist at the head`,
        null
      );
    }
  }
}
function issueSatisfied(found) {
  if (found.kind === "not-found") return null;
  if (found.kind === "issue") return found.state === "closed";
  return found.state === "merged";
}
function issueEvidence(label, found) {
  if (found.kind === "not-found") return `${label} was not found (or the token cannot see it)`;
  if (found.kind === "pull-request") {
    const state = { open: "is open", closed: "was closed without merging", merged: "is merged" }[found.state];
    return `pull request ${label} ${state}`;
  }
  if (found.state === "open") return `issue ${label} is open`;
  const reason = found.stateReason === "NOT_PLANNED" ? " as not planned" : "";
  return `issue ${label} is closed${reason}`;
}
function outcome(checked, satisfied, evidence, found) {
  const url = found !== null && found.kind !== "not-found" ? found.url : null;
  if (satisfied === null) return { state: "unverified", evidence, url };
  if (checked) return { state: satisfied ? "confirmed" : "contradicted", evidence, url };
  return { state: satisfied ? "tick-it" : "open", evidence, url };
}
function unread(evidence) {
  return { state: "unverified", evidence, url: null };
}
function fallbackLabel(reference) {
  return reference.kind === "issue" ? `${reference.owner}/${reference.repo}#${reference.number}` : reference.kind === "check" ? reference.name : reference.path;
}

// src/readiness/waivers.ts
function judgeWaiver(written, evidence) {
  const problems = [];
  if (written.reason === null) problems.push("no-reason");
  if (written.expires === null) problems.push("no-expiry");
  else if (!isCalendarDate(written.expires)) problems.push("bad-expiry");
  else if (evidence.now.getTime() > endOfDayUtc(written.expires)) problems.push("expired");
  if (written.approver === null) {
    problems.push("no-approver");
  } else {
    const state = approvalState(evidence.approvals, written.approver);
    if (state === "not-approved") problems.push("not-approved");
    if (state === "unverified") problems.push("approval-unverified");
  }
  const valid = problems.length === 0;
  return {
    valid,
    problems,
    why: valid ? `approved by @${written.approver} until ${written.expires}` : problems.map((problem) => PROBLEM_TEXT[problem](written, evidence.approvals)).join("; ")
  };
}
var PROBLEM_TEXT = {
  "no-reason": () => "no reason given",
  "no-approver": () => 'no approver named ("approved by @login")',
  "no-expiry": () => 'no expiry date ("until YYYY-MM-DD")',
  "bad-expiry": (w) => `expiry '${w.expires}' is not a date (YYYY-MM-DD)`,
  expired: (w) => `expired on ${w.expires}`,
  "not-approved": (w) => `@${w.approver} has not approved this pull request`,
  "approval-unverified": (w, a) => `@${w.approver}'s approval could not be verified (${a.kind === "unreadable" ? a.reason : "no pull request"})`
};
function endOfDayUtc(date) {
  return Date.parse(`${date}T23:59:59.999Z`);
}
function itemWaivers(items, configured, evidence) {
  const waivers = /* @__PURE__ */ new Map();
  for (const item of items) {
    const written = readWaiver(item.text);
    if (written !== null) {
      waivers.set(item.line, {
        source: "checklist",
        line: item.line,
        configLine: null,
        ...written,
        ...judgeWaiver(written, evidence)
      });
      continue;
    }
    const entry = configuredFor(item.text, configured);
    if (entry !== null) waivers.set(item.line, configState(entry, item.text, item.line, evidence));
  }
  return waivers;
}
function configuredFor(text, configured) {
  const words = ` ${itemWords(text).join(" ")} `;
  return configured.find((entry) => {
    const wanted = itemWords(entry.item).join(" ");
    return wanted !== "" && words.includes(` ${wanted} `);
  }) ?? null;
}
function configState(entry, text, line, evidence) {
  const written = {
    subject: text,
    reason: entry.reason,
    approver: entry.approver,
    expires: entry.expires
  };
  return {
    source: "config",
    line,
    configLine: entry.line,
    ...written,
    ...judgeWaiver(written, evidence)
  };
}

// src/readiness/comparison.ts
function assessChanges(input) {
  const byLine = itemWaivers(input.items, input.configured, input.evidence);
  const waivers = [...byLine.values()];
  const waiverBlockers = waivers.flatMap(
    (waiver) => waiver.valid || waiver.line === null || !input.criticalLines.has(waiver.line) ? [] : [
      {
        kind: "waiver",
        text: `${waiver.subject} \u2014 waiver does not hold: ${waiver.why}`,
        itemText: waiver.subject,
        line: waiver.line,
        problems: waiver.problems,
        why: waiver.why
      }
    ]
  );
  const base = input.base;
  if (base === null) {
    return {
      waivers,
      waivedLines: new Set(byLine.keys()),
      waiverBlockers,
      changeBlockers: [],
      comparison: null,
      notes: []
    };
  }
  const comparison = {
    state: base.state,
    ref: base.ref,
    source: base.state === "skipped" ? null : base.source,
    reason: base.state === "skipped" ? base.reason : null,
    items: [],
    commands: [],
    ticks: [],
    scriptSteps: []
  };
  const changeBlockers = [];
  if (base.state === "compared") {
    const { diff } = base;
    comparison.items = diff.items.map((change) => {
      const waiver = change.head === null ? removedItemWaiver(change.base.text, input.configured, input.evidence) : byLine.get(change.head.line) ?? null;
      if (change.head === null && waiver !== null) waivers.push(waiver);
      return { ...change, waiver };
    });
    for (const change of comparison.items) {
      if (change.kind === "reworded" || change.waiver?.valid === true) continue;
      const what = change.kind === "removed" ? "removed" : `moved out of ${change.base.phase}`;
      const waiverNote = change.waiver === null ? "" : ` \u2014 waiver does not hold: ${change.waiver.why}`;
      changeBlockers.push({
        kind: "checklist-change",
        text: `Critical item ${what} (base line ${change.base.line}): ${change.base.text}${waiverNote}`,
        change: change.kind,
        itemText: change.base.text,
        line: change.anchorLine,
        baseLine: change.base.line,
        waiverProblems: change.waiver === null ? null : change.waiver.problems
      });
    }
    comparison.commands = diff.commands;
    comparison.scriptSteps = diff.scriptSteps;
    comparison.ticks = diff.ticks.map((tick) => ({
      ...tick,
      evidence: tickEvidence(tick.headLine, byLine, input.validations)
    }));
  }
  return {
    waivers,
    waivedLines: new Set(byLine.keys()),
    waiverBlockers,
    changeBlockers,
    comparison,
    notes: comparisonNotes(comparison)
  };
}
function removedItemWaiver(text, configured, evidence) {
  const entry = configuredFor(text, configured);
  return entry === null ? null : configState(entry, text, null, evidence);
}
function tickEvidence(line, waivers, validations) {
  if (waivers.get(line)?.valid === true) return "waived";
  const linked = validations.filter((validation) => validation.verifies.includes(line));
  if (linked.length === 0) return "unproven";
  return linked.every((validation) => validation.status === "passed") ? "proven" : "failing";
}
function comparisonNotes(comparison) {
  if (comparison.state !== "skipped" || comparison.ref === null) return [];
  return [`Not compared with the base: ${comparison.reason}.`];
}

// src/readiness/assess.ts
function assess(input) {
  const { checklist, rules, validationsRun } = input;
  const validations = joinResults(input.validations, input.results, validationsRun);
  const criticalValidations = validations.filter((v) => v.critical);
  const criticalItemCount = criticalPhases(checklist).flatMap(phaseItems).length;
  const validationsRequired = rules.requireValidations && criticalValidations.length > 0;
  const gatesOnValidations = validationsRequired && validationsRun;
  const failedValidations = validationsRun ? validationBlockers(validations) : [];
  const criticalLines = new Set(
    criticalPhases(checklist).flatMap(phaseItems).map((item) => item.line)
  );
  const items = allItems(checklist);
  const changes = assessChanges({
    items,
    criticalLines,
    configured: input.waivers ?? [],
    evidence: {
      approvals: input.approvals ?? { kind: "no-pull-request" },
      now: input.now ?? /* @__PURE__ */ new Date()
    },
    base: input.base ?? null,
    validations
  });
  const uncheckedItems = uncheckedItemBlockers(checklist, changes.waivedLines);
  const github = judgeReferences(
    input.github?.items ?? [],
    input.github?.lookups ?? null,
    criticalLines
  );
  const gatesOnItems = rules.requireItems && (criticalItemCount > 0 || changes.changeBlockers.length > 0);
  const blockers = [
    ...gatesOnValidations ? failedValidations : [],
    ...gatesOnItems ? [
      ...changes.changeBlockers,
      ...uncheckedItems,
      ...changes.waiverBlockers,
      ...contradictionBlockers(github)
    ] : []
  ];
  const verdict = verdictOf({ gatesOnValidations, gatesOnItems, validationsRequired, blockers });
  const phases = phaseProgress(checklist);
  const itemsByLine = new Map(items.map((item) => [item.line, item]));
  const subjectBlockers = blockers.map((blocker) => withSubject(blocker, itemsByLine, validations));
  const subjectValidations = validations.map((validation) => ({
    validation,
    subject: validationSubject(validation)
  }));
  return {
    verdict,
    ready: verdict === "ready",
    criticalValidationsPassed: criticalValidationsPassed(validationsRun, validations),
    basis: { validations: gatesOnValidations, items: gatesOnItems },
    notes: [
      ...verdictNotes({
        rules,
        validationsRun,
        validationsRequired,
        criticalValidations: criticalValidations.length,
        criticalItems: criticalItemCount,
        verdict
      }),
      ...claimsNote(input.unverifiedClaims ?? []),
      ...github.unreadable,
      ...evidenceNotes(validations),
      ...changes.notes
    ],
    rules: { ...rules },
    validationsRun,
    checklist: {
      file: checklist.file,
      title: checklist.title,
      lineCount: checklist.lineCount,
      items: items.length,
      checked: items.filter((item) => item.checked).length
    },
    blockers,
    validations,
    refused: (input.refused ?? []).map((refused) => ({ ...refused })),
    phases,
    priorities: priorityCounts(phases),
    reconciliation: {
      ...itemMismatches(checklist, validations),
      placeholders: checklist.placeholders.map((placeholder) => ({ ...placeholder })),
      signOffs: signOffSummary(checklist.signOffs, input.approvals),
      declared: compareDeclared(checklist, verdict, subjectBlockers, subjectValidations),
      unverifiedClaims: (input.unverifiedClaims ?? []).map((claim) => ({ ...claim })),
      github
    },
    ...changes.waivers.length === 0 ? {} : { waivers: changes.waivers },
    ...changes.comparison === null ? {} : { comparison: changes.comparison }
  };
}
function verdictOf(facts) {
  if (!facts.gatesOnValidations && !facts.gatesOnItems) return "unassessed";
  if (facts.blockers.length > 0) return "not-ready";
  if (facts.validationsRequired && !facts.gatesOnValidations) return "unassessed";
  return "ready";
}
function verdictNotes(facts) {
  const { rules, validationsRun } = facts;
  const notes = [];
  if (!validationsRun) {
    notes.push(
      facts.validationsRequired ? "Validations were not run: the verdict requires the critical validations to pass, so it cannot be ready." : rules.requireItems && facts.criticalItems > 0 ? "Validations were not run: the verdict rests on the checklist items only." : "Validations were not run and no checklist item gates readiness: nothing was assessed."
    );
  } else if (rules.requireValidations && facts.criticalValidations === 0) {
    notes.push("No critical validation was planned: no command proves the checklist.");
  }
  if (!rules.requireValidations) {
    notes.push("Validation results do not gate readiness (requireValidations is off).");
  }
  if (!rules.requireItems) {
    notes.push("Unchecked items do not gate readiness (requireItems is off).");
  } else if (facts.criticalItems === 0) {
    notes.push("The checklist has no critical-priority phase: no item gates readiness.");
  }
  if (facts.verdict === "unassessed" && validationsRun) {
    notes.push("Nothing gated readiness, so no verdict was given.");
  }
  return notes;
}
function claimsNote(claims) {
  if (claims.length === 0) return [];
  const items = new Set(claims.map((claim) => claim.line)).size;
  return [
    `${items === 1 ? "1 ticked item claims" : `${items} ticked items claim`} a Verify command that no validation checks (see "Ticked, but nothing checks it").`
  ];
}
function evidenceNotes(validations) {
  const notes = [];
  for (const validation of validations) {
    if (validation.status === "modified-tree") {
      const changes = validation.findings.filter((finding) => finding.kind === "tree-change");
      const files = changes.flatMap(
        (finding) => finding.file === void 0 ? [] : [posix2.normalize(posix2.join(validation.cwd, finding.file))]
      );
      const other = changes.filter((finding) => finding.file === void 0);
      const listed = [
        ...other.map((finding) => finding.message),
        ...files.slice(0, MAX_NOTED_FILES)
      ].join(", ");
      const more = files.length > MAX_NOTED_FILES ? `, and ${files.length - MAX_NOTED_FILES} more` : "";
      const count = files.length === 1 ? "1 file" : `${files.length} files`;
      notes.push(
        `Validation '${validation.name}' changed ${count}${listed === "" ? "" : `: ${listed}${more}`}; the gate did not restore ${files.length === 1 ? "it" : "them"}.`
      );
    } else if (validation.status === "unassessable") {
      notes.push(
        `Validation '${validation.name}' could not assess: ${validation.summary}. It proves nothing either way${validation.critical ? " and blocks a ready verdict" : ""}.`
      );
    }
  }
  return notes;
}
var MAX_NOTED_FILES = 10;
function validationSubject(validation) {
  const subject = subjectOfValidation(validation);
  return { ...subject, advisories: advisoriesOf(validation) };
}
function withSubject(blocker, itemsByLine, validations) {
  if (blocker.kind === "validation") {
    return { blocker, subject: validationBlockerSubject(blocker, validations) };
  }
  if (blocker.kind === "github-contradiction") {
    return { blocker, subject: subjectOfText(`${blocker.itemText} ${blocker.evidence}`) };
  }
  if (blocker.kind === "unchecked-items") {
    return { blocker, subject: itemsBlockerSubject(blocker, itemsByLine, validations) };
  }
  return { blocker, subject: subjectOfText(blocker.itemText) };
}
function validationBlockerSubject(blocker, validations) {
  const validation = validations.find((v) => v.id === blocker.validationId);
  const own = validationSubject(validation);
  return mergeSubjects([own, { ...subjectOfText(blocker.keyFinding), topic: null }]);
}
function itemsBlockerSubject(blocker, itemsByLine, validations) {
  const root = itemsByLine.get(blocker.line);
  const commands = root === void 0 ? "" : root.commands.map((c) => c.text).join(" ");
  const groupLines = new Set(root === void 0 ? [] : subtree(root).map((item) => item.line));
  const linked = validations.filter((v) => v.verifies.some((line) => groupLines.has(line))).map((v) => ({ ...subjectOfValidation(v), words: [] }));
  return mergeSubjects([subjectOfText(`${blocker.itemText} ${commands}`), ...linked]);
}

// src/gate.ts
async function planReadiness(options) {
  const names = options.settingNames;
  const checklist = loadChecklist(options.checklistPath, options.checklistPath, names?.checklist);
  const config = options.configPath === null ? null : await readConfig(options.configPath, options.configRequired, names?.config);
  const plan = planValidations(checklist, config, {
    readPackageScripts: packageScriptsReader(options.root)
  });
  const rules = {
    requireValidations: config?.gate?.requireValidations ?? true,
    requireItems: config?.gate?.requireItems ?? true
  };
  return { checklist, config, plan, rules };
}
function assessReadiness(planned, results, validationsRun, evidence = {}) {
  return assess({
    ...evidence,
    checklist: planned.checklist,
    validations: planned.plan.validations,
    results,
    rules: planned.rules,
    refused: planned.plan.refused,
    unverifiedClaims: planned.plan.unverifiedClaims,
    validationsRun,
    ...planned.config?.waivers === void 0 ? {} : { waivers: planned.config.waivers }
  });
}
async function evaluateReadiness(options) {
  const planned = await planReadiness(options);
  const { checklist, config, plan, rules } = planned;
  options.progress?.planned?.(plan);
  const evidence = startEvidence(planned, options);
  const notRunReason = !options.runValidations ? "validations are switched off (run-validations: false)" : options.refuseCommands;
  const secrets = options.secrets ?? [];
  const finished = options.progress?.finished;
  let results = [];
  let treeProof = null;
  if (notRunReason === null) {
    const { runValidations, ProcessRunner, TreeWatch } = await import("./start-validations-BBQ5A6TD.js");
    const tree = await TreeWatch.start(options.root);
    results = await runValidations(options.select?.(plan.validations) ?? plan.validations, {
      tree,
      root: options.root,
      concurrency: options.concurrency ?? config?.concurrency ?? os.availableParallelism(),
      runner: new ProcessRunner(),
      onStart: options.progress?.started,
      onEnd: finished === void 0 ? void 0 : (validation, result) => {
        finished(validation, maskResult(result, secrets));
      }
    });
    treeProof = await tree.finish();
  }
  results = results.map((result) => maskResult(result, secrets));
  const assessment = assessReadiness(planned, results, notRunReason === null, await evidence());
  if (options.runValidations && options.refuseCommands !== null) {
    refusedCommands(assessment, options.refuseCommands);
  }
  const runNotes = treeProof === null ? [] : treeProofNotes(treeProof);
  assessment.notes.push(...runNotes);
  return { checklist, plan, results, assessment, rules, notRunReason, runNotes };
}
function startEvidence(planned, options) {
  const { checklist, config } = planned;
  const source = options.github ?? null;
  const approvalsRead = options.approvals !== void 0 || source === null || !needsApprovals(checklist, config) ? Promise.resolve(options.approvals) : source.readApprovals();
  approvalsRead.catch(() => void 0);
  const referencing = source === null ? [] : findItemReferences(allItems(checklist), source.scope);
  const lookups = source === null ? Promise.resolve(null) : source.lookUp(referencing);
  lookups.catch(() => void 0);
  const comparing = compareIfAsked(checklist, options, config);
  return async () => ({
    ...approvalsOption(await approvalsRead),
    github: { items: referencing, lookups: await lookups },
    base: await comparing,
    ...options.now === void 0 ? {} : { now: options.now }
  });
}
function needsApprovals(checklist, config) {
  return checklist.signOffs.some(
    (signOff) => signOff.signed.filled && signatureLogin(signOff.signed.value) !== null
  ) || (config?.waivers?.length ?? 0) > 0 || allItems(checklist).some((item) => readWaiver(item.text) !== null);
}
function approvalsOption(approvals) {
  return approvals === void 0 ? {} : { approvals };
}
async function compareIfAsked(checklist, options, config) {
  if (options.compare === void 0) return null;
  const compare = options.compare;
  const configRef = config?.compare?.ref ?? null;
  if ((compare.ref ?? configRef) === null) {
    return compare.noBase === null ? null : { state: "skipped", ref: null, reason: compare.noBase };
  }
  try {
    const { compareWithBase } = await import("./compare-OZIGUBRB.js");
    return await compareWithBase(checklist, options.checklistPath, compare, configRef);
  } catch (error) {
    return {
      state: "skipped",
      ref: compare.ref ?? configRef,
      reason: `the base checklist could not be compared: ${errorMessage(error)}`
    };
  }
}
var MAX_PACKAGE_JSON_BYTES = 1024 * 1024;
function packageScriptsReader(root) {
  const cache = /* @__PURE__ */ new Map();
  return (cwd) => {
    if (!cache.has(cwd)) cache.set(cwd, readPackageScripts(root, cwd));
    return cache.get(cwd);
  };
}
function readPackageScripts(root, cwd) {
  try {
    const realRoot = fs.realpathSync(root);
    const file = fs.realpathSync(path2.resolve(realRoot, cwd, "package.json"));
    const relative2 = path2.relative(realRoot, file);
    if (relative2.startsWith("..") || path2.isAbsolute(relative2)) return null;
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_PACKAGE_JSON_BYTES) return null;
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    const scripts = json?.scripts;
    if (typeof scripts !== "object" || scripts === null || Array.isArray(scripts)) return {};
    return Object.fromEntries(
      Object.entries(scripts).filter(
        (entry) => typeof entry[1] === "string"
      )
    );
  } catch {
    return null;
  }
}
async function readConfig(configPath, required, setting) {
  if (!required && !fs.existsSync(configPath)) return null;
  const { loadConfig } = await import("./config-WMJHQZNQ.js");
  return loadConfig(configPath, setting === void 0 ? { required } : { required, setting });
}
function refusedCommands(assessment, reason) {
  assessment.notes.unshift(`Validations were not run: ${reason}.`);
  if (assessment.verdict === "ready") {
    assessment.verdict = "unassessed";
    assessment.ready = false;
  }
}
function treeProofNotes(proof) {
  const notes = proof.problems.map((problem) => `Tree check incomplete: ${problem}.`);
  if (proof.unattributed.length > 0) {
    const shown = proof.unattributed.slice(0, 5).map((change) => change.description);
    const more = proof.unattributed.length > 5 ? `, and ${proof.unattributed.length - 5} more` : "";
    notes.push(
      `The tree changed while no validation was running (a process that outlived its validation?): ${shown.join("; ")}${more}; the gate did not restore it.`
    );
  }
  return notes;
}

export {
  planReadiness,
  assessReadiness,
  evaluateReadiness,
  startEvidence,
  packageScriptsReader,
  treeProofNotes
};
//# sourceMappingURL=chunk-4B5EJ7TX.js.map
