import {
  ConfigurationError,
  describeNeedsProblem,
  errorMessage,
  flagCheck,
  formatDuration,
  inheritableEnvironment,
  needsProblem,
  ownEntry,
  plural,
  programName,
  randomHex,
  recognises,
  simpleCommands,
  stripAnsi,
  toolIdFor,
  truncate
} from "./chunk-XOXU4LMM.js";
import "./chunk-2JGVJ37I.js";

// src/run/scheduler.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import path8 from "node:path";
import { performance as performance3 } from "node:perf_hooks";

// src/run/missing-js-dependency.ts
var READERS = [
  {
    // " MISSING DEPENDENCY  Cannot find dependency '@vitest/coverage-v8'"
    tool: "vitest",
    pattern: /^MISSING DEPENDENCY\s+Cannot find dependency '([^'\s]+)'$/,
    said: (name) => `Cannot find dependency '${name}'`
  },
  {
    // "Test environment jest-environment-jsdom cannot be found. Make sure the …"
    tool: "jest",
    pattern: /^Test environment (\S+) cannot be found\./,
    said: (name) => `test environment ${name} cannot be found`
  },
  {
    // "Preset ts-jest not found relative to rootDir /home/runner/work/app."
    tool: "jest",
    pattern: /^Preset (\S+) not found\b/,
    said: (name) => `preset ${name} not found`
  },
  {
    // ESLint 9: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'eslint-plugin-react'
    // imported from /home/runner/work/app/eslint.config.js"
    tool: "eslint",
    pattern: /^Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package '([^'\s]+)' imported from \S*\beslint\.config\.[cm]?[jt]s$/,
    said: (name) => `its config imports ${name}, which cannot be found`
  },
  {
    // ESLint 8 (eslintrc): 'ESLint couldn't find the plugin "eslint-plugin-react".'
    tool: "eslint",
    pattern: /^ESLint couldn't find the plugin "([^"\s]+)"\.$/,
    said: (name) => `couldn't find the plugin ${name}`
  },
  {
    // Prettier 3 loads plugins from a stand-in file: "[error] Cannot find package
    // 'prettier-plugin-tailwindcss' imported from /home/runner/work/app/noop.js"
    tool: "prettier",
    pattern: /^\[error\] Cannot find package '([^'\s]+)' imported from \S*\/noop\.js$/,
    said: (name) => `Cannot find package '${name}'`
  }
];
function missingJsDependency(reversedLines) {
  for (const raw of reversedLines) {
    const line = raw.trim();
    for (const reader of READERS) {
      const packageName = reader.pattern.exec(line)?.[1];
      if (packageName !== void 0) {
        return { packageName, tool: reader.tool, said: reader.said(packageName) };
      }
    }
  }
  return null;
}

// src/run/missing-pytest-plugin.ts
var PYTEST_USAGE_ERROR_EXIT = 4;
var UNRECOGNIZED = /^(?:pytest|py\.test|__main__\.py): error: unrecognized arguments: (.+)$/;
var CONFIG_FILE = /^(?:inifile|configfile): (.+)$/;
var PLUGIN_IMPORT = /^ImportError: Error importing plugin "([^"]+)": No module named /;
var PLUGIN_OF_OPTION = {
  "--cov": "pytest-cov",
  "--cov-report": "pytest-cov",
  "--cov-fail-under": "pytest-cov",
  "--cov-branch": "pytest-cov",
  "--cov-config": "pytest-cov",
  "--cov-append": "pytest-cov",
  "--cov-context": "pytest-cov",
  "--no-cov": "pytest-cov",
  "--no-cov-on-fail": "pytest-cov",
  "-n": "pytest-xdist",
  "--numprocesses": "pytest-xdist",
  "--maxprocesses": "pytest-xdist",
  "--dist": "pytest-xdist",
  "--timeout": "pytest-timeout",
  "--timeout-method": "pytest-timeout",
  "--reruns": "pytest-rerunfailures",
  "--reruns-delay": "pytest-rerunfailures",
  "--only-rerun": "pytest-rerunfailures",
  "--html": "pytest-html",
  "--self-contained-html": "pytest-html",
  "--asyncio-mode": "pytest-asyncio",
  "--randomly-seed": "pytest-randomly",
  "--randomly-dont-reorganize": "pytest-randomly",
  "--mypy": "pytest-mypy",
  "--snapshot-update": "syrupy",
  "--json-report": "pytest-json-report",
  "--count": "pytest-repeat",
  "--forked": "pytest-forked",
  "--testmon": "pytest-testmon",
  "--instafail": "pytest-instafail",
  "--ds": "pytest-django",
  "--reuse-db": "pytest-django",
  "--create-db": "pytest-django",
  "--alluredir": "allure-pytest",
  "--memray": "pytest-memray"
};
var PLUGIN_OF_PREFIX = [
  ["--benchmark-", "pytest-benchmark"],
  ["--hypothesis-", "hypothesis"]
];
var PLUGIN_OF_MODULE = {
  xdist: "pytest-xdist",
  pytest_cov: "pytest-cov",
  cov: "pytest-cov",
  timeout: "pytest-timeout",
  pytest_timeout: "pytest-timeout",
  randomly: "pytest-randomly",
  pytest_randomly: "pytest-randomly",
  asyncio: "pytest-asyncio",
  pytest_asyncio: "pytest-asyncio",
  pytest_django: "pytest-django",
  pytest_mock: "pytest-mock",
  pytest_benchmark: "pytest-benchmark",
  rerunfailures: "pytest-rerunfailures"
};
function missingPytestPlugin(command, reversedLines, exitCode) {
  const lines = reversedLines.map((line) => line.trim());
  for (const line of lines) {
    const module = PLUGIN_IMPORT.exec(line)?.[1];
    if (module !== void 0) {
      const plugin = ownEntry(PLUGIN_OF_MODULE, module) ?? module.replaceAll("_", "-");
      const said = `Error importing plugin "${module}"`;
      return { plugin, provides: `-p ${module}`, said, configFile: null };
    }
    const unrecognized = UNRECOGNIZED.exec(line)?.[1];
    if (unrecognized === void 0 || exitCode !== PYTEST_USAGE_ERROR_EXIT) continue;
    for (const argument of unrecognized.split(/\s+/)) {
      const option = argument.split("=")[0];
      const plugin = pluginOfOption(option);
      if (plugin === void 0) continue;
      const configFile = commandHasOption(command, option) ? null : configFileOf(lines);
      return {
        plugin,
        provides: option,
        said: `unrecognized argument ${clip(argument)}`,
        configFile
      };
    }
    return null;
  }
  return null;
}
function clip(text) {
  return truncate(text, 60);
}
function pluginOfOption(option) {
  const plugin = ownEntry(PLUGIN_OF_OPTION, option);
  if (plugin !== void 0) return plugin;
  return PLUGIN_OF_PREFIX.find(([prefix]) => option.startsWith(prefix))?.[1];
}
function commandHasOption(command, option) {
  return command.split(/[\s;&|()]+/).some((word) => word === option || word.startsWith(`${option}=`));
}
function configFileOf(lines) {
  for (const line of lines) {
    const file = CONFIG_FILE.exec(line)?.[1];
    if (file !== void 0 && file !== "None") return clip(file.split("/").pop());
  }
  return null;
}

// src/run/missing-tool.ts
var SHELL_NOT_FOUND_EXIT = 127;
var SHELL_NOT_FOUND_PATTERNS = [
  /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): command not found$/,
  /^(?:[^\s:]+: )?\d+: (\S+): not found$/,
  /^[^\s:]+: command not found: (\S+)$/
];
var MISSING_PATH_PATTERN = /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): No such file or directory$/;
var CARGO_NO_SUCH_COMMAND = /^error: no such command: `([^`]+)`/;
var RUSTUP_COMPONENT_MISSING = /^error: '([^']+)' is not installed for the toolchain/;
var RUST_COMPONENT_OF = {
  fmt: "rustfmt",
  "cargo-fmt": "rustfmt",
  rustfmt: "rustfmt",
  clippy: "clippy",
  "cargo-clippy": "clippy",
  "clippy-driver": "clippy"
};
var NODE_HINT = "install Node.js (in Actions: actions/setup-node)";
var PYTHON_HINT = "install Python (in Actions: actions/setup-python)";
var INSTALL_HINTS = {
  "cargo-audit": "install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)",
  rustfmt: "rustup component add rustfmt",
  clippy: "rustup component add clippy",
  cargo: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  rustc: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  rustup: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  npm: NODE_HINT,
  npx: NODE_HINT,
  node: NODE_HINT,
  yarn: "install Yarn: `corepack enable` (Node.js ships Corepack; in Actions after actions/setup-node), or `npm install --global yarn`",
  pnpm: "install pnpm: `corepack enable` (Node.js ships Corepack), or in Actions pnpm/action-setup",
  bun: "install Bun (in Actions: oven-sh/setup-bun)",
  deno: "install Deno (in Actions: denoland/setup-deno)",
  go: "install Go (in Actions: actions/setup-go)",
  gofmt: "install Go (in Actions: actions/setup-go); gofmt ships with it",
  python: `${PYTHON_HINT}; where only \`python3\` exists, call \`python3\``,
  python3: PYTHON_HINT,
  pip: `${PYTHON_HINT}; or call \`python3 -m pip\``,
  pip3: `${PYTHON_HINT}; or call \`python3 -m pip\``,
  poetry: "install Poetry: `pipx install poetry`",
  uv: "install uv: `pipx install uv` (in Actions: astral-sh/setup-uv)",
  java: "install a JDK (in Actions: actions/setup-java)",
  mvn: "install Maven (in Actions: actions/setup-java with a Maven cache)",
  gradle: "install Gradle or use the project's `./gradlew` (in Actions: gradle/actions/setup-gradle)"
};
var NPM_PACKAGE_OF_BIN = {
  tsc: "typescript",
  tsserver: "typescript",
  vitest: "vitest",
  jest: "jest",
  eslint: "eslint",
  prettier: "prettier",
  biome: "@biomejs/biome",
  tsx: "tsx",
  "ts-node": "ts-node",
  mocha: "mocha",
  c8: "c8",
  nyc: "nyc",
  tstyche: "tstyche",
  rollup: "rollup",
  vite: "vite",
  webpack: "webpack-cli",
  esbuild: "esbuild",
  tsup: "tsup",
  playwright: "@playwright/test",
  cypress: "cypress",
  ava: "ava",
  stylelint: "stylelint",
  markdownlint: "markdownlint-cli",
  "markdownlint-cli2": "markdownlint-cli2",
  knip: "knip",
  oxlint: "oxlint",
  dprint: "dprint",
  standard: "standard",
  xo: "xo",
  "vue-tsc": "vue-tsc",
  "svelte-check": "svelte-check",
  ng: "@angular/cli",
  "run-s": "npm-run-all",
  "run-p": "npm-run-all",
  "npm-run-all": "npm-run-all",
  concurrently: "concurrently",
  rimraf: "rimraf",
  "cross-env": "cross-env",
  changeset: "@changesets/cli",
  "semantic-release": "semantic-release",
  publint: "publint",
  attw: "@arethetypeswrong/cli",
  "api-extractor": "@microsoft/api-extractor",
  typedoc: "typedoc",
  swc: "@swc/cli",
  babel: "@babel/cli",
  lerna: "lerna",
  nx: "nx",
  turbo: "turbo"
};
var PIP_PACKAGE_OF_MODULE = {
  pip_audit: "pip-audit",
  pytest: "pytest",
  mypy: "mypy",
  black: "black",
  ruff: "ruff",
  flake8: "flake8",
  pylint: "pylint",
  coverage: "coverage",
  isort: "isort",
  bandit: "bandit",
  safety: "safety",
  tox: "tox",
  nox: "nox",
  pyright: "pyright",
  pycodestyle: "pycodestyle",
  pydocstyle: "pydocstyle",
  pyflakes: "pyflakes",
  autopep8: "autopep8",
  yapf: "yapf",
  build: "build",
  twine: "twine",
  sphinx: "sphinx",
  pre_commit: "pre-commit",
  pip_licenses: "pip-licenses",
  detect_secrets: "detect-secrets",
  vulture: "vulture",
  radon: "radon",
  codespell_lib: "codespell",
  deptry: "deptry",
  nose2: "nose2",
  hypothesis: "hypothesis",
  mkdocs: "mkdocs",
  pdoc: "pdoc",
  poetry: "poetry",
  pipenv: "pipenv",
  uv: "uv"
};
var BINARY_NOT_FOUND_HINT = "binary not found; did the build step succeed?";
function runsThroughNpm(command) {
  return /\bnpm\s+(?:run|test|t|start|exec|x)\b|\bnpx\b/.test(command);
}
function installHint(tool, command = "") {
  const known = ownEntry(INSTALL_HINTS, tool);
  if (known !== void 0) return known;
  if (tool.startsWith("cargo-")) return `install ${tool}: \`cargo install ${tool} --locked\``;
  const npmPackage = ownEntry(NPM_PACKAGE_OF_BIN, tool);
  if (npmPackage !== void 0) {
    const provides = npmPackage === tool ? "" : ` (it provides \`${tool}\`)`;
    return runsThroughNpm(command) ? `${tool} is not installed: run \`npm ci\` first; the package is ${npmPackage}${provides}, usually a devDependency (\`npm install --save-dev ${npmPackage}\`)` : `install ${npmPackage}${provides}: \`npm install --save-dev ${npmPackage}\`, then run it as \`npx ${tool}\` or through an npm script`;
  }
  if (runsThroughNpm(command)) {
    return `install ${tool}: run \`npm ci\` first (it is usually a devDependency), or install it and make sure it is on PATH`;
  }
  return `install ${tool} and make sure it is on PATH`;
}
function detectMissingTool(command, outputText2, exitCode, context = {}) {
  if (exitCode === null || exitCode === 0) return null;
  const lines = outputText2.split(/\r?\n/).reverse();
  const npx = npxMissingPackage(command, lines);
  if (npx !== null) return npx;
  const plugin = missingPytestPlugin(command, lines, exitCode);
  if (plugin !== null) return pytestPluginTool(plugin);
  const dependency = missingJsDependency(lines);
  if (dependency !== null) return jsDependencyTool(dependency);
  for (const line of lines) {
    const found = missingToolOnLine(line.trim(), command, exitCode, context);
    if (found !== null) return found;
  }
  return null;
}
function missingToolOnLine(line, command, exitCode, context) {
  const cargoSubcommand = CARGO_NO_SUCH_COMMAND.exec(line)?.[1];
  if (cargoSubcommand !== void 0) return cargoTool(cargoSubcommand);
  const rustupProxy = RUSTUP_COMPONENT_MISSING.exec(line)?.[1];
  if (rustupProxy !== void 0) return componentOrTool(rustupProxy);
  const pythonModule = PYTHON_NO_MODULE.exec(line)?.[1];
  if (pythonModule !== void 0 && /\bpython[\d.]*\s+(?:-\S+\s+)*-m\b/.test(command)) {
    return pythonModuleTool(pythonModule);
  }
  if (exitCode !== SHELL_NOT_FOUND_EXIT) return null;
  const missingPath = MISSING_PATH_PATTERN.exec(line)?.[1];
  if (missingPath?.includes("/") === true) {
    return { tool: missingPath, hint: BINARY_NOT_FOUND_HINT, kind: "binary" };
  }
  for (const pattern of SHELL_NOT_FOUND_PATTERNS) {
    const name = pattern.exec(line)?.[1];
    if (name === void 0) continue;
    if (name.includes("/")) return { tool: name, hint: BINARY_NOT_FOUND_HINT, kind: "binary" };
    return shellMissing(name, command, context);
  }
  return null;
}
function shellMissing(name, command, context) {
  if (context.localBin?.(name) != null) {
    const npmPackage = ownEntry(NPM_PACKAGE_OF_BIN, name);
    const pkg = npmPackage === void 0 ? "" : `; the package is ${npmPackage}`;
    return {
      tool: name,
      hint: `${name} is in node_modules/.bin but not on PATH: run it as \`npx ${name}\` or through an npm script${pkg}`,
      kind: "tool",
      summary: `${name} is not on PATH (it is in node_modules/.bin)`
    };
  }
  return { tool: name, hint: installHint(name, command), kind: "tool" };
}
var PYTHON_NO_MODULE = /^(?:\S*\/)?python[\d.]*(?:\.exe)?: No module named ([A-Za-z_][\w.]*)$/;
function pythonModuleTool(module) {
  const top = module.split(".")[0] ?? module;
  const pipPackage = ownEntry(PIP_PACKAGE_OF_MODULE, top) ?? top;
  return {
    tool: pipPackage,
    hint: `install ${pipPackage} (it provides the module ${top}): \`python3 -m pip install ${pipPackage}\`, or add it to the project's dev requirements`,
    kind: "tool",
    summary: `${pipPackage} not installed (python: No module named ${top})`
  };
}
var NPM_ERROR = String.raw`^npm (?:error|ERR!) `;
var NPX_CANCELED = new RegExp(
  `${NPM_ERROR}npx canceled due to missing packages and no YES option: (\\[.*\\])`
);
var NPX_NO_EXECUTABLE = new RegExp(`${NPM_ERROR}could not determine executable to run`);
var NPM_404 = new RegExp(`${NPM_ERROR}404 Not Found - GET (\\S+)`);
var NPM_REQUEST_FAILED = new RegExp(`${NPM_ERROR}(?:FetchError: )?request to (\\S+) failed`);
var NPX_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-p", "--package", "-c", "--call"]);
function npxInvocations(command) {
  const words = command.split(/[\s;&|()]+/).filter((word) => word !== "");
  const found = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    let next;
    if (word === "npx") next = index + 1;
    else if (word === "npm" && (words[index + 1] === "exec" || words[index + 1] === "x"))
      next = index + 2;
    else continue;
    let packageName = null;
    while (next < words.length && words[next].startsWith("-")) {
      const option = words[next];
      if (option === "--") {
        next++;
        break;
      }
      if (option.startsWith("--package=")) packageName = stripVersion(option.slice(10));
      else if (NPX_VALUE_OPTIONS.has(option)) {
        if (option === "-p" || option === "--package")
          packageName = stripVersion(words[next + 1] ?? "");
        next++;
      }
      next++;
    }
    const bin = words[next];
    if (bin !== void 0) found.push({ bin: stripVersion(bin), packageName });
    index = next;
  }
  return found;
}
function stripVersion(spec) {
  const at = spec.indexOf("@", 1);
  return at === -1 ? spec : spec.slice(0, at);
}
function npxMissingPackage(command, reversedLines) {
  const invocations = npxInvocations(command);
  if (invocations.length === 0) return null;
  for (const raw of reversedLines) {
    const line = raw.trim();
    const canceled = NPX_CANCELED.exec(line)?.[1];
    if (canceled !== void 0)
      return npxTool(invocations, packagesOf(canceled)[0] ?? null, "absent");
    if (NPX_NO_EXECUTABLE.test(line)) return npxTool(invocations, null, "no-executable");
    const notFound = NPM_404.exec(line)?.[1];
    if (notFound !== void 0)
      return npxTool(invocations, packageOfUrl(notFound), "not-in-registry");
    const failed = NPM_REQUEST_FAILED.exec(line)?.[1];
    const fetched = failed === void 0 ? null : packageOfUrl(failed);
    if (fetched !== null) return npxTool(invocations, fetched, "absent");
  }
  return null;
}
function packagesOf(list) {
  try {
    const parsed = JSON.parse(list);
    return Array.isArray(parsed) ? parsed.map((spec) => stripVersion(String(spec))) : [];
  } catch {
    return [];
  }
}
function packageOfUrl(url) {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const name = decodeURIComponent(pathname.replace(/^\/+/, ""));
  if (name === "" || name.startsWith("-/")) return null;
  return name;
}
function npxTool(invocations, fetched, reason) {
  const invocation = invocations.find((i) => fetched !== null && (i.packageName ?? i.bin) === fetched) ?? invocations.find((i) => fetched !== null && i.bin === fetched) ?? invocations[invocations.length - 1];
  const bin = invocation.bin;
  const pkg = invocation.packageName ?? ownEntry(NPM_PACKAGE_OF_BIN, bin) ?? fetched ?? bin;
  const provides = pkg === bin ? "" : ` (it provides \`${bin}\`)`;
  const fetchedOther = fetched !== null && fetched !== pkg ? `; npx looked for a package named ${fetched}` : "";
  const why = reason === "no-executable" ? `\`npx ${bin}\` found no executable named ${bin}` : reason === "not-in-registry" ? `\`npx ${bin}\`: no package named ${fetched ?? bin} in the registry` : `\`npx ${bin}\`: ${pkg} is not installed and npx could not fetch it`;
  return {
    tool: pkg,
    hint: `${why}${fetchedOther}; add ${pkg}${provides} to devDependencies (\`npm install --save-dev ${pkg}\`) and run \`npm ci\` before the gate`,
    kind: "tool",
    summary: `${pkg} not installed (npx ${bin})`
  };
}
function pytestPluginTool({
  plugin,
  provides,
  said,
  configFile
}) {
  const from = configFile === null ? "" : `, which the command does not pass: see ${configFile}'s addopts`;
  return {
    tool: plugin,
    hint: `install ${plugin} (it provides \`${provides}\`${from}): \`python3 -m pip install ${plugin}\`, or add it to the project's dev requirements`,
    kind: "tool",
    summary: `${plugin} not installed (pytest: ${said})`
  };
}
function jsDependencyTool({ packageName, tool, said }) {
  return {
    tool: packageName,
    hint: `${tool} needs ${packageName}: run \`npm ci\` first; if the project does not list it, \`npm install --save-dev ${packageName}\``,
    kind: "tool",
    summary: `${packageName} not installed (${tool}: ${said})`
  };
}
function cargoTool(subcommand) {
  const component = ownEntry(RUST_COMPONENT_OF, subcommand);
  if (component !== void 0)
    return { tool: component, hint: installHint(component), kind: "tool" };
  const tool = `cargo-${subcommand}`;
  return { tool, hint: installHint(tool), kind: "tool" };
}
function componentOrTool(name) {
  const tool = ownEntry(RUST_COMPONENT_OF, name) ?? name;
  return { tool, hint: installHint(tool), kind: "tool" };
}

// src/run/path-checks.ts
import { promises as fs } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
async function pathState(root, cwd, relative) {
  if (relative === "" || relative.includes("\0")) return { state: "refused", why: "not a path" };
  if (path.isAbsolute(relative)) return { state: "refused", why: "an absolute path" };
  let realRoot;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return { state: "refused", why: "the project root cannot be read" };
  }
  const target = path.resolve(realRoot, cwd, relative);
  const inside = path.relative(realRoot, target);
  if (isOutside(inside)) return { state: "refused", why: "it leaves the project root" };
  let at = realRoot;
  for (const part of inside.split(path.sep).filter((p) => p !== "")) {
    at = path.join(at, part);
    let stat;
    try {
      stat = await fs.lstat(at);
    } catch {
      return { state: "missing" };
    }
    if (!stat.isSymbolicLink()) continue;
    let real;
    try {
      real = await fs.realpath(at);
    } catch {
      return { state: "missing" };
    }
    if (isOutside(path.relative(realRoot, real))) {
      return { state: "refused", why: "a symbolic link on its way leads out of the project root" };
    }
    at = real;
  }
  return { state: "exists" };
}
function isOutside(relative) {
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
async function runPathCheck(validation, root, startedAtMs) {
  const started = performance.now();
  const paths = validation.check?.kind === "paths-exist" ? validation.check.paths : [];
  const states = await Promise.all(paths.map((p) => pathState(root, validation.cwd, p)));
  const findings = [];
  states.forEach((state, index) => {
    const file = paths[index];
    if (state.state === "missing") {
      findings.push({ severity: "error", message: `${file} does not exist`, file });
    } else if (state.state === "refused") {
      findings.push({ severity: "error", message: `${file} was not looked up: ${state.why}`, file });
    }
  });
  const missing = states.filter((s) => s.state === "missing").length;
  const refused = states.filter((s) => s.state === "refused").length;
  const existing = paths.length - missing - refused;
  const summary = findings.length === 0 ? paths.length === 1 ? "1 path exists" : `all ${paths.length} paths exist` : `${findings.length} of ${paths.length} paths ${refused > 0 && missing === 0 ? "refused" : "missing"}: ${findings.map((f) => f.file).join(", ")}`;
  return {
    id: validation.id,
    status: findings.length === 0 ? "passed" : "failed",
    exitCode: null,
    signal: null,
    durationMs: Math.round(performance.now() - started),
    startedAtMs: Math.max(0, Math.round(startedAtMs)),
    output: { head: "", tail: "", totalBytes: 0, truncated: false },
    report: {
      findings,
      droppedFindings: 0,
      counts: { paths: paths.length, existing, missing, refused },
      summary
    },
    hint: findings.length === 0 ? null : "build or add the missing files, or untick the item until they exist"
  };
}

// src/run/unassessable.ts
var AUDIT_TOOLS = /* @__PURE__ */ new Set([
  "npm-audit",
  "cargo-audit",
  "pip-audit",
  "yarn-audit",
  "pnpm-audit"
]);
var AUDIT_COMMAND = /\b(?:(?:npm|yarn|pnpm|bun|cargo)\s+(?:npm\s+)?audit|pip-audit|pip_audit|osv-scanner|safety\s+(?:check|scan))\b/;
function isAuditCommand(command, toolId) {
  return toolId !== null && AUDIT_TOOLS.has(toolId) || AUDIT_COMMAND.test(command);
}
var SIGNATURES = [
  {
    // npm ≥ 7: "npm warn audit 405 Method Not Allowed - POST http://…/-/npm/v1/security/advisories/bulk - …"
    pattern: /^npm (?:warn|WARN|error|ERR!) audit (\d{3}) ([^-]*?) - ([A-Z]+) (\S+)/,
    reason: (m) => `the registry answered ${m[1]} ${m[2]} (${m[3]} ${cleanUrl(m[4])})`
  },
  {
    // npm: "npm warn audit request to http://…/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9"
    pattern: /request to (\S+) failed, reason: (.{1,200})/,
    reason: (m) => `could not reach ${cleanUrl(m[1])} (${m[2]?.trim()})`
  },
  {
    pattern: /^npm (?:error|ERR!) audit endpoint returned an error/,
    reason: () => "npm audit's registry endpoint returned an error"
  },
  {
    // cargo-audit: "error: couldn't fetch advisory database: git operation failed: …"
    pattern: /^error: (couldn't (?:fetch|open) advisory database|error loading advisory database)(.{0,200})/,
    reason: (m) => `${m[1]}${m[2] ?? ""}`
  },
  {
    // pip-audit: "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed"
    pattern: /Could not connect to (\S+) vulnerability (?:feed|service)/,
    reason: (m) => `could not connect to ${m[1]} vulnerability feed`
  },
  {
    // pnpm: "ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at …) responded with 500: …", also
    // as JSON ({"error":{"code":"ERR_PNPM_AUDIT_BAD_RESPONSE","message":"… responded with 503"}}).
    pattern: /ERR_PNPM_AUDIT_(\w+)(?:.{0,300}?responded with (\d{3}))?/,
    reason: (m) => `pnpm audit: ERR_PNPM_AUDIT_${m[1]}${m[2] === void 0 ? "" : ` (the registry answered ${m[2]})`}`
  },
  {
    // yarn 1: 'error An unexpected error occurred: "…: Request failed \"500 Internal Server Error\"".'
    pattern: /Request failed \\?"(\d{3}) ([^"\\]{1,60})/,
    reason: (m) => `the registry answered ${m[1]} ${m[2]}`
  },
  {
    // Python requests / urllib3: "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded …"
    pattern: /HTTPS?ConnectionPool\(host='([^']{1,200})'.{0,40}\): Max retries exceeded/,
    reason: (m) => `could not reach ${m[1]}`
  },
  {
    pattern: /requests\.exceptions\.(\w+Error|ConnectTimeout|ReadTimeout)(?::\s*(.{0,200}))?/,
    reason: (m) => `${m[1]}${m[2] === void 0 || m[2] === "" ? "" : `: ${m[2]}`}`
  },
  {
    // Node and libc network errors named in any other message.
    pattern: /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|Temporary failure in name resolution|Name or service not known|Could not resolve host)\b/,
    reason: (m) => `network error (${m[1]})`
  }
];
function cleanUrl(url) {
  return (url ?? "").replace(/^([a-z][\w+.-]*:\/\/)[^/@\s]*@/i, "$1").replace(/[,.;]$/, "");
}
function foundSomething(report) {
  return report.findings.length > 0 || (report.counts.vulnerabilities ?? 0) > 0;
}
function detectUnassessable(command, toolId, outputText2, exitCode, report) {
  if (exitCode === null || exitCode === 0) return null;
  const lines = outputText2.split(/\r?\n/).map((line) => line.trim());
  if (!isAuditCommand(command, toolId)) return dependencyFetchFailure(lines, report);
  if (foundSomething(report)) return null;
  for (const signature of SIGNATURES) {
    for (const line of lines) {
      const match = signature.pattern.exec(line);
      if (match === null) continue;
      return {
        summary: `could not assess: ${signature.reason(match)}`,
        hint: "the audit could not reach its advisory source (registry, advisory database or vulnerability feed): check the runner's network, proxy and registry settings (`npm_config_registry`, `.npmrc`, `CARGO_HOME`) and run it again; until it runs, nothing says there are no vulnerabilities"
      };
    }
  }
  return null;
}
var GO_FETCH = /(\S{1,200}@v[^\s:]{1,100}): (?:verifying \S{1,200}: )?Get "(https?:\/\/[^"\s]{1,300})": (.{1,300})$/;
var GO_NETWORK_CAUSE = /\b(?:dial tcp|no such host|connection refused|i\/o timeout|TLS handshake timeout|network is unreachable|proxyconnect)\b/;
var CARGO_FETCH = /^error: failed to (?:get `([^`\s]{1,200})` as a dependency of package|download (?:from )?`([^`\s]{1,300})`|load source for dependency `([^`\s]{1,200})`)/;
var CARGO_NETWORK_CAUSE = /\b(Could not resolve host(?:name)?|Couldn't resolve host name|Could not connect to server|Failed to connect to|Connection refused|Timeout was reached|Operation timed out|network failure|SSL connect error)\b(.{0,120})/i;
var NPM_FETCH = /^npm (?:error|ERR!) (?:network |FetchError: )request to (\S{1,300}) failed, reason: (.{1,200})$/;
var FETCH_HINT = "the toolchain could not download the project's dependencies (module proxy or registry unreachable): check the runner's network and proxy settings (`GOPROXY`, `GOFLAGS`, `CARGO_HOME` and `.cargo/config.toml`, `npm_config_registry` and `.npmrc`, `HTTPS_PROXY`), or vendor or cache the dependencies, and run it again; until they download, nothing was built or tested";
function dependencyFetchFailure(lines, report) {
  if ((report.counts.failed ?? 0) > 0) return null;
  for (const line of lines) {
    const go = GO_FETCH.exec(line);
    if (go !== null && GO_NETWORK_CAUSE.test(go[3])) {
      const host = hostOf(go[2]);
      return {
        summary: `could not assess: go could not download ${go[1]} (${host}: ${clip2(go[3])})`,
        hint: FETCH_HINT
      };
    }
  }
  const npm = firstMatch(lines, NPM_FETCH);
  if (npm !== null) {
    return {
      summary: `could not assess: npm could not download ${cleanUrl(npm[1])} (${clip2(npm[2])})`,
      hint: FETCH_HINT
    };
  }
  const cargo = firstMatch(lines, CARGO_FETCH);
  if (cargo === null) return null;
  const cause = firstMatch(lines, CARGO_NETWORK_CAUSE);
  if (cause === null) return null;
  const what = cargo[1] ?? cargo[3] ?? cleanUrl(cargo[2]);
  return {
    summary: `could not assess: cargo could not download ${what} (${clip2(`${cause[1]}${cause[2] ?? ""}`)})`,
    hint: FETCH_HINT
  };
}
function firstMatch(lines, pattern) {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match !== null) return match;
  }
  return null;
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return cleanUrl(url);
  }
}
function clip2(text) {
  return truncate(text.trim(), 120);
}

// src/run/runner.ts
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { performance as performance2 } from "node:perf_hooks";
import { StringDecoder } from "node:string_decoder";

// src/run/process-sweep.ts
import { readdirSync, readFileSync } from "node:fs";
var RUN_MARKER_NAME = "READINESS_GATE_RUN";
function readProcess(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const close = stat.lastIndexOf(")");
  const fields = stat.slice(close + 2).split(" ");
  return {
    pid,
    command: stat.slice(stat.indexOf("(") + 1, close),
    zombie: fields[0] === "Z" || fields[0] === "X",
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    session: Number(fields[3]),
    startTime: Number(fields[19])
  };
}
function listProcesses() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProcess(Number(name));
    if (info !== null) out.push(info);
  }
  return out;
}
function hasMarker(pid, marker) {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`);
    return environ.includes(`${RUN_MARKER_NAME}=${marker}\0`);
  } catch {
    return false;
  }
}
var ProcessJail = class {
  constructor(rootPid, marker, list = listProcesses) {
    this.rootPid = rootPid;
    this.marker = marker;
    this.list = list;
    const root = list === listProcesses ? readProcess(rootPid) : list().find((info) => info.pid === rootPid);
    this.rootStart = root?.startTime ?? 0;
  }
  /** pid → start time of every process seen belonging to the validation. */
  seen = /* @__PURE__ */ new Map();
  /** Only a process started after the root can carry its marker: older ones are not read. */
  rootStart;
  /** A cheap look (stat files only) that records the validation's current processes. */
  observe() {
    for (const info of this.members(false)) this.seen.set(info.pid, info.startTime);
  }
  /** The validation's live processes (zombies excluded), the runner's own never among them. */
  leftovers() {
    return this.members(true).filter((info) => !info.zombie);
  }
  members(readEnvironment) {
    const all = this.list().filter((info) => info.pid !== process.pid);
    const byPid = new Map(all.map((info) => [info.pid, info]));
    const memo = /* @__PURE__ */ new Map();
    const belongs = (info, depth) => {
      const known = memo.get(info.pid);
      if (known !== void 0) return known;
      let result = info.pid === this.rootPid || info.pgrp === this.rootPid || info.session === this.rootPid || this.seen.get(info.pid) === info.startTime;
      if (!result && info.ppid === this.rootPid) result = true;
      const parent = byPid.get(info.ppid);
      if (!result && parent !== void 0 && depth < 64) result = belongs(parent, depth + 1);
      if (!result && readEnvironment && info.startTime >= this.rootStart) {
        result = hasMarker(info.pid, this.marker);
      }
      memo.set(info.pid, result);
      return result;
    };
    return all.filter((info) => belongs(info, 0));
  }
};
function sendSignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
var delay = (ms) => new Promise((resolve) => {
  setTimeout(resolve, ms);
});
function stillRunning(info) {
  const now = readProcess(info.pid);
  return now !== null && !now.zombie && now.startTime === info.startTime;
}
async function sweep(jail, options) {
  const signal = options.signal ?? sendSignal;
  const pollMs = options.pollMs ?? 20;
  const killed = /* @__PURE__ */ new Map();
  let signalled = [];
  const round = (name) => {
    signalled = jail.leftovers();
    for (const info of signalled) {
      if (!killed.has(info.pid)) killed.set(info.pid, { pid: info.pid, command: info.command });
      signal(info.pid, name);
    }
    return signalled.length;
  };
  if (round("SIGTERM") === 0) return [];
  const graceEnd = Date.now() + options.graceMs;
  while (Date.now() < graceEnd) {
    await delay(Math.min(pollMs, Math.max(0, graceEnd - Date.now())));
    if (signalled.some(stillRunning)) continue;
    if (round("SIGTERM") === 0) return [...killed.values()];
  }
  const killEnd = Date.now() + 2e3;
  while (round("SIGKILL") > 0 && Date.now() < killEnd) {
    await delay(pollMs);
  }
  return [...killed.values()];
}

// src/run/runner.ts
var DEFAULT_HEAD_BYTES = 64 * 1024;
var DEFAULT_TAIL_BYTES = 64 * 1024;
var DEFAULT_MAX_LINE_LENGTH = 16 * 1024;
var PLAIN_OUTPUT_ENV = {
  CARGO_TERM_COLOR: "never",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
  TERM: "dumb"
};
function isContinuationByte(byte) {
  return byte !== void 0 && (byte & 192) === 128;
}
var OutputCapture = class {
  head;
  headLength = 0;
  /** Head is closed once a byte has gone past it, even if it was cut short at a character boundary. */
  headClosed = false;
  ring;
  /** Bytes written to the ring so far (the ring keeps the last ring.length of them). */
  ringWritten = 0;
  total = 0;
  constructor(headBytes, tailBytes) {
    this.head = Buffer.alloc(Math.max(0, headBytes));
    this.ring = Buffer.alloc(Math.max(0, tailBytes));
  }
  push(chunk) {
    this.total += chunk.length;
    if (this.headClosed) {
      this.writeRing(chunk);
      return;
    }
    const room = this.head.length - this.headLength;
    if (chunk.length <= room) {
      this.head.set(chunk, this.headLength);
      this.headLength += chunk.length;
      return;
    }
    this.closeHead(chunk);
  }
  /**
   * Fills the head and sends the rest to the ring, cutting before a character that would not
   * fit whole (it may have begun in an earlier chunk), so the head decodes cleanly and the tail,
   * when nothing is dropped between them, starts on a character.
   */
  closeHead(chunk) {
    const byteAt = (position) => position < this.headLength ? this.head[position] : chunk[position - this.headLength];
    let cut = this.head.length;
    for (let step = 0; step < 3 && cut > 0 && isContinuationByte(byteAt(cut)); step++) cut--;
    if (isContinuationByte(byteAt(cut))) cut = this.head.length;
    const fromChunk = Math.max(0, cut - this.headLength);
    this.head.set(chunk.subarray(0, fromChunk), this.headLength);
    const carried = this.head.subarray(cut, this.headLength);
    this.headLength = cut;
    this.headClosed = true;
    this.writeRing(carried);
    this.writeRing(chunk.subarray(fromChunk));
  }
  writeRing(bytes) {
    const size = this.ring.length;
    if (size === 0) {
      this.ringWritten += bytes.length;
      return;
    }
    const kept = bytes.length > size ? bytes.subarray(bytes.length - size) : bytes;
    let position = (this.ringWritten + (bytes.length - kept.length)) % size;
    let offset = 0;
    while (offset < kept.length) {
      const count = Math.min(size - position, kept.length - offset);
      this.ring.set(kept.subarray(offset, offset + count), position);
      offset += count;
      position = (position + count) % size;
    }
    this.ringWritten += bytes.length;
  }
  tailBytes() {
    const size = this.ring.length;
    if (this.ringWritten <= size) return this.ring.subarray(0, this.ringWritten);
    const start = this.ringWritten % size;
    return Buffer.concat([this.ring.subarray(start), this.ring.subarray(0, start)]);
  }
  /** The kept output, decoded and with terminal escape codes removed. */
  result() {
    const truncated = this.ringWritten > this.ring.length;
    let tail = this.tailBytes();
    if (truncated) {
      let skip = 0;
      while (skip < 3 && isContinuationByte(tail[skip])) skip++;
      tail = tail.subarray(skip);
    }
    return {
      head: stripAnsi(this.head.subarray(0, this.headLength).toString("utf8")),
      tail: stripAnsi(tail.toString("utf8")),
      totalBytes: this.total,
      truncated
    };
  }
};
var LineSplitter = class {
  constructor(emit, maxLength = DEFAULT_MAX_LINE_LENGTH) {
    this.emit = emit;
    this.maxLength = maxLength;
  }
  decoder = new StringDecoder("utf8");
  pending = "";
  overflowed = false;
  push(chunk) {
    this.pushText(this.decoder.write(chunk));
  }
  /** Flushes a last line that has no terminator. */
  end() {
    this.pushText(this.decoder.end());
    if (this.pending !== "" || this.overflowed) this.flushLine();
  }
  pushText(text) {
    let start = 0;
    for (; ; ) {
      const newline = text.indexOf("\n", start);
      if (newline === -1) {
        this.append(text, start, text.length);
        return;
      }
      this.append(text, start, newline);
      this.flushLine();
      start = newline + 1;
    }
  }
  append(text, start, end) {
    const room = this.maxLength - this.pending.length;
    if (end - start > room) {
      this.overflowed = true;
      end = start + room;
    }
    if (end > start) this.pending += text.slice(start, end);
  }
  flushLine() {
    let line = this.pending;
    if (!this.overflowed && line.endsWith("\r")) line = line.slice(0, -1);
    this.pending = "";
    this.overflowed = false;
    this.emit(stripAnsi(line));
  }
};
var ProcessRunner = class {
  timing;
  constructor(options = {}) {
    this.timing = {
      killGraceMs: options.killGraceMs ?? 2e3,
      pipeDrainMs: options.pipeDrainMs ?? 250,
      scanIntervalMs: options.scanIntervalMs ?? 1e3
    };
  }
  run(request) {
    const capture = new OutputCapture(
      request.headBytes ?? DEFAULT_HEAD_BYTES,
      request.tailBytes ?? DEFAULT_TAIL_BYTES
    );
    const directoryProblem = checkWorkingDirectory(request.cwd);
    if (directoryProblem !== null) {
      return Promise.resolve(notStartedOutcome(directoryProblem, capture.result()));
    }
    return new CommandExecution(request, capture, this.timing).finished;
  }
};
function checkWorkingDirectory(cwd) {
  const kind = "working-directory";
  try {
    if (!statSync(cwd).isDirectory()) {
      return { kind, message: `working directory '${cwd}' is not a directory` };
    }
    return null;
  } catch {
    return { kind, message: `working directory '${cwd}' does not exist` };
  }
}
function notStartedOutcome(spawnError, output = { head: "", tail: "", totalBytes: 0, truncated: false }) {
  return { exitCode: null, signal: null, timedOut: false, spawnError, durationMs: 0, output };
}
function commandEnvironment(extra, marker) {
  const inherited = inheritableEnvironment(process.env);
  return { ...inherited, ...PLAIN_OUTPUT_ENV, ...extra, [RUN_MARKER_NAME]: marker };
}
function timerDelay(ms) {
  const longest = 2 ** 31 - 1;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), longest) : longest;
}
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
var CommandExecution = class {
  constructor(request, capture, timing) {
    this.request = request;
    this.capture = capture;
    this.timing = timing;
    this.finished = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    const marker = randomHex(16);
    this.child = spawn("bash", ["-e", "-c", request.command], {
      cwd: request.cwd,
      env: commandEnvironment(request.env, marker),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    this.child.on("error", (error) => {
      this.onSpawnError(error);
    });
    this.child.on("exit", (code, signal) => {
      this.onMainExit(code, signal);
    });
    if (this.child.pid === void 0) return;
    this.jail = new ProcessJail(this.child.pid, marker);
    const jail = this.jail;
    this.timers.push(
      setInterval(() => {
        jail.observe();
      }, this.timing.scanIntervalMs)
    );
    this.watch(this.child.stdout);
    this.watch(this.child.stderr);
    this.timers.push(
      setTimeout(() => {
        this.onTimeout();
      }, timerDelay(request.timeoutMs))
    );
  }
  finished;
  resolve;
  reject;
  child;
  startedAt = performance2.now();
  timers = [];
  jail = null;
  /** Processes outside the process group that were signalled at a timeout. */
  escapedAtTimeout = /* @__PURE__ */ new Map();
  splitters = [];
  openPipes = 2;
  exit = null;
  timedOut = false;
  done = false;
  /** A line callback that threw (a parser bug): reported once the process is cleaned up. */
  callbackError = null;
  watch(stream) {
    if (stream === null) return;
    const splitter = new LineSplitter((line) => {
      this.deliverLine(line);
    }, this.request.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
    this.splitters.push(splitter);
    stream.on("data", (chunk) => {
      this.capture.push(chunk);
      splitter.push(chunk);
    });
    stream.on("error", () => {
    });
    stream.once("close", () => {
      this.openPipes--;
      if (this.openPipes === 0 && this.exit !== null) this.finish();
    });
  }
  deliverLine(line) {
    if (this.callbackError !== null || this.request.onLine === void 0) return;
    try {
      this.request.onLine(line);
    } catch (error) {
      this.callbackError = { error };
    }
  }
  onSpawnError(error) {
    if (this.child.pid !== void 0 || this.done) return;
    this.done = true;
    this.clearTimers();
    this.resolve(
      notStartedOutcome(
        { kind: "spawn-failed", message: `could not start bash: ${error.message}` },
        this.capture.result()
      )
    );
  }
  onMainExit(code, signal) {
    this.exit = { code, signal };
    if (this.openPipes === 0) {
      this.finish();
      return;
    }
    this.timers.push(
      setTimeout(() => {
        this.drainThenStop();
      }, this.timing.pipeDrainMs)
    );
  }
  /**
   * The drain's end. Timers run before the event loop polls for I/O, so after a stall (a loaded
   * runner, a long synchronous parse) the timer can fire while output the command wrote before
   * it exited still waits in the pipes, unread. setImmediate runs after the next poll: what was
   * written by then is read first, and only output that comes later is cut off.
   */
  drainThenStop() {
    setImmediate(() => {
      this.stopReading();
    });
  }
  onTimeout() {
    if (this.exit !== null || this.done) return;
    this.timedOut = true;
    const pid = this.child.pid;
    signalGroup(pid, "SIGTERM");
    this.signalEscaped("SIGTERM");
    this.timers.push(
      setTimeout(() => {
        signalGroup(pid, "SIGKILL");
        this.signalEscaped("SIGKILL");
      }, this.timing.killGraceMs)
    );
  }
  /** Signals the command's processes that left its process group (`setsid`), and records them. */
  signalEscaped(signal) {
    const escaped = (this.jail?.leftovers() ?? []).filter(
      (info) => info.pgrp !== this.child.pid
    );
    for (const info of escaped) {
      this.escapedAtTimeout.set(info.pid, { pid: info.pid, command: info.command });
      try {
        process.kill(info.pid, signal);
      } catch {
      }
    }
  }
  stopReading() {
    if (this.done) return;
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.finish();
  }
  finish() {
    if (this.done) return;
    this.done = true;
    this.clearTimers();
    for (const splitter of this.splitters) splitter.end();
    const leftovers = this.jail === null ? Promise.resolve([]) : sweep(this.jail, { graceMs: this.timing.killGraceMs });
    void leftovers.then(
      (killed) => {
        this.settle(killed);
      },
      () => {
        this.settle([]);
      }
    );
  }
  settle(swept) {
    if (this.callbackError !== null) {
      this.reject(this.callbackError.error);
      return;
    }
    const killed = new Map(this.escapedAtTimeout);
    for (const info of swept) killed.set(info.pid, info);
    this.resolve({
      exitCode: this.exit?.code ?? null,
      signal: this.exit?.signal ?? null,
      timedOut: this.timedOut,
      spawnError: null,
      durationMs: Math.round(performance2.now() - this.startedAt),
      output: this.capture.result(),
      ...killed.size > 0 ? { killed: [...killed.values()] } : {}
    });
  }
  clearTimers() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
  }
};

// src/findings/hints.ts
var RUNNERS = /* @__PURE__ */ new Set(["npx", "pnpx", "bunx"]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
var PYTHON = /^python(?:\d(?:\.\d+)?)?$/;
var SCRIPT_ECHO = /^[>$] (\S.*)$/;
function toolsOfWords(words) {
  const program = programName(words).toLowerCase();
  if (RUNNERS.has(program)) return toolsOfWords(words.slice(1).filter(notFlag));
  if (PACKAGE_MANAGERS.has(program)) {
    const [, first] = words;
    if (first === "exec" || first === "dlx" || first === "x") {
      return toolsOfWords(words.slice(2).filter(notFlag));
    }
    if (program === "yarn" && first !== void 0 && !first.startsWith("-")) {
      return ["npm-script", ...toolsOfWords(words.slice(1))];
    }
    return ["npm-script"];
  }
  if (PYTHON.test(program) && words[1] === "-m" && words[2] !== void 0) {
    return [program, ...toolsOfWords(words.slice(2))];
  }
  if (program === "go" && words[1] !== void 0) return [`go ${words[1]}`];
  if (program === "ruff" && words[1] !== void 0 && notFlag(words[1])) {
    return ["ruff", `ruff ${words[1]}`];
  }
  return program === "" ? [] : [program];
}
function notFlag(word) {
  return !word.startsWith("-");
}
function addCommandHints(command, into) {
  for (const words of simpleCommands(command)) {
    for (const tool of toolsOfWords(words)) into.add(tool);
  }
}
function addEchoedScriptHints(text, into) {
  if (text.length > 4096) return false;
  const echoed = SCRIPT_ECHO.exec(text);
  if (echoed === null) return false;
  addCommandHints(echoed[1], into);
  return true;
}

// src/findings/report-files.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// src/findings/parser-helpers.ts
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/findings/types.ts
var MAX_FINDINGS = 1e4;

// src/findings/parser-helpers.ts
var LINE_BREAK = /[\n\r\u2028\u2029]/;
function hasLineBreak(text) {
  return LINE_BREAK.test(text);
}
function digitsBefore(text, end) {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return end - start;
}
function trailingPosition(text, closer) {
  const end = text.endsWith(closer) ? text.length - closer.length : text.length;
  const columnStart = end - digitsBefore(text, end);
  if (columnStart === end || text[columnStart - 1] !== ":") return null;
  const lineEnd = columnStart - 1;
  const lineStart = lineEnd - digitsBefore(text, lineEnd);
  if (lineStart === lineEnd || text[lineStart - 1] !== ":") return null;
  return {
    index: lineStart - 1,
    line: Number(text.slice(lineStart, lineEnd)),
    column: Number(text.slice(columnStart, end))
  };
}
var FindingList = class {
  constructor(limit = MAX_FINDINGS) {
    this.limit = limit;
  }
  kept = [];
  dropped = 0;
  add(finding2) {
    if (this.kept.length < this.limit) this.kept.push(finding2);
    else this.dropped++;
  }
  get size() {
    return this.kept.length + this.dropped;
  }
  get findings() {
    return this.kept;
  }
  get droppedCount() {
    return this.dropped;
  }
};
function relativeToCwd(file, cwd) {
  let resolved = file;
  if (resolved.startsWith("file://")) {
    try {
      resolved = fileURLToPath(resolved);
    } catch {
      return file;
    }
  }
  if (cwd === void 0 || !path2.isAbsolute(resolved)) return resolved;
  const relative = path2.relative(cwd, resolved);
  if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return resolved;
  return relative.split(path2.sep).join("/");
}
function exitDescription(exitCode) {
  return exitCode === null ? "killed" : `exit ${exitCode}`;
}
function oneLine(text, limit = 300) {
  const start = text.trimStart();
  const window = start.slice(0, limit * 4);
  const flat = window.replace(/\s+/g, " ").trim();
  const more = start.length > window.length && start.slice(window.length).trim() !== "";
  return flat.length <= limit && !more ? flat : `${flat.slice(0, limit - 1)}\u2026`;
}

// src/findings/reader.ts
var MAX_DIAGNOSTIC_LINE = 16384;
var LineReader = class {
  constructor(context) {
    this.context = context;
  }
  index = -1;
  signatureAt = -1;
  beginningAt = -1;
  line(raw) {
    this.index++;
    this.read(stripAnsi(raw));
  }
  /** Marks the output as this reader's tool's (once; the first line counts). */
  recognise() {
    if (this.signatureAt < 0) this.signatureAt = this.index;
  }
  get recognised() {
    return this.signatureAt >= 0;
  }
  /**
   * Marks where the tool's output may begin (Jest's first "PASS"/"FAIL" line, pytest's session
   * header): when the signature follows, the section is placed from there, before what other
   * tools printed inside it.
   */
  mayBegin() {
    if (this.beginningAt < 0) this.beginningAt = this.index;
  }
  get at() {
    return this.beginningAt >= 0 ? Math.min(this.beginningAt, this.signatureAt) : this.signatureAt;
  }
  /** True when the step hints at one of `tools` (its command or an echoed script line). */
  hinted(...tools) {
    return tools.some((tool) => this.context.hints.has(tool));
  }
  /** A line a diagnostic regex may read: no line break inside, not absurdly long. */
  static readable(text) {
    return text.length <= MAX_DIAGNOSTIC_LINE && !hasLineBreak(text);
  }
};
var Diagnostics = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  list = new FindingList();
  errors = 0;
  warnings = 0;
  notices = 0;
  files = /* @__PURE__ */ new Set();
  seen = /* @__PURE__ */ new Set();
  /** Adds a diagnostic; false when the same one (place, code, message) was already added. */
  add(diagnostic) {
    const key = [
      diagnostic.file,
      diagnostic.line,
      diagnostic.column,
      diagnostic.code,
      diagnostic.message
    ].join("\0");
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (diagnostic.severity === "error") this.errors++;
    else if (diagnostic.severity === "warning") this.warnings++;
    else this.notices++;
    const finding2 = { severity: diagnostic.severity, message: oneLine(diagnostic.message) };
    if (diagnostic.code !== void 0) finding2.code = diagnostic.code;
    if (diagnostic.file !== void 0) {
      finding2.file = relativeToCwd(diagnostic.file, this.cwd);
      this.files.add(finding2.file);
    }
    if (diagnostic.line !== void 0) finding2.line = diagnostic.line;
    if (diagnostic.column !== void 0) finding2.column = diagnostic.column;
    if (diagnostic.endLine !== void 0) finding2.endLine = diagnostic.endLine;
    this.list.add(finding2);
    return true;
  }
  get total() {
    return this.errors + this.warnings + this.notices;
  }
  get fileCount() {
    return this.files.size;
  }
  /** "2 errors, 1 warning"; "no problems" when there are none. */
  describe() {
    const parts = [];
    if (this.errors > 0) parts.push(plural(this.errors, "error"));
    if (this.warnings > 0) parts.push(plural(this.warnings, "warning"));
    if (this.notices > 0) parts.push(plural(this.notices, "notice"));
    return parts.length === 0 ? "no problems" : parts.join(", ");
  }
  /** A section with these findings; counts default to errors and warnings. */
  section(tool, at, summary, counts2 = { errors: this.errors, warnings: this.warnings }) {
    return {
      tool,
      at,
      findings: this.list.findings,
      droppedFindings: this.list.droppedCount,
      counts: counts2,
      summary: `${tool}: ${summary}`
    };
  }
};
var DiagnosticsReader = class extends LineReader {
  diagnostics;
  constructor(context) {
    super(context);
    this.diagnostics = new Diagnostics(context.cwd);
  }
};
function errorsAndWarnings(errors, warnings) {
  return warnings > 0 ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : plural(errors, "error");
}

// src/findings/report-formats.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/findings/json-capture.ts
var MAX_CAPTURED_CHARS = 64 * 1024 * 1024;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var JsonCapture = class {
  lines = [];
  chars = 0;
  started = false;
  overflowed = false;
  line(text) {
    if (this.overflowed) return;
    if (!this.started) {
      if (!text.trimStart().startsWith("{")) return;
      this.started = true;
    }
    this.chars += text.length + 1;
    if (this.chars > MAX_CAPTURED_CHARS) {
      this.overflowed = true;
      this.lines.length = 0;
      return;
    }
    this.lines.push(text);
  }
  /** Every line that is a JSON object on its own (newline-delimited JSON, as `yarn audit --json` writes). */
  lineObjects() {
    const objects = [];
    for (const line of this.lines) {
      const trimmed = line.trim();
      if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) continue;
      const value = parseJsonObject(trimmed);
      if (value !== null) objects.push(value);
    }
    return objects;
  }
  /** The first JSON object found for which `accept` is true, or null. */
  parse(accept) {
    for (const line of this.lines) {
      const trimmed = line.trim();
      if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
        const value2 = parseJsonObject(trimmed);
        if (value2 !== null && accept(value2)) return value2;
      }
    }
    let last = this.lines.length - 1;
    while (last >= 0 && !this.lines[last].trimEnd().endsWith("}")) last--;
    if (last < 0) return null;
    const value = parseJsonObject(this.lines.slice(0, last + 1).join("\n"));
    return value !== null && accept(value) ? value : null;
  }
};
function parseJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
function stringField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return typeof value === "string" ? value : void 0;
}
function numberField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function arrayField(object, key) {
  if (!isObject(object)) return [];
  const value = object[key];
  return Array.isArray(value) ? value : [];
}
function objectField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return isObject(value) ? value : void 0;
}

// src/findings/test-tally.ts
function namedCounts(text, pattern) {
  const found = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(pattern)) found.set(match[2], Number(match[1]));
  return found;
}
function emptyTally() {
  return {
    passed: 0,
    failed: 0,
    skipped: 0,
    todo: 0,
    cancelled: 0,
    suitesFailed: 0,
    suitesTotal: 0,
    sawTotals: false
  };
}
function testFailureFinding(failure) {
  const message = failure.message.length > 0 ? failure.message.join(" ") : "test failed";
  const finding2 = {
    severity: "error",
    message: oneLine(`${failure.test}: ${message}`),
    test: failure.test
  };
  if (failure.file !== void 0) finding2.file = failure.file;
  if (failure.line !== void 0) finding2.line = failure.line;
  if (failure.column !== void 0) finding2.column = failure.column;
  return finding2;
}
var FailureSet = class {
  byKey = /* @__PURE__ */ new Map();
  add(failure) {
    const key = `${failure.test}\0${failure.file ?? ""}\0${failure.line ?? ""}`;
    if (!this.byKey.has(key)) this.byKey.set(key, failure);
  }
  values() {
    return this.byKey.values();
  }
};
function testSummary(tool, tally) {
  const extra = [];
  if (tally.skipped > 0) extra.push(`${tally.skipped} skipped`);
  if (tally.todo > 0) extra.push(`${tally.todo} todo`);
  if (tally.cancelled > 0) extra.push(`${tally.cancelled} cancelled`);
  if (tally.suitesFailed > 0) {
    extra.push(
      `${tally.suitesFailed} of ${tally.suitesTotal} ${tally.suiteWord ?? "suites"} failed`
    );
  }
  const tail = extra.length > 0 ? `, ${extra.join(", ")}` : "";
  const failed = tally.failed > 0 || tally.suitesFailed > 0 ? `${tally.failed} failed, ` : "";
  return `${tool}: ${failed}${tally.passed} passed${tail}`;
}
function testSection(tool, at, tally, failures) {
  const findings = new FindingList();
  for (const failure of failures.values()) findings.add(testFailureFinding(failure));
  const { passed, failed, skipped: skipped2, todo, cancelled, suitesFailed } = tally;
  return {
    tool,
    at,
    findings: findings.findings,
    droppedFindings: findings.droppedCount,
    counts: { passed, failed, skipped: skipped2, todo, cancelled, suitesFailed },
    summary: testSummary(tool, tally)
  };
}
var TestRunReader = class extends LineReader {
  tally = emptyTally();
  failures = new FailureSet();
  toolSection(tool) {
    return testSection(tool, this.at, this.tally, this.failures);
  }
};
function withErrors(section, errors) {
  if (errors === 0) return section;
  return {
    ...section,
    counts: { ...section.counts, errors },
    summary: `${section.summary}, ${plural(errors, "error")}`
  };
}
function readTotals(tally, counts2) {
  tally.sawTotals = true;
  tally.failed = counts2.get("failed") ?? 0;
  tally.passed = counts2.get("passed") ?? 0;
  tally.skipped = counts2.get("skipped") ?? 0;
  tally.todo = counts2.get("todo") ?? 0;
}

// src/findings/node-test-output.ts
var TOTAL = /^(?:ℹ|#) (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/;
var SPEC_FAILING_SECTION = /^✖ failing tests:$/;
var SPEC_LOCATION = /^test at (.+):(\d+):(\d+)$/;
var SPEC_FAILED = /^(\s*)✖ (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
var SPEC_SUITE_START = /^\s*▶ (.+)$/;
var TAP_NOT_OK = /^(\s*)not ok \d+(?: -)?(?: (.*?))?(?: # (TODO|SKIP)\b.*)?$/i;
var TAP_FRAME = /^at (?:.*? \()?(\S+?)\)?$/;
var TAP_LOCATION = /^\s*location: '(.+):(\d+):(\d+)'$/;
var TAP_ERROR_BLOCK = /^\s*error: [|>]-?$/;
var TAP_ERROR_INLINE = /^\s*error: (['"]?)(.*)\1$/;
var MAX_MESSAGE_LINES = 2;
function messageLine(trimmed) {
  if (trimmed === "" || trimmed === "+ actual - expected") return "skip";
  if (/^(?:at |[[{}\]]|\+ |- |\.\.\.)/.test(trimmed) || trimmed.endsWith(" {")) return "stop";
  return "take";
}
function unescapeTap(name) {
  return name.replace(/\\([#\\])/g, "$1");
}
var NodeTestOutput = class {
  constructor(tally, failures, cwd) {
    this.tally = tally;
    this.failures = failures;
    this.cwd = cwd;
  }
  inFailingSection = false;
  pendingLocation = null;
  collecting = null;
  suiteNames = /* @__PURE__ */ new Set();
  /** ✖ lines seen before any "failing tests" section: used only when Node prints no such section. */
  listedFailures = [];
  tap = null;
  line(raw) {
    const text = stripAnsi(raw);
    if (this.tap !== null && this.tapLine(this.tap, text)) return;
    const total = TOTAL.exec(text);
    if (total !== null) {
      this.addTotal(total[1], Number(total[2]));
      return;
    }
    const breaks = hasLineBreak(text.trimStart());
    const notOk = breaks ? null : TAP_NOT_OK.exec(text);
    if (notOk !== null) {
      if (notOk[3] === void 0) this.startTap(notOk[1].length, unescapeTap(notOk[2] ?? ""));
      return;
    }
    this.specLine(text, breaks);
  }
  finish() {
    if (this.tap !== null) this.endTap(this.tap);
    if (!this.inFailingSection) {
      for (const failure of this.listedFailures) {
        if (!this.suiteNames.has(failure.test)) this.failures.add(failure);
      }
    }
  }
  addTotal(name, count) {
    this.tally.sawTotals = true;
    if (name === "pass") this.tally.passed += count;
    else if (name === "fail") this.tally.failed += count;
    else if (name === "skipped") this.tally.skipped += count;
    else if (name === "todo") this.tally.todo += count;
    else if (name === "cancelled") this.tally.cancelled += count;
  }
  specLine(text, breaks) {
    if (SPEC_FAILING_SECTION.test(text)) {
      this.inFailingSection = true;
      this.collecting = null;
      return;
    }
    const suite = SPEC_SUITE_START.exec(text);
    if (suite !== null) {
      this.suiteNames.add(suite[1]);
      return;
    }
    const location = SPEC_LOCATION.exec(text);
    if (location !== null && this.inFailingSection) {
      this.pendingLocation = {
        file: relativeToCwd(location[1], this.cwd),
        line: Number(location[2]),
        column: Number(location[3])
      };
      this.collecting = null;
      return;
    }
    const failed = breaks ? null : SPEC_FAILED.exec(text);
    if (failed !== null) {
      this.specFailure(failed[2]);
      return;
    }
    this.collectMessage(text);
  }
  specFailure(name) {
    const failure = { test: name, message: [] };
    if (!this.inFailingSection) {
      this.listedFailures.push(failure);
      return;
    }
    if (this.pendingLocation !== null) Object.assign(failure, this.pendingLocation);
    this.pendingLocation = null;
    this.failures.add(failure);
    this.collecting = failure;
  }
  /** The error printed under a failing test, up to its stack trace. */
  collectMessage(text) {
    const failure = this.collecting;
    if (failure === null) return;
    const verdict = messageLine(text.trim());
    if (verdict === "skip") return;
    if (verdict === "stop" || failure.message.length >= MAX_MESSAGE_LINES) {
      this.collecting = null;
      return;
    }
    failure.message.push(text.trim());
  }
  startTap(indent, name) {
    this.tap = {
      failure: { test: name, message: [] },
      indent,
      isSuite: false,
      inYaml: false,
      collectingError: false,
      errorDone: false,
      errorIndent: 0,
      plain: false
    };
  }
  /** Consumes the YAML block after "not ok"; false when the line is not part of it. */
  tapLine(pending, text) {
    const indent = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!pending.inYaml) {
      if (trimmed === "---" && indent >= pending.indent) {
        pending.inYaml = true;
        return true;
      }
      if (indent > pending.indent || trimmed === "" && !pending.plain) {
        this.plainDiagnostic(pending, trimmed);
        return true;
      }
      this.endTap(pending);
      return false;
    }
    if (trimmed === "..." && indent <= pending.indent + 2) {
      this.endTap(pending);
      return true;
    }
    if (pending.collectingError && (indent > pending.errorIndent || trimmed === "")) {
      const verdict = messageLine(trimmed);
      if (verdict === "stop") pending.errorDone = true;
      if (verdict === "take" && !pending.errorDone && pending.failure.message.length < MAX_MESSAGE_LINES) {
        pending.failure.message.push(trimmed);
      }
      return true;
    }
    pending.collectingError = false;
    this.yamlField(pending, text, indent);
    return true;
  }
  /** Indented lines after "not ok" that are not YAML: the message, then a stack frame for the place. */
  plainDiagnostic(pending, trimmed) {
    pending.plain = true;
    if (trimmed === "" || hasLineBreak(trimmed)) return;
    if (pending.failure.message.length === 0) {
      pending.failure.message.push(trimmed);
      return;
    }
    if (pending.failure.line !== void 0) return;
    const frame = TAP_FRAME.exec(trimmed);
    if (frame === null) return;
    const location = frame[1];
    if (location.startsWith("node:") || location.includes("/node_modules/")) return;
    const end = /:(\d+):(\d+)$/.exec(location);
    if (end === null || end.index === 0) return;
    pending.failure.file = relativeToCwd(location.slice(0, end.index), this.cwd);
    pending.failure.line = Number(end[1]);
    pending.failure.column = Number(end[2]);
  }
  yamlField(pending, text, indent) {
    if (/^\s*type: '?suite'?$/.test(text)) {
      pending.isSuite = true;
      return;
    }
    const location = TAP_LOCATION.exec(text);
    if (location !== null) {
      pending.failure.file = relativeToCwd(location[1], this.cwd);
      pending.failure.line = Number(location[2]);
      pending.failure.column = Number(location[3]);
      return;
    }
    if (TAP_ERROR_BLOCK.test(text)) {
      pending.collectingError = true;
      pending.errorIndent = indent;
      return;
    }
    const inline = TAP_ERROR_INLINE.exec(text);
    if (inline !== null && pending.failure.message.length === 0) {
      pending.failure.message.push(inline[2]);
    }
  }
  endTap(pending) {
    this.tap = null;
    if (!pending.isSuite) this.failures.add(pending.failure);
  }
};
var NodeTestReader = class extends TestRunReader {
  output;
  constructor(context) {
    super(context);
    this.output = new NodeTestOutput(this.tally, this.failures, context.cwd);
  }
  read(text) {
    this.output.line(text);
    if (this.tally.sawTotals) this.recognise();
  }
  finish() {
    if (!this.recognised) return null;
    this.output.finish();
    const tool = this.hinted("mocha") ? "mocha" : this.hinted("tape", "tap") ? "tap" : "node:test";
    return this.toolSection(tool);
  }
};
var nodeTestReader = {
  id: "node:test",
  create: (context) => new NodeTestReader(context)
};

// src/findings/xml.ts
var MAX_XML_CHARS = 32 * 1024 * 1024;
var MAX_DEPTH = 256;
var ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
var NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, decimal, hex, name) => {
    if (name !== void 0) return NAMED[name];
    const code = decimal !== void 0 ? Number(decimal) : parseInt(hex, 16);
    return code <= 1114111 ? String.fromCodePoint(code) : whole;
  });
}
function parseXml(source) {
  if (source.length > MAX_XML_CHARS) return null;
  const stack = [];
  let root = null;
  let at = 0;
  while (at < source.length) {
    const open2 = source.indexOf("<", at);
    const textEnd = open2 < 0 ? source.length : open2;
    if (textEnd > at && stack.length > 0)
      stack.at(-1).text += decodeEntities(source.slice(at, textEnd));
    if (open2 < 0) break;
    if (source.startsWith("<!--", open2)) {
      const end = source.indexOf("-->", open2 + 4);
      if (end < 0) return null;
      at = end + 3;
    } else if (source.startsWith("<![CDATA[", open2)) {
      const end = source.indexOf("]]>", open2 + 9);
      if (end < 0 || stack.length === 0) return null;
      stack.at(-1).text += source.slice(open2 + 9, end);
      at = end + 3;
    } else if (source.startsWith("<?", open2)) {
      const end = source.indexOf("?>", open2 + 2);
      if (end < 0) return null;
      at = end + 2;
    } else if (source.startsWith("<!", open2)) {
      const bracket = source.indexOf("[", open2);
      const close = source.indexOf(">", open2);
      if (close < 0) return null;
      const end = bracket >= 0 && bracket < close ? source.indexOf("]>", bracket) : close - 1;
      if (end < 0) return null;
      at = end + 2;
    } else if (source.startsWith("</", open2)) {
      const close = source.indexOf(">", open2);
      const element = stack.pop();
      if (close < 0 || element === void 0) return null;
      if (source.slice(open2 + 2, close).trim() !== element.name) return null;
      at = close + 1;
    } else {
      const read = readStartTag(source, open2 + 1);
      if (read === null || stack.length >= MAX_DEPTH) return null;
      const { element, end, selfClosing } = read;
      if (stack.length > 0) stack.at(-1).children.push(element);
      else if (root === null) root = element;
      else return null;
      if (!selfClosing) stack.push(element);
      at = end;
    }
  }
  return stack.length === 0 ? root : null;
}
function isNameCharacter(character, first) {
  if (character === void 0) return false;
  if (/[A-Za-z_:]/.test(character)) return true;
  return !first && /[\w.-]/.test(character);
}
function isSpace(character) {
  return character === " " || character === "	" || character === "\n" || character === "\r";
}
function readName(source, from) {
  if (!isNameCharacter(source[from], true)) return null;
  let end = from + 1;
  while (isNameCharacter(source[end], false)) end++;
  return source.slice(from, end);
}
function skipSpaces(source, from) {
  let at = from;
  while (isSpace(source[at])) at++;
  return at;
}
function readStartTag(source, from) {
  const name = readName(source, from);
  if (name === null) return null;
  const element = { name, attributes: {}, children: [], text: "" };
  let at = from + name.length;
  for (; ; ) {
    const start = skipSpaces(source, at);
    const key = readName(source, start);
    if (key === null) {
      at = start;
      break;
    }
    const equals = skipSpaces(source, start + key.length);
    if (source[equals] !== "=") return null;
    const quoteAt = skipSpaces(source, equals + 1);
    const quote = source[quoteAt];
    if (quote !== '"' && quote !== "'") return null;
    const close = source.indexOf(quote, quoteAt + 1);
    if (close < 0) return null;
    element.attributes[key] = decodeEntities(source.slice(quoteAt + 1, close));
    at = close + 1;
  }
  if (source.startsWith("/>", at)) return { element, end: at + 2, selfClosing: true };
  if (source[at] === ">") return { element, end: at + 1, selfClosing: false };
  return null;
}
function descendants(element, name) {
  const found = [];
  const pending = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop();
    if (next.name === name) found.push(next);
    for (let index = next.children.length - 1; index >= 0; index--)
      pending.push(next.children[index]);
  }
  return found;
}

// src/findings/report-formats.ts
function label(format, producer, file) {
  const details = [producer, file].filter((part) => part !== void 0 && part !== "");
  return details.length === 0 ? format : `${format} (${details.join(", ")})`;
}
function readReport(text, cwd, file) {
  const start = text.trimStart();
  if (start.startsWith("<")) {
    const root = parseXml(start.slice(0, start.lastIndexOf(">") + 1));
    if (root === null) return null;
    if (root.name === "testsuites" || root.name === "testsuite")
      return junitSection(root, cwd, file);
    if (root.name === "checkstyle") return checkstyleSection(root, cwd, file);
    return null;
  }
  if (start.startsWith("{") || start.startsWith("[")) {
    const end = Math.max(start.lastIndexOf("}"), start.lastIndexOf("]"));
    let value;
    try {
      value = JSON.parse(start.slice(0, end + 1));
    } catch {
      return null;
    }
    if (isObject(value) && stringField(value, "version")?.startsWith("2.1") === true) {
      return sarifSection(value, cwd, file);
    }
    if (Array.isArray(value) && value.length > 0 && value.every(isEslintFile)) {
      return eslintJsonSection(value, cwd, file);
    }
    return null;
  }
  if (/^(?:TAP version \d+|1\.\.\d+|(?:not )?ok \d+)/.test(start))
    return tapSection(start, cwd, file);
  return null;
}
function isEslintFile(value) {
  return isObject(value) && typeof value.filePath === "string" && Array.isArray(value.messages);
}
function caseFile(testcase, suite) {
  const file = testcase.attributes.file ?? suite?.attributes.file;
  if (file !== void 0) return file;
  for (const candidate of [testcase.attributes.classname, suite?.attributes.name]) {
    if (candidate !== void 0 && /\.[cm]?[jt]sx?$|\.py$|\.go$|\.sh$/.test(candidate))
      return candidate;
  }
  return void 0;
}
function pythonPlace(text, classname) {
  for (const raw of text.split("\n").slice(0, 500)) {
    const entry = /^(\S+?)\.py:(\d+):/.exec(raw.trim());
    if (entry === null) continue;
    const module = entry[1].replaceAll("/", ".");
    if (classname === module || classname.startsWith(`${module}.`)) {
      return { file: `${entry[1]}.py`, line: Number(entry[2]) };
    }
  }
  return null;
}
function placeIn(text, file) {
  for (const raw of text.split("\n").slice(0, 200)) {
    const line = raw.trim().replace(/^(?:❯|at) /, "").replace(/^.*\(|\)$/g, "");
    if (line.length > 4096) continue;
    const position = trailingPosition(line, "");
    if (position !== null && line.slice(0, position.index).endsWith(file)) {
      return { line: position.line, column: position.column };
    }
    const colon = /^(\S+?):(\d+):/.exec(line);
    if (colon !== null && colon[1].endsWith(file)) return { line: Number(colon[2]) };
  }
  return null;
}
function junitSection(root, cwd, file) {
  const tally = emptyTally();
  const failures = new FailureSet();
  let errors = 0;
  const suites = root.name === "testsuite" ? [root] : descendants(root, "testsuite");
  const cases = suites.length === 0 ? descendants(root, "testcase") : [];
  const all = [
    ...suites.flatMap(
      (suite) => suite.children.filter((child) => child.name === "testcase").map((c) => [c, suite])
    ),
    ...cases.map((c) => [c, void 0])
  ];
  for (const [testcase, suite] of all) {
    const failure = testcase.children.find(
      (child) => child.name === "failure" || child.name === "error"
    );
    if (testcase.children.some((child) => child.name === "skipped")) {
      tally.skipped++;
      continue;
    }
    if (failure === void 0) {
      tally.passed++;
      continue;
    }
    if (failure.name === "error") errors++;
    else tally.failed++;
    failures.add(junitFailure(testcase, suite, failure, cwd));
  }
  tally.sawTotals = true;
  const producer = root.attributes.name?.split(" ")[0];
  const section = testSection(label("junit", producer, file), 0, tally, failures);
  if (errors === 0) return section;
  return {
    ...section,
    counts: { ...section.counts, errors },
    summary: `${section.summary}, ${plural(errors, "error")}`
  };
}
function junitFailure(testcase, suite, failure, cwd) {
  const name = testcase.attributes.name ?? "(unnamed test)";
  const message = failure.attributes.message ?? failure.text.trim().split("\n")[0] ?? "";
  const result = { test: name, message: message === "" ? [] : [message] };
  const file = caseFile(testcase, suite);
  if (file === void 0) {
    const classname = testcase.attributes.classname;
    const place3 = classname === void 0 ? null : pythonPlace(failure.text, classname);
    if (place3 !== null) {
      result.file = relativeToCwd(place3.file, cwd);
      result.line = place3.line;
    }
    return result;
  }
  result.file = relativeToCwd(file, cwd);
  const line = Number(testcase.attributes.line);
  if (Number.isInteger(line) && line > 0) {
    result.line = line;
    const column = Number(testcase.attributes.column);
    if (Number.isInteger(column) && column > 0) result.column = column;
    return result;
  }
  const place2 = placeIn(failure.text, file);
  if (place2 !== null) {
    result.line = place2.line;
    if (place2.column !== void 0) result.column = place2.column;
  }
  return result;
}
function severityOf(level) {
  if (level === "error" || level === "fatal") return "error";
  if (level === "warning" || level === "warn") return "warning";
  return "notice";
}
function diagnosticsSummary(diagnostics) {
  return {
    errors: diagnostics.errors,
    warnings: diagnostics.warnings,
    notices: diagnostics.notices
  };
}
function checkstyleSection(root, cwd, file) {
  const diagnostics = new Diagnostics(cwd);
  let producer;
  for (const fileElement of root.children.filter((child) => child.name === "file")) {
    const name = fileElement.attributes.name;
    for (const error of fileElement.children.filter((child) => child.name === "error")) {
      const line = Number(error.attributes.line);
      const column = Number(error.attributes.column);
      const source = error.attributes.source;
      producer ??= source?.includes(".") === true ? source.split(".")[0] : void 0;
      diagnostics.add({
        severity: severityOf(error.attributes.severity),
        message: error.attributes.message ?? "",
        ...source === void 0 ? {} : { code: source },
        ...name === void 0 ? {} : { file: name },
        ...Number.isInteger(line) && line > 0 ? { line } : {},
        ...Number.isInteger(column) && column > 0 && line > 0 ? { column } : {}
      });
    }
  }
  return diagnostics.section(
    label("checkstyle", producer, file),
    0,
    diagnostics.describe(),
    diagnosticsSummary(diagnostics)
  );
}
function uriPath(uri) {
  if (!uri.startsWith("file:")) return decodeURIComponent(uri);
  try {
    return fileURLToPath2(uri);
  } catch {
    return uri;
  }
}
function sarifSection(log, cwd, file) {
  const diagnostics = new Diagnostics(cwd);
  const producers = [];
  for (const run of arrayField(log, "runs")) {
    const name = stringField(objectField(objectField(run, "tool"), "driver"), "name");
    if (name !== void 0 && !producers.includes(name)) producers.push(name);
    for (const result of arrayField(run, "results")) {
      const text = stringField(objectField(result, "message"), "text") ?? "";
      const physical = objectField(arrayField(result, "locations")[0], "physicalLocation");
      const uri = stringField(objectField(physical, "artifactLocation"), "uri");
      const region = objectField(physical, "region");
      const line = numberField(region, "startLine");
      const column = numberField(region, "startColumn");
      const endLine = numberField(region, "endLine");
      const ruleId = stringField(result, "ruleId");
      diagnostics.add({
        // SARIF's default level is "warning".
        severity: severityOf(stringField(result, "level") ?? "warning"),
        message: text,
        ...ruleId === void 0 ? {} : { code: ruleId },
        ...uri === void 0 ? {} : { file: uriPath(uri) },
        ...line === void 0 ? {} : { line },
        ...column === void 0 ? {} : { column },
        ...endLine === void 0 ? {} : { endLine }
      });
    }
  }
  return diagnostics.section(
    label("sarif", producers.join(", "), file),
    0,
    diagnostics.describe(),
    diagnosticsSummary(diagnostics)
  );
}
function eslintJsonSection(files, cwd, file) {
  const diagnostics = new Diagnostics(cwd);
  for (const entry of files) {
    const filePath = stringField(entry, "filePath");
    for (const message of arrayField(entry, "messages")) {
      const line = numberField(message, "line");
      const column = numberField(message, "column");
      const endLine = numberField(message, "endLine");
      const ruleId = stringField(message, "ruleId");
      diagnostics.add({
        severity: numberField(message, "severity") === 2 ? "error" : "warning",
        message: stringField(message, "message") ?? "",
        ...ruleId === void 0 ? {} : { code: ruleId },
        ...filePath === void 0 ? {} : { file: filePath },
        ...line === void 0 || line < 1 ? {} : { line },
        ...column === void 0 || line === void 0 || line < 1 ? {} : { column },
        ...endLine === void 0 ? {} : { endLine }
      });
    }
  }
  return diagnostics.section(label("eslint", void 0, file), 0, diagnostics.describe(), {
    errors: diagnostics.errors,
    warnings: diagnostics.warnings
  });
}
function tapSection(text, cwd, file) {
  const tally = emptyTally();
  const failures = new FailureSet();
  const output = new NodeTestOutput(tally, failures, cwd);
  let ok = 0;
  let notOk = 0;
  for (const line of text.split("\n")) {
    output.line(line);
    if (/^ok \d+/.test(line) && !/# (?:SKIP|TODO)\b/i.test(line)) ok++;
    else if (/^not ok \d+/.test(line) && !/# (?:SKIP|TODO)\b/i.test(line)) notOk++;
  }
  output.finish();
  if (!tally.sawTotals) {
    tally.passed = ok;
    tally.failed = notOk;
    tally.sawTotals = true;
  }
  return testSection(label("tap", void 0, file), 0, tally, failures);
}

// src/findings/report-files.ts
var DEFAULT_REPORT_PATHS = [
  "junit.xml",
  "test-results/junit.xml",
  "reports/junit.xml",
  "test-report.xml",
  "checkstyle-result.xml",
  "eslint-report.json",
  "results.sarif"
];
var MAX_REPORT_BYTES = 32 * 1024 * 1024;
var MTIME_SLACK_MS = 2e3;
function readFreshReport(cwd, file, sinceMs) {
  const resolved = path3.resolve(cwd, file);
  const relative = path3.relative(cwd, resolved);
  if (relative.startsWith("..") || path3.isAbsolute(relative)) return null;
  let text;
  try {
    const stat = statSync2(resolved);
    if (!stat.isFile() || stat.size > MAX_REPORT_BYTES) return null;
    if (stat.mtimeMs < sinceMs - MTIME_SLACK_MS) return null;
    text = readFileSync2(resolved, "utf8");
  } catch {
    return null;
  }
  return readReport(text, cwd, relative.split(path3.sep).join("/"));
}
var MAX_BUFFERED_CHARS = 16 * 1024 * 1024;
var REPORT_START = /^(?:<\?xml|<testsuites?\b|<checkstyle\b|\[\s*(?:\{|$)|\{\s*(?:"\$schema"|"version"|$))/;
var ReportOutputReader = class extends LineReader {
  lines = [];
  chars = 0;
  state = "waiting";
  read(text) {
    if (this.state === "off") return;
    if (this.state === "waiting") {
      if (text.trim() === "") return;
      this.state = REPORT_START.test(text.trimStart().slice(0, 200)) ? "buffering" : "off";
      if (this.state === "off") return;
    }
    this.chars += text.length + 1;
    if (this.chars > MAX_BUFFERED_CHARS) {
      this.state = "off";
      this.lines.length = 0;
      return;
    }
    this.lines.push(text);
  }
  finish() {
    if (this.state !== "buffering") return null;
    return readReport(this.lines.join("\n"), this.context.cwd);
  }
};
var reportOutputReader = {
  id: "report",
  create: (context) => new ReportOutputReader(context)
};

// src/findings/combine.ts
var CombinedCollector = class {
  constructor(command, cwd, options, reports = []) {
    this.cwd = cwd;
    this.options = options;
    this.reports = reports;
    addCommandHints(command, this.hints);
    const program = simpleCommands(command)[0];
    const context = {
      cwd,
      hints: this.hints,
      ...program === void 0 ? {} : { program: programName(program) }
    };
    this.primary = options.primary?.create(command, { cwd }) ?? null;
    this.readers = options.readers.map((reader) => reader.create(context));
    this.fallback = options.fallback.create(context);
  }
  hints = /* @__PURE__ */ new Set();
  primary;
  readers;
  fallback;
  startedAtMs = Date.now();
  line(text) {
    addEchoedScriptHints(text, this.hints);
    this.primary?.line(text);
    for (const reader of this.readers) reader.line(text);
    this.fallback.line(text);
  }
  finish(exitCode) {
    const sections = this.readers.map((reader) => reader.finish(exitCode)).filter((section) => section !== null);
    const primary = this.primary?.finish(exitCode) ?? null;
    const named2 = this.reportSections(this.reports);
    sections.push(...named2);
    if (sections.length === 0 && primary === null) {
      sections.push(...this.reportSections(DEFAULT_REPORT_PATHS).slice(0, 1));
    }
    sections.sort((a, b) => Number(failing(b)) - Number(failing(a)) || a.at - b.at);
    if (primary !== null) return merge([primary, ...sections]);
    if (sections.length > 0) return merge(sections);
    const fallback = this.fallback.finish(exitCode);
    if (fallback !== null) return merge([fallback]);
    return nothingRecognised(this.options.label, exitCode);
  }
  /** Sections of the report files at `paths` written during the step, after the output's own. */
  reportSections(paths) {
    const { cwd } = this;
    if (cwd === void 0) return [];
    return paths.map((file) => readFreshReport(cwd, file, this.startedAtMs)).filter((section) => section !== null).map((section) => ({ ...section, at: Number.MAX_SAFE_INTEGER }));
  }
};
function failing(section) {
  const { counts: counts2 } = section;
  return section.findings.some((finding2) => finding2.severity === "error") || (counts2.failed ?? 0) > 0 || (counts2.errors ?? 0) > 0 || (counts2.thresholdsMissed ?? 0) > 0;
}
function nothingRecognised(label2, exitCode) {
  const exit = exitDescription(exitCode);
  let summary;
  if (label2 === null) summary = exit;
  else if (label2 === "build") summary = exitCode === 0 ? "build: ok" : `build: failed (${exit})`;
  else summary = `${label2}: no totals found (${exit})`;
  return { findings: [], droppedFindings: 0, counts: {}, summary };
}
function merge(reports) {
  if (reports.length === 1) {
    const [only] = reports;
    return {
      findings: only.findings,
      droppedFindings: only.droppedFindings,
      counts: only.counts,
      summary: only.summary
    };
  }
  const findings = [];
  let dropped = 0;
  const counts2 = {};
  for (const report of reports) {
    const room = MAX_FINDINGS - findings.length;
    findings.push(...report.findings.slice(0, room));
    dropped += report.droppedFindings + Math.max(0, report.findings.length - room);
    const prefix = "tool" in report ? `${report.tool}.` : "";
    for (const [key, value] of Object.entries(report.counts)) counts2[`${prefix}${key}`] = value;
  }
  return {
    findings,
    droppedFindings: dropped,
    counts: counts2,
    summary: reports.map((report) => report.summary).join("; ")
  };
}

// src/findings/biome.ts
var CHECKED = /^Checked (\d+) files? in /;
var FOUND = /^Found (\d+) (errors?|warnings?|infos?)\.$/;
var CONCISE = /^([×!i]) (\S+?): ([\w/]+): (.*)$/;
var CATEGORY = /^(?:lint|format|assist|organizeImports|parse|syntax)\b[\w/]*$/;
var MARKS = {
  "\xD7": "error",
  "!": "warning",
  i: "notice"
};
function place(location) {
  const position = trailingPosition(location, "");
  if (position === null || position.index === 0) return { file: location };
  return { file: location.slice(0, position.index), line: position.line, column: position.column };
}
var BiomeReader = class extends DiagnosticsReader {
  pending = null;
  stated = { errors: 0, warnings: 0, seen: false };
  files = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text.endsWith("\u2501")) {
      this.header(text);
      return;
    }
    const trimmed = text.trim();
    if (this.pending !== null && trimmed !== "") {
      const severity = MARKS[trimmed[0]];
      const pending = this.pending;
      this.pending = null;
      if (severity !== void 0 && trimmed[1] === " ") {
        this.add(severity, trimmed.slice(2), pending);
        return;
      }
    }
    const concise = CONCISE.exec(text);
    if (concise !== null && CATEGORY.test(concise[3])) {
      this.add(MARKS[concise[1]], concise[4], { ...place(concise[2]), category: concise[3] });
      return;
    }
    const checked = CHECKED.exec(text);
    if (checked !== null) {
      this.recognise();
      this.files = Number(checked[1]);
      return;
    }
    const found = this.recognised ? FOUND.exec(text) : null;
    if (found !== null) {
      this.stated.seen = true;
      if (found[2].startsWith("error")) this.stated.errors = Number(found[1]);
      else if (found[2].startsWith("warning")) this.stated.warnings = Number(found[1]);
    }
  }
  /** "src/x.ts:10:10 lint/suspicious/noDoubleEquals  FIXABLE  ━━━" */
  header(text) {
    const words = text.split(" ").filter((word) => word !== "");
    if (words.length < 3 || !/^━+$/.test(words.at(-1))) return;
    const category = words[1];
    if (!CATEGORY.test(category)) return;
    this.pending = { ...place(words[0]), category };
  }
  add(severity, message, at) {
    this.recognise();
    this.diagnostics.add({
      severity,
      message,
      code: at.category,
      file: at.file,
      ...at.line === void 0 ? {} : { line: at.line, column: at.column }
    });
  }
  finish() {
    if (!this.recognised) return null;
    const { diagnostics, stated } = this;
    const errors = Math.max(stated.errors, diagnostics.errors);
    const warnings = Math.max(stated.warnings, diagnostics.warnings);
    const parts = [];
    if (errors > 0) parts.push(plural(errors, "error"));
    if (warnings > 0) parts.push(plural(warnings, "warning"));
    const files = this.files === null ? "" : ` in ${plural(this.files, "file")} checked`;
    const summary = parts.length === 0 ? `no problems${files}` : parts.join(", ");
    return diagnostics.section("biome", this.at, summary, { errors, warnings });
  }
};
var biomeReader = {
  id: "biome",
  create: (context) => new BiomeReader(context)
};

// src/findings/build-errors.ts
var FILE_ERROR = /^(\S+\.(?:[cm]?[jt]sx?)): error: (.+)$/;
var BuildErrorReader = class extends DiagnosticsReader {
  read(text) {
    if (!LineReader.readable(text)) return;
    const found = FILE_ERROR.exec(text);
    if (found === null) return;
    this.recognise();
    this.diagnostics.add({ severity: "error", message: found[2], file: found[1] });
  }
  finish() {
    if (!this.recognised) return null;
    return this.diagnostics.section("build", this.at, plural(this.diagnostics.errors, "error"));
  }
};
var buildErrorReader = {
  id: "build",
  create: (context) => new BuildErrorReader(context)
};

// src/findings/cvss.ts
var WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
};
var PRIVILEGES = {
  N: { unchanged: 0.85, changed: 0.85 },
  L: { unchanged: 0.62, changed: 0.68 },
  H: { unchanged: 0.27, changed: 0.5 }
};
function roundUp(value) {
  const scaled = Math.round(value * 1e5);
  return scaled % 1e4 === 0 ? scaled / 1e5 : (Math.floor(scaled / 1e4) + 1) / 10;
}
function metrics(vector) {
  const parts = vector.trim().split("/");
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? "")) return null;
  const found = /* @__PURE__ */ new Map();
  for (const part of parts.slice(1)) {
    const [name, value] = part.split(":");
    if (name !== void 0 && value !== void 0) found.set(name, value);
  }
  return found;
}
function cvss3BaseScore(vector) {
  const found = metrics(vector);
  if (found === null) return null;
  const weight = (name) => {
    const values = ownEntry(WEIGHTS, name);
    return values === void 0 ? void 0 : ownEntry(values, found.get(name) ?? "");
  };
  const [av, ac, ui, c, i, a] = ["AV", "AC", "UI", "C", "I", "A"].map(weight);
  const scope = found.get("S");
  const privileges = ownEntry(PRIVILEGES, found.get("PR") ?? "");
  if (av === void 0 || ac === void 0 || ui === void 0 || c === void 0 || i === void 0 || a === void 0 || privileges === void 0 || scope !== "U" && scope !== "C") {
    return null;
  }
  const changed = scope === "C";
  const impactSubScore = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15) : 6.42 * impactSubScore;
  const pr = changed ? privileges.changed : privileges.unchanged;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}
function cvssSeverity(score) {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}

// src/findings/cargo-audit.ts
var WARNING_KINDS = ["unmaintained", "unsound", "yanked", "notice"];
var FIELD = /^(Crate|Version|Warning|Title|Date|ID|URL|Severity|Solution):(?=(\s+))\2(.*)$/;
var SEVERITY_TEXT = /\(([a-z]+)\)\s*$/;
var SUMMARY_LINE = /^(?:error|warning): \d+ (?:vulnerabilit|denied warning|allowed warning)/;
function advisoryUrl(id, url, license) {
  const page = id?.startsWith("RUSTSEC-") ? `https://rustsec.org/advisories/${id}` : void 0;
  return license === "CC-BY-4.0" ? url ?? page : page ?? url;
}
function entryFinding(entry) {
  const isVulnerability = entry.kind === "vulnerability";
  const subject = entry.version !== void 0 ? `${entry.package} ${entry.version}` : entry.package;
  const what = isVulnerability ? `${entry.title ?? "vulnerability"} (${subject}${entry.solution !== void 0 ? `; ${entry.solution}` : ""})` : `${subject} is ${entry.kind}${entry.title !== void 0 ? `: ${entry.title}` : ""}`;
  const finding2 = {
    severity: isVulnerability ? "error" : "warning",
    message: oneLine(what),
    package: entry.package,
    kind: entry.kind
  };
  if (entry.id !== void 0) finding2.code = entry.id;
  if (entry.version !== void 0) finding2.version = entry.version;
  if (entry.advisorySeverity !== void 0) finding2.advisorySeverity = entry.advisorySeverity;
  const url = entry.url ?? advisoryUrl(entry.id, void 0);
  if (url !== void 0) finding2.url = url;
  return finding2;
}
function severityFromVector(vector) {
  if (vector === void 0) return void 0;
  const score = cvss3BaseScore(vector);
  return score === null ? void 0 : cvssSeverity(score);
}
function jsonEntry(kind, item) {
  const pkg = objectField(item, "package");
  const advisory = objectField(item, "advisory");
  const name = stringField(pkg, "name") ?? stringField(advisory, "package");
  if (name === void 0) return null;
  const entry = { kind, package: name };
  const version = stringField(pkg, "version");
  const id = stringField(advisory, "id");
  const title = stringField(advisory, "title");
  const url = advisoryUrl(id, stringField(advisory, "url"), stringField(advisory, "license"));
  const severity = severityFromVector(stringField(advisory, "cvss"));
  if (version !== void 0) entry.version = version;
  if (id !== void 0) entry.id = id;
  if (title !== void 0 && title !== "") entry.title = title;
  if (url !== void 0) entry.url = url;
  if (severity !== void 0) entry.advisorySeverity = severity;
  const patched = arrayField(objectField(item, "versions"), "patched").filter(
    (range) => typeof range === "string"
  );
  if (kind === "vulnerability") {
    entry.solution = patched.length > 0 ? `upgrade to ${patched.join(" or ")}` : "no fixed upgrade is available";
  }
  return entry;
}
function entriesFromJson(report) {
  const entries = [];
  for (const item of arrayField(objectField(report, "vulnerabilities"), "list")) {
    const entry = jsonEntry("vulnerability", item);
    if (entry !== null) entries.push(entry);
  }
  const warnings = objectField(report, "warnings") ?? {};
  for (const [kind, list] of Object.entries(warnings)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const entry = jsonEntry(stringField(item, "kind") ?? kind, item);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}
var HumanAuditReader = class {
  entries = [];
  firstError = null;
  current = null;
  line(text) {
    const field = FIELD.exec(text);
    if (field === null) {
      if (this.firstError === null && text.startsWith("error: ") && !SUMMARY_LINE.test(text)) {
        this.firstError = text;
      }
      return;
    }
    const [, name, , rawValue] = field;
    const value = rawValue.trim();
    if (name === "Crate") {
      this.current = { kind: "vulnerability", package: value };
      this.entries.push(this.current);
      return;
    }
    const entry = this.current;
    if (entry === null) return;
    if (name === "Version") entry.version = value;
    else if (name === "Warning") entry.kind = value;
    else if (name === "Title") entry.title = value;
    else if (name === "ID") entry.id = value;
    else if (name === "URL") entry.url = value;
    else if (name === "Solution")
      entry.solution = value.replace(/^Upgrade/, "upgrade").replace(/^No(.*?)!?$/, "no$1");
    else if (name === "Severity") {
      const severity = SEVERITY_TEXT.exec(value)?.[1];
      if (severity !== void 0) entry.advisorySeverity = severity;
    }
  }
};
function isAuditReport(value) {
  return isObject(value.vulnerabilities);
}
function auditSummary(entries, exitCode, firstError) {
  const vulnerabilities = entries.filter((entry) => entry.kind === "vulnerability");
  const warnings = entries.length - vulnerabilities.length;
  const warningText = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  const [first] = vulnerabilities;
  if (first !== void 0) {
    const more = vulnerabilities.length > 1 ? ` and ${vulnerabilities.length - 1} more` : "";
    return `cargo audit: ${first.id ?? "advisory"} in ${first.package}${more}${warningText}`;
  }
  if (exitCode !== 0 && entries.length === 0) {
    return `cargo audit: ${firstError ?? "failed"} (${exitDescription(exitCode)})`;
  }
  return `cargo audit: 0 vulnerabilities${warningText}`;
}
var CargoAuditCollector = class {
  json = new JsonCapture();
  human = new HumanAuditReader();
  line(raw) {
    const text = stripAnsi(raw);
    this.json.line(text);
    this.human.line(text);
  }
  finish(exitCode) {
    const report = this.json.parse(isAuditReport);
    const entries = report !== null ? entriesFromJson(report) : this.human.entries;
    const findings = new FindingList();
    for (const entry of entries) findings.add(entryFinding(entry));
    const counts2 = {
      vulnerabilities: entries.filter((entry) => entry.kind === "vulnerability").length,
      warnings: entries.filter((entry) => entry.kind !== "vulnerability").length
    };
    for (const kind of WARNING_KINDS)
      counts2[kind] = entries.filter((entry) => entry.kind === kind).length;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: counts2,
      summary: auditSummary(entries, exitCode, this.human.firstError)
    };
  }
};
var cargoAuditParser = {
  id: "cargo-audit",
  matches: (command) => recognises("cargo-audit", command),
  create: () => new CargoAuditCollector()
};

// src/findings/rust-diagnostics.ts
var HEADER = /^(error|warning)(?:\[([^\]\s]+)\])?: (.+)$/;
var LOCATION = /^\s*--> (.+?):(\d+):(\d+)\s*$/;
var BODY = /^\s*(?:\||= )/;
var SUMMARY_LINES = [
  /^error: aborting due to/,
  /^error: could not compile/,
  /^warning: build failed, waiting for other jobs/,
  /^warning: .* generated \d+ warnings?/,
  /^warning: \d+ warnings? emitted/,
  /^error: test failed, to rerun/,
  /^error: \d+ targets? failed/
];
var LINT_SOURCES = [
  /`-[DWF] ([A-Za-z0-9_:-]+)` implied by `-[DWF] warnings`/,
  /requested on the command line with `-[DWF] ([A-Za-z0-9_:-]+)`/,
  /`#\[(?:warn|deny|forbid|expect)\(([A-Za-z0-9_:]+)\)\]`/
];
var CLIPPY_LINK_PATH = "rust-clippy/";
var CLIPPY_LINK_PAGE = "index.html#";
var LINT_NAME = /[a-z0-9_]+/y;
var LINK_BREAK = /[\s#]/;
var MAX_REMEMBERED = 1e5;
function clippyLinkLint(text) {
  let from = 0;
  for (; ; ) {
    const page = text.indexOf(CLIPPY_LINK_PAGE, from);
    if (page === -1) return void 0;
    let start = page;
    while (start > from && !LINK_BREAK.test(text[start - 1])) start--;
    from = page + CLIPPY_LINK_PAGE.length;
    if (!text.slice(start, page).includes(CLIPPY_LINK_PATH)) continue;
    LINT_NAME.lastIndex = from;
    const lint = LINT_NAME.exec(text);
    if (lint !== null) return lint[0];
  }
}
function normaliseLint(name) {
  return name.replace(/-/g, "_");
}
var RustDiagnosticCollector = class {
  constructor(findings = new FindingList(), cwd) {
    this.cwd = cwd;
    this.findings = findings;
  }
  findings;
  errors = 0;
  warnings = 0;
  /** Set when cargo said "could not compile": the build (or test build) failed. */
  compileFailed = false;
  /** cargo's own first `error:` line (not a diagnostic), for summaries when nothing else explains a failure. */
  firstCargoError = null;
  pending = null;
  seen = /* @__PURE__ */ new Set();
  /** Feeds one line; returns true when the line belonged to a diagnostic (callers may skip it). */
  line(raw) {
    const text = stripAnsi(raw);
    const header = HEADER.exec(text);
    if (header !== null) {
      this.flush();
      if (SUMMARY_LINES.some((pattern) => pattern.test(text))) {
        if (text.startsWith("error: could not compile")) this.compileFailed = true;
        return true;
      }
      this.pending = {
        severity: header[1] === "error" ? "error" : "warning",
        code: header[2],
        message: header[3],
        confirmed: false,
        awaitingBody: true
      };
      return true;
    }
    const pending = this.pending;
    if (pending === null) return false;
    if (pending.awaitingBody) return this.firstBodyLine(pending, text);
    if (text.trim() === "") {
      this.flush();
      return false;
    }
    this.learnCode(pending, text);
    return true;
  }
  /**
   * Flushes the diagnostic in progress (call at the end of output). When the command failed
   * without any error diagnostic, cargo's own error line (a bad manifest, an offline registry)
   * becomes a finding so the failure is explained; it is not counted as a compiler error.
   */
  finish(exitCode = 0) {
    this.flush();
    if (exitCode !== 0 && this.errors === 0 && this.firstCargoError !== null) {
      this.findings.add({ severity: "error", message: oneLine(this.firstCargoError) });
    }
  }
  firstBodyLine(pending, text) {
    pending.awaitingBody = false;
    const location = LOCATION.exec(text);
    if (location !== null) {
      pending.file = relativeToCwd(location[1], this.cwd);
      pending.line = Number(location[2]);
      pending.column = Number(location[3]);
      pending.confirmed = true;
      return true;
    }
    if (BODY.test(text)) {
      pending.confirmed = true;
      this.learnCode(pending, text);
      return true;
    }
    if (pending.severity === "error" && this.firstCargoError === null) {
      this.firstCargoError = `error: ${pending.message}`;
    }
    this.pending = null;
    return false;
  }
  learnCode(pending, text) {
    if (pending.code !== void 0) return;
    for (const pattern of LINT_SOURCES) {
      const match = pattern.exec(text);
      if (match !== null) {
        pending.code = normaliseLint(match[1]);
        return;
      }
    }
    const lint = clippyLinkLint(text);
    if (lint !== void 0) pending.code = `clippy::${lint}`;
  }
  flush() {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (!pending.confirmed) {
      if (pending.severity === "error" && this.firstCargoError === null) {
        this.firstCargoError = `error: ${pending.message}`;
      }
      return;
    }
    const key = [
      pending.severity,
      pending.code,
      pending.file,
      pending.line,
      pending.column,
      pending.message
    ].join("\0");
    if (this.seen.has(key)) return;
    if (this.seen.size < MAX_REMEMBERED) this.seen.add(key);
    if (pending.severity === "error") this.errors++;
    else this.warnings++;
    const finding2 = { severity: pending.severity, message: oneLine(pending.message) };
    if (pending.code !== void 0) finding2.code = pending.code;
    if (pending.file !== void 0) finding2.file = pending.file;
    if (pending.line !== void 0) finding2.line = pending.line;
    if (pending.column !== void 0) finding2.column = pending.column;
    this.findings.add(finding2);
  }
};
function diagnosticCounts(errors, warnings, always = false) {
  const parts = [];
  if (always || errors > 0) parts.push(plural(errors, "error"));
  if (always || warnings > 0) parts.push(plural(warnings, "warning"));
  return parts.join(", ");
}
function rustDiagnosticsParser(id, summary) {
  return {
    id,
    matches: (command) => recognises(id, command),
    create: (_command, context) => {
      const diagnostics = new RustDiagnosticCollector(void 0, context?.cwd);
      return {
        line: (text) => {
          diagnostics.line(text);
        },
        finish: (exitCode) => {
          diagnostics.finish(exitCode);
          const { errors, warnings } = diagnostics;
          return {
            findings: diagnostics.findings.findings,
            droppedFindings: diagnostics.findings.droppedCount,
            counts: { errors, warnings },
            summary: summary(diagnostics, exitCode)
          };
        }
      };
    }
  };
}

// src/findings/cargo-build.ts
var cargoBuildParser = rustDiagnosticsParser("cargo-build", (diagnostics, exitCode) => {
  const { errors, warnings } = diagnostics;
  const counts2 = `cargo build: ${diagnosticCounts(errors, warnings, true)}`;
  if (exitCode === 0 || errors > 0) return counts2;
  return `${counts2} (${diagnostics.firstCargoError ?? "failed"}, ${exitDescription(exitCode)})`;
});

// src/findings/cargo-test.ts
var RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
var FAILED_TEST = /^test (.+) \.\.\. FAILED$/;
var FAILURE_SECTION = /^---- (.+) std(?:out|err) ----$/;
var PANIC_START = "thread '";
var PANICKED_AT = /'(?: \(\d+\))? panicked at /g;
var MESSAGE_END = "', ";
var END_OF_MESSAGE = /^(?:stack backtrace:|note: |failures:$|---- )/;
var MAX_MESSAGE_LINES2 = 6;
function panicLine(text) {
  if (!text.startsWith(PANIC_START) || hasLineBreak(text)) return null;
  const end = trailingPosition(text, ":");
  if (end === null) return null;
  const messageEnd = text.lastIndexOf(MESSAGE_END, end.index - MESSAGE_END.length - 1);
  PANICKED_AT.lastIndex = PANIC_START.length;
  const site = PANICKED_AT.exec(text);
  if (site === null) return null;
  const rest = site.index + site[0].length;
  if (rest >= end.index) return null;
  const panic = {
    thread: text.slice(PANIC_START.length, site.index),
    line: end.line,
    column: end.column
  };
  if (text[rest] === "'" && messageEnd > rest) {
    return {
      ...panic,
      message: text.slice(rest + 1, messageEnd),
      file: text.slice(messageEnd + MESSAGE_END.length, end.index)
    };
  }
  return { ...panic, message: void 0, file: text.slice(rest, end.index) };
}
var CargoTestCollector = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.diagnostics = new RustDiagnosticCollector(this.findings, cwd);
  }
  findings = new FindingList();
  diagnostics;
  passed = 0;
  failed = 0;
  ignored = 0;
  sawResult = false;
  /** Failing tests by name, in the order they were reported; details filled from their sections. */
  failures = /* @__PURE__ */ new Map();
  current = null;
  line(raw) {
    const text = stripAnsi(raw);
    if (this.diagnostics.line(text)) return;
    const result = RESULT.exec(text);
    if (result !== null) {
      this.sawResult = true;
      this.passed += Number(result[1]);
      this.failed += Number(result[2]);
      this.ignored += Number(result[3]);
      this.current = null;
      return;
    }
    const failed = FAILED_TEST.exec(text);
    if (failed !== null) {
      this.failure(failed[1]);
      return;
    }
    const section = FAILURE_SECTION.exec(text);
    if (section !== null) {
      this.current = this.failure(section[1]);
      return;
    }
    this.panicOrMessage(text);
  }
  finish(exitCode) {
    this.diagnostics.finish(exitCode);
    for (const failure of this.failures.values()) this.findings.add(testFailureFinding(failure));
    const { errors, warnings } = this.diagnostics;
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { passed: this.passed, failed: this.failed, ignored: this.ignored, errors, warnings },
      summary: this.summary(exitCode)
    };
  }
  summary(exitCode) {
    const { errors } = this.diagnostics;
    if (this.diagnostics.compileFailed || errors > 0) {
      return `cargo test: does not compile (${diagnosticCounts(Math.max(errors, 1), 0)})`;
    }
    const ignored = this.ignored > 0 ? `, ${this.ignored} ignored` : "";
    if (this.failed > 0) return `cargo test: ${this.failed} failed, ${this.passed} passed${ignored}`;
    if (exitCode !== 0) {
      const reason = this.diagnostics.firstCargoError ?? "failed";
      return `cargo test: ${reason} (${exitDescription(exitCode)})`;
    }
    if (!this.sawResult) return "cargo test: no test results";
    return `cargo test: ${this.passed} passed${ignored}`;
  }
  failure(test) {
    let failure = this.failures.get(test);
    if (failure === void 0) {
      failure = { test, message: [], collecting: false };
      this.failures.set(test, failure);
    }
    return failure;
  }
  /**
   * Outside a "---- name stdout ----" section (tests run with --nocapture) the panicking
   * thread is named after its test; panics of other threads are not test failures.
   */
  panickedTest(thread) {
    if (thread === "main" || thread === "<unnamed>") return null;
    return this.failure(thread);
  }
  panicOrMessage(text) {
    const panic = panicLine(text);
    if (panic !== null) {
      const failure2 = this.current ?? this.panickedTest(panic.thread);
      if (failure2 === null) return;
      this.current = failure2;
      failure2.file = relativeToCwd(panic.file, this.cwd);
      failure2.line = panic.line;
      failure2.column = panic.column;
      failure2.message = panic.message !== void 0 ? [panic.message] : [];
      failure2.collecting = panic.message === void 0;
      return;
    }
    const failure = this.current;
    if (failure === null || !failure.collecting) return;
    if (text.trim() === "" || END_OF_MESSAGE.test(text)) {
      failure.collecting = failure.message.length === 0 && text.trim() === "";
      return;
    }
    if (failure.message.length < MAX_MESSAGE_LINES2) failure.message.push(text.trim());
  }
};
var cargoTestParser = {
  id: "cargo-test",
  matches: (command) => recognises("cargo-test", command),
  create: (_command, context) => new CargoTestCollector(context?.cwd)
};

// src/findings/cli-check.ts
var VERSION_LINE = /^(?:[\w@./-]+\s+){0,3}v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?:\s+\S.*)?$/;
var USAGE = /^\s*usage:/i;
var MAX_VERSION_LINE = 200;
var CliCheckCollector = class {
  constructor(check) {
    this.check = check;
  }
  versionLine = null;
  usagePrinted = false;
  lines = 0;
  line(raw) {
    const text = stripAnsi(raw).trim();
    this.lines++;
    if (USAGE.test(text)) this.usagePrinted = true;
    if (text.length <= MAX_VERSION_LINE && !USAGE.test(text) && VERSION_LINE.test(text)) {
      this.versionLine = text;
    }
  }
  finish(exitCode) {
    const findings = new FindingList();
    const versionPrinted = this.check.asksVersion && this.versionLine !== null ? 1 : 0;
    let summary;
    if (versionPrinted === 1) summary = this.versionLine;
    else if (this.check.asksVersion) {
      summary = "--version printed no version";
      findings.add({
        severity: "error",
        message: `${this.check.programs.join(", ")} --version printed no version`
      });
    } else if (this.usagePrinted) summary = `${this.check.programs.join(", ")} --help printed usage`;
    else summary = `${this.check.programs.join(", ") || "command"}: ${exitDescription(exitCode)}`;
    if (exitCode !== 0 && versionPrinted === 1) summary += ` (${exitDescription(exitCode)})`;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { versionPrinted, helpPrinted: this.usagePrinted ? 1 : 0, lines: this.lines },
      summary
    };
  }
};
var cliCheckParser = {
  id: "cli",
  matches: (command) => recognises("cli", command),
  create: (command) => new CliCheckCollector(flagCheck(command))
};

// src/findings/clippy.ts
var clippyParser = rustDiagnosticsParser("clippy", (diagnostics, exitCode) => {
  const { errors, warnings } = diagnostics;
  if (errors + warnings > 0) return `clippy: ${diagnosticCounts(errors, warnings)}`;
  if (exitCode === 0) return "clippy: no errors or warnings";
  return `clippy: ${diagnostics.firstCargoError ?? "failed"} (${exitDescription(exitCode)})`;
});

// src/findings/coverage.ts
var ISTANBUL = /^ERROR: Coverage for (\w+) \(([\d.]+)%\) does not meet (?:global )?threshold \(([\d.]+)%\)(?: for (.+))?$/;
var JEST = /^Jest: "(.+)" coverage threshold for (\w+) \(([\d.]+)%?\) not met: ([\d.]+)%?$/;
var COVERAGE_PY = /^Coverage failure: total of ([\d.]+) is less than fail-under=([\d.]+)$/;
var PYTEST_COV_FAIL = /^FAIL Required test coverage of ([\d.]+)% not reached\. Total coverage: ([\d.]+)%$/;
var PYTEST_COV_MET = /^Required test coverage of ([\d.]+)% reached\. Total coverage: ([\d.]+)%$/;
var CoverageReader = class extends DiagnosticsReader {
  misses = [];
  met = null;
  style = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const trimmed = text.trim();
    const istanbul = ISTANBUL.exec(trimmed);
    if (istanbul !== null) {
      const [, metric, actual, threshold, file] = istanbul;
      this.miss("istanbul", {
        metric,
        actual,
        threshold,
        ...file === void 0 ? {} : { file }
      });
      return;
    }
    const jest = JEST.exec(trimmed);
    if (jest !== null) {
      const [, scope, metric, threshold, actual] = jest;
      this.miss("jest", {
        metric,
        actual,
        threshold,
        ...scope === "global" ? {} : { file: scope }
      });
      return;
    }
    const python = COVERAGE_PY.exec(trimmed) ?? PYTEST_COV_FAIL.exec(trimmed);
    if (python !== null) {
      const fromCoveragePy = trimmed.startsWith("Coverage failure");
      const actual = fromCoveragePy ? python[1] : python[2];
      const threshold = fromCoveragePy ? python[2] : python[1];
      this.miss(fromCoveragePy ? "coverage.py" : "pytest-cov", {
        metric: "total",
        actual,
        threshold
      });
      return;
    }
    const met = PYTEST_COV_MET.exec(trimmed);
    if (met !== null) {
      this.recognise();
      this.style ??= "pytest-cov";
      this.met = `total ${met[2]}% \u2265 ${met[1]}%`;
    }
  }
  miss(style, miss) {
    this.recognise();
    this.style ??= style;
    this.misses.push(miss);
    const where = miss.file === void 0 ? "" : ` in ${miss.file}`;
    this.diagnostics.add({
      severity: "error",
      message: `coverage for ${miss.metric}${where}: ${miss.actual}% is below the threshold of ${miss.threshold}%`,
      code: "coverage-threshold",
      ...miss.file === void 0 ? {} : { file: miss.file }
    });
  }
  /** The tool to name: the checker the step runs, else the one whose wording this is. */
  tool() {
    for (const tool of ["c8", "nyc", "pytest", "coverage", "vitest", "jest"]) {
      if (!this.hinted(tool)) continue;
      if (tool === "pytest") return "pytest-cov";
      if (tool === "coverage") return "coverage.py";
      return tool === "vitest" || tool === "jest" ? `${tool} coverage` : tool;
    }
    return this.style === "istanbul" || this.style === null ? "coverage" : this.style;
  }
  finish() {
    if (!this.recognised) return null;
    const counts2 = { thresholdsMissed: this.misses.length };
    if (this.misses.length === 0) {
      return this.diagnostics.section(
        this.tool(),
        Number.MAX_SAFE_INTEGER,
        this.met ?? "thresholds met",
        counts2
      );
    }
    const reasons = this.misses.map((miss) => {
      const where = miss.file === void 0 ? "" : ` (${miss.file})`;
      return `${miss.metric} ${miss.actual}% < ${miss.threshold}%${where}`;
    });
    return this.diagnostics.section(this.tool(), this.at, reasons.join(", "), counts2);
  }
};
var coverageReader = {
  id: "coverage",
  create: (context) => new CoverageReader(context)
};

// src/findings/esbuild.ts
var HEADER2 = /^(✘|▲) \[(ERROR|WARNING)\] (.*?)(?: \[([a-z0-9-]+)\])?$/;
var PLACE = /^ {4}(\S.*?):(\d+):(\d+):$/;
var API_LINE = /^(\S+?):(\d+):(\d+): (ERROR|WARNING): (.*)$/;
var TOTALS = /^(?:(\d+) warnings?(?: and (\d+) errors?)?|(\d+) errors?)$/;
var TRANSFORM_FAILED = /(?:Transform|Build) failed with (\d+) errors?:$/;
var EsbuildReader = class extends DiagnosticsReader {
  /** A header whose place has not been read yet. */
  pending = null;
  stated = null;
  apiErrors = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    const header = HEADER2.exec(text);
    if (header !== null) {
      this.flush();
      this.recognise();
      const [, , level, message, code] = header;
      this.pending = {
        severity: level === "ERROR" ? "error" : "warning",
        message,
        ...code === void 0 ? {} : { code }
      };
      return;
    }
    const place2 = this.pending === null ? null : PLACE.exec(text);
    if (place2 !== null) {
      const [, file, line, column] = place2;
      this.add(this.pending, file, Number(line), Number(column) + 1);
      this.pending = null;
      return;
    }
    const api = API_LINE.exec(text);
    if (api !== null && this.apiErrors) {
      const [, file, line, column, level, message] = api;
      const severity = level === "ERROR" ? "error" : "warning";
      this.add({ severity, message }, file, Number(line), Number(column) + 1);
      return;
    }
    if (TRANSFORM_FAILED.test(text)) {
      this.recognise();
      this.apiErrors = true;
      return;
    }
    const totals = this.recognised ? TOTALS.exec(text) : null;
    if (totals !== null) {
      this.flush();
      this.stated = {
        warnings: Number(totals[1] ?? 0),
        errors: Number(totals[2] ?? totals[3] ?? 0)
      };
    }
  }
  /** A header without a place (esbuild prints some so) is a finding without a location. */
  flush() {
    if (this.pending === null) return;
    this.diagnostics.add(this.pending);
    this.pending = null;
  }
  add(problem, file, line, column) {
    this.diagnostics.add({ ...problem, file, line, column });
  }
  finish() {
    if (!this.recognised) return null;
    this.flush();
    const { diagnostics } = this;
    const errors = this.stated?.errors ?? diagnostics.errors;
    const warnings = this.stated?.warnings ?? diagnostics.warnings;
    const summary = errorsAndWarnings(errors, warnings);
    return diagnostics.section("esbuild", this.at, summary, { errors, warnings });
  }
};
var esbuildReader = {
  id: "esbuild",
  create: (context) => new EsbuildReader(context)
};

// src/findings/eslint.ts
var STYLISH_PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*)$/;
var STYLISH_TOTAL = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/;
var COMPACT_PROBLEM = /^(.+): line (\d+), col (\d+), (Error|Warning) - (.*)$/;
var COMPACT_TOTAL = /^(\d+) problems?$/;
var RULE_ID = /^[@\w][\w@/-]*$/;
function splitRule(rest) {
  const trimmed = rest.trimEnd();
  const gap = trimmed.lastIndexOf("  ");
  if (gap < 0) return { message: trimmed };
  const rule = trimmed.slice(gap + 2).trim();
  if (!RULE_ID.test(rule)) return { message: trimmed };
  return { message: trimmed.slice(0, gap).trim(), rule };
}
function splitCompactRule(rest) {
  const open2 = rest.lastIndexOf(" (");
  if (open2 < 0 || !rest.endsWith(")")) return { message: rest };
  const rule = rest.slice(open2 + 2, -1);
  if (!RULE_ID.test(rule)) return { message: rest };
  return { message: rest.slice(0, open2), rule };
}
var EslintReader = class extends DiagnosticsReader {
  file = null;
  stated = null;
  sawProblem = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text === "" || text.startsWith(" ")) {
      const problem = text === "" ? null : STYLISH_PROBLEM.exec(text);
      if (problem !== null && this.file !== null) {
        const [, line, column, level, rest] = problem;
        this.add(level, splitRule(rest), this.file, Number(line), Number(column));
      }
      return;
    }
    const total = STYLISH_TOTAL.exec(text);
    if (total !== null && this.sawProblem) {
      this.stated = {
        problems: Number(total[1]),
        errors: Number(total[2]),
        warnings: Number(total[3])
      };
      return;
    }
    const compact = COMPACT_PROBLEM.exec(text);
    if (compact !== null) {
      const [, file, line, column, level, rest] = compact;
      this.add(level.toLowerCase(), splitCompactRule(rest), file, Number(line), Number(column));
      return;
    }
    const compactTotal = this.sawProblem ? COMPACT_TOTAL.exec(text) : null;
    if (compactTotal !== null) {
      const problems = Number(compactTotal[1]);
      this.stated = {
        problems,
        errors: this.diagnostics.errors,
        warnings: this.diagnostics.warnings
      };
      return;
    }
    this.file = text.trim();
  }
  add(level, { message, rule }, file, line, column) {
    this.recognise();
    this.sawProblem = true;
    const severity = level === "error" ? "error" : "warning";
    this.diagnostics.add({
      severity,
      message,
      ...rule === void 0 ? {} : { code: rule },
      file,
      // ESLint says 0:0 for problems of a whole file (an ignored file, a parsing error at load).
      ...line > 0 ? { line, column } : {}
    });
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("eslint")) return null;
      return diagnostics.section("eslint", Number.MAX_SAFE_INTEGER, "no problems");
    }
    const errors = Math.max(this.stated?.errors ?? 0, diagnostics.errors);
    const warnings = Math.max(this.stated?.warnings ?? 0, diagnostics.warnings);
    const summary = errorsAndWarnings(errors, warnings);
    return diagnostics.section("eslint", this.at, summary, { errors, warnings });
  }
};
var eslintReader = {
  id: "eslint",
  create: (context) => new EslintReader(context)
};

// src/findings/go-modules.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import path5 from "node:path";

// src/findings/located-lines.ts
import { statSync as statSync3 } from "node:fs";
import path4 from "node:path";
var COLON_FORM = /^(\S+?):(\d+):(?:(\d+):)? (error|warning|note|info|notice|fatal error|fatal|warn)(?: ?\[[^\]]*\])?: (.*)$/i;
var PAREN_FORM = /^(\S+?)\((\d+)(?:,(\d+))?\): (?:(error|warning|note|info)(?: \w+)?: )?(.*)$/i;
function severityOf2(level) {
  const lower = (level ?? "error").toLowerCase();
  if (lower.startsWith("warn")) return "warning";
  if (lower === "note" || lower === "info" || lower === "notice") return "notice";
  return "error";
}
function existingFileUnder(cwd, file) {
  const resolved = path4.resolve(cwd, file);
  const relative = path4.relative(cwd, resolved);
  if (relative === "" || relative.startsWith("..") || path4.isAbsolute(relative)) return false;
  try {
    return statSync3(resolved).isFile();
  } catch {
    return false;
  }
}
var LocatedLinesReader = class extends DiagnosticsReader {
  exists = /* @__PURE__ */ new Map();
  read(text) {
    const cwd = this.context.cwd;
    if (cwd === void 0 || !LineReader.readable(text)) return;
    const colon = COLON_FORM.exec(text);
    const found = colon ?? PAREN_FORM.exec(text);
    if (found === null) return;
    const [, file, line, column, level, message] = found;
    if (!this.fileExists(cwd, file)) return;
    this.recognise();
    this.diagnostics.add({
      severity: severityOf2(level),
      message,
      file,
      line: Number(line),
      ...column === void 0 ? {} : { column: Number(column) }
    });
  }
  fileExists(cwd, file) {
    const known = this.exists.get(file);
    if (known !== void 0) return known;
    if (this.exists.size >= 1e4) return false;
    const exists = existingFileUnder(cwd, file);
    this.exists.set(file, exists);
    return exists;
  }
  finish() {
    if (!this.recognised) return null;
    const tool = this.context.program ?? "output";
    return this.diagnostics.section(tool, this.at, this.diagnostics.describe());
  }
};
var locatedLinesReader = {
  id: "located-lines",
  create: (context) => new LocatedLinesReader(context)
};

// src/findings/go-modules.ts
var MAX_WALKED_FOLDERS = 2e3;
var MAX_DEPTH2 = 4;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["vendor", "testdata", "node_modules"]);
var MAX_PLACED_PATHS = 4096;
var MAX_MANIFEST_BYTES = 64 * 1024;
function readManifest(file) {
  try {
    return readFileSync3(file, "utf8").slice(0, MAX_MANIFEST_BYTES);
  } catch {
    return null;
  }
}
function declaredModule(goMod) {
  return /^module\s+(\S+)/m.exec(goMod)?.[1]?.replace(/^"|"$/g, "") ?? null;
}
function workspaceUses(goWork) {
  const uses = [];
  const text = goWork.replace(/\/\/.*$/gm, "");
  for (const block of text.matchAll(/^use\s*\(([^)]*)\)/gm)) {
    for (const word of block[1].split(/\s+/)) if (word !== "") uses.push(word);
  }
  for (const single of text.matchAll(/^use\s+([^\s(]\S*)\s*$/gm)) uses.push(single[1]);
  return uses.map((use) => use.replace(/^"|"$/g, ""));
}
function normalDir(dir) {
  const normal = path5.posix.normalize(dir.split(path5.sep).join("/"));
  if (normal === "." || normal === "./") return "";
  if (normal.startsWith("..") || path5.posix.isAbsolute(normal)) return null;
  return normal.replace(/\/$/, "");
}
function findGoModules(cwd) {
  const modules = /* @__PURE__ */ new Map();
  const add = (dir) => {
    if (dir === null || modules.has(dir)) return;
    const goMod = readManifest(path5.join(cwd, dir, "go.mod"));
    const declared = goMod === null ? null : declaredModule(goMod);
    if (declared !== null) modules.set(dir, { path: declared, dir });
  };
  const goWork = readManifest(path5.join(cwd, "go.work"));
  if (goWork !== null) for (const use of workspaceUses(goWork)) add(normalDir(use));
  let level = [""];
  let walked = 0;
  for (let depth = 0; depth <= MAX_DEPTH2 && level.length > 0; depth++) {
    const next = [];
    for (const dir of level) {
      if (walked++ >= MAX_WALKED_FOLDERS) return [...modules.values()];
      let entries;
      try {
        entries = readdirSync2(path5.join(cwd, dir), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (entry.isFile() && entry.name === "go.mod") add(dir);
        else if (entry.isDirectory() && !skipped(entry.name)) {
          next.push(dir === "" ? entry.name : `${dir}/${entry.name}`);
        }
      }
    }
    level = next;
  }
  return [...modules.values()];
}
function skipped(folder) {
  return folder.startsWith(".") || folder.startsWith("_") || SKIPPED_FOLDERS.has(folder);
}
var GoModuleMap = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  found = null;
  /** Paths already placed: a tool prints the same file many times; each is looked up once. */
  placed = /* @__PURE__ */ new Map();
  get modules() {
    if (this.found === null) this.found = this.cwd === void 0 ? [] : findGoModules(this.cwd);
    return this.found;
  }
  /** The directory of package `pkg` relative to the step's ("" for its own), or null when no module holds it. */
  packageDirectory(pkg) {
    const module = this.moduleOf(pkg);
    if (module === null) return null;
    const below = pkg.slice(module.path.length + 1);
    return [module.dir, below].filter((part) => part !== "").join("/");
  }
  /** The module holding package `pkg`: the longest module path it starts with. */
  moduleOf(pkg) {
    let best = null;
    for (const module of this.modules) {
      const holds = pkg === module.path || pkg.startsWith(`${module.path}/`);
      if (holds && (best === null || module.path.length > best.path.length)) best = module;
    }
    return best;
  }
  /**
   * A test log's file ("wordfreq_test.go", relative to its package's directory) as a path
   * relative to the step's directory.
   */
  testFile(file, pkg) {
    if (pkg === void 0 || file.includes("/") || path5.isAbsolute(file)) return file;
    const dir = this.packageDirectory(pkg);
    return dir === null || dir === "" ? file : `${dir}/${file}`;
  }
  /**
   * A compiler, vet or staticcheck path relative to the directory go ran in, made relative to
   * the step's: kept when it names a file there; else the one module directory (the package's
   * module first) under which it names a file; else kept as printed.
   */
  sourceFile(file, pkg) {
    const key = `${pkg ?? ""}\0${file}`;
    let placed = this.placed.get(key);
    if (placed === void 0) {
      placed = this.place(file, pkg);
      if (this.placed.size < MAX_PLACED_PATHS) this.placed.set(key, placed);
    }
    return placed;
  }
  place(file, pkg) {
    const { cwd } = this;
    if (cwd === void 0 || path5.isAbsolute(file) || existingFileUnder(cwd, file)) return file;
    const preferred = pkg === void 0 ? null : this.moduleOf(pkg);
    const dirs = [preferred?.dir, ...this.modules.map((module) => module.dir)];
    for (const dir of dirs) {
      if (dir === void 0 || dir === "") continue;
      const candidate = path5.posix.normalize(`${dir}/${file}`);
      if (existingFileUnder(cwd, candidate)) return candidate;
    }
    return file;
  }
};
var GoLocatedReader = class extends DiagnosticsReader {
  modules;
  constructor(context) {
    super(context);
    this.modules = new GoModuleMap(context.cwd);
  }
};

// src/findings/staticcheck.ts
var CHECK_CODE = "(?:SA|S|ST|QF|U)\\d{4}";
var TEXT_LINE = new RegExp(`^(\\S+?\\.go):(\\d+):(\\d+): (.*) \\((${CHECK_CODE})\\)$`);
var STYLISH_FILE = /^(\S.*\.go)$/;
var STYLISH_LINE = new RegExp(`^ {2}\\((\\d+), (\\d+)\\) {2}(${CHECK_CODE}|compile) +(.*)$`);
var STYLISH_TOTALS = /^ ✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?(?:, \d+ ignored)?\)$/;
function isStaticcheckLine(text) {
  return TEXT_LINE.test(text);
}
function severityOf3(level) {
  return level === "warning" ? "warning" : "error";
}
var StaticcheckReader = class extends GoLocatedReader {
  stylishFile = null;
  /** staticcheck's own total from the stylish format, when printed. */
  stated = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text.startsWith('{"')) {
      this.jsonLine(text);
      return;
    }
    const line = TEXT_LINE.exec(text);
    if (line !== null) {
      const [, file, row, column, message, code] = line;
      this.add("error", message, code, file, Number(row), Number(column));
      return;
    }
    const stylish = this.stylishFile === null ? null : STYLISH_LINE.exec(text);
    if (stylish !== null) {
      const [, row, column, code, message] = stylish;
      this.add("error", message, code, this.stylishFile, Number(row), Number(column));
      return;
    }
    const totals = STYLISH_TOTALS.exec(text);
    if (totals !== null) {
      this.recognise();
      this.stated = Number(totals[1]);
      return;
    }
    this.stylishFile = STYLISH_FILE.exec(text)?.[1] ?? (text === "" ? null : this.stylishFile);
  }
  jsonLine(text) {
    const problem = parseJsonObject(text);
    if (problem === null) return;
    const code = stringField(problem, "code");
    const message = stringField(problem, "message");
    const location = objectField(problem, "location");
    const file = stringField(location, "file");
    const row = numberField(location, "line");
    const severity = stringField(problem, "severity");
    if (code === void 0 || message === void 0 || file === void 0 || row === void 0)
      return;
    if (severity === "ignored") return;
    this.add(severity ?? "error", message, code, file, row, numberField(location, "column"));
  }
  add(level, message, code, file, line, column) {
    this.recognise();
    this.diagnostics.add({
      severity: severityOf3(level),
      message,
      code,
      file: this.modules.sourceFile(file.replace(/^\.\//, "")),
      line,
      ...column === void 0 || column < 1 ? {} : { column }
    });
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("staticcheck", "go-staticcheck")) return null;
      return diagnostics.section("staticcheck", Number.MAX_SAFE_INTEGER, "no problems");
    }
    const errors = Math.max(this.stated ?? 0, diagnostics.total);
    return diagnostics.section("staticcheck", this.at, plural(errors, "problem"), {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings
    });
  }
};
var staticcheckReader = {
  id: "staticcheck",
  create: (context) => new StaticcheckReader(context)
};

// src/findings/go-output.ts
var RESULT2 = /^(\s*)--- (FAIL|PASS|SKIP): (\S+) \([\d.]+s\)$/;
var RUN = /^=== (?:RUN|CONT|PAUSE)\s+(\S+)$/;
var LOG = /^\s+(\S+?\.go):(\d+): (.*)$/;
var PACKAGE_OK = /^ok {2}\t(\S+)\t/;
var PACKAGE_FAIL = /^FAIL\t(\S+)(?:\t| \[(build failed|setup failed)\])/;
var PACKAGE_NO_TESTS = /^\? {3}\t(\S+)\t\[no test files\]$/;
var GoTestTally = class {
  tests = /* @__PURE__ */ new Map();
  failed = /* @__PURE__ */ new Set();
  /** Failing tests of packages whose result line was read. */
  sealed = [];
  failedCount = 0;
  passed = 0;
  skipped = 0;
  packages = { ok: 0, failed: 0, noTests: 0, buildFailed: 0 };
  test(name, pkg) {
    const key = pkg === void 0 ? name : `${pkg}\0${name}`;
    let test = this.tests.get(key);
    if (test === void 0) {
      test = { failure: { test: name, message: [] }, located: false };
      if (pkg !== void 0) test.package = pkg;
      if (this.tests.size < 1e4) this.tests.set(key, test);
    }
    return test;
  }
  log(name, file, line, message, cwd, pkg) {
    const test = this.test(name, pkg);
    if (test.located) return;
    test.located = true;
    test.failure.file = relativeToCwd(file, cwd);
    test.failure.line = line;
    test.failure.message.push(message);
  }
  result(name, outcome, pkg) {
    const key = pkg === void 0 ? name : `${pkg}\0${name}`;
    if (outcome === "FAIL" || outcome === "fail") {
      this.test(name, pkg);
      if (!this.failed.has(key)) this.failedCount++;
      this.failed.add(key);
    } else if (outcome === "PASS" || outcome === "pass") this.passed++;
    else this.skipped++;
  }
  /** A package's result line: the tests read since the last one were its tests. */
  seal(pkg) {
    for (const key of this.failed) {
      const test = this.tests.get(key);
      if (test === void 0) continue;
      test.package ??= pkg;
      this.sealed.push({ name: test.failure.test, test, failedNames: this.failedNames() });
    }
    this.tests = /* @__PURE__ */ new Map();
    this.failed = /* @__PURE__ */ new Set();
  }
  failedNames() {
    return new Set([...this.failed].map((key) => key.slice(key.indexOf("\0") + 1)));
  }
  section(at, cwd) {
    const pending = [...this.failed].flatMap((key) => {
      const test = this.tests.get(key);
      return test === void 0 ? [] : [{ name: test.failure.test, test, failedNames: this.failedNames() }];
    });
    const modules = new GoModuleMap(cwd);
    const failures = new FailureSet();
    for (const { name, test, failedNames } of [...this.sealed, ...pending]) {
      const hasFailingChild = [...failedNames].some((other) => other.startsWith(`${name}/`));
      if (!test.located && hasFailingChild) continue;
      const failure = { ...test.failure };
      if (failure.file !== void 0) failure.file = modules.testFile(failure.file, test.package);
      failures.add(failure);
    }
    const findings = new FindingList();
    for (const failure of failures.values()) findings.add(testFailureFinding(failure));
    const { packages } = this;
    const total = packages.ok + packages.failed + packages.noTests;
    const parts = [];
    if (this.failedCount > 0) parts.push(`${this.failedCount} failed`);
    if (this.passed > 0) parts.push(`${this.passed} passed`);
    if (this.skipped > 0) parts.push(`${this.skipped} skipped`);
    if (packages.failed > 0) {
      const build = packages.buildFailed > 0 ? ` (${packages.buildFailed} did not build)` : "";
      parts.push(`${packages.failed} of ${plural(total, "package")} failed${build}`);
    } else parts.push(`${plural(packages.ok, "package")} ok`);
    return {
      tool: "go test",
      at,
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: {
        failed: this.failedCount,
        passed: this.passed,
        skipped: this.skipped,
        packagesOk: packages.ok,
        packagesFailed: packages.failed
      },
      summary: `go test: ${parts.join(", ")}`
    };
  }
};
var GoTestReader = class extends LineReader {
  tally = new GoTestTally();
  current = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text.startsWith('{"')) {
      this.jsonEvent(text);
      return;
    }
    const result = RESULT2.exec(text);
    if (result !== null) {
      this.current = result[3];
      this.tally.result(result[3], result[2]);
      return;
    }
    const run = RUN.exec(text);
    if (run !== null) {
      this.current = run[1];
      return;
    }
    const log = this.current === null ? null : LOG.exec(text);
    if (log !== null) {
      this.tally.log(this.current, log[1], Number(log[2]), log[3], this.context.cwd);
      return;
    }
    this.packageLine(text);
  }
  packageLine(text) {
    const { packages } = this.tally;
    const ok = PACKAGE_OK.exec(text);
    const noTests = ok === null ? PACKAGE_NO_TESTS.exec(text) : null;
    const failed = ok === null && noTests === null ? PACKAGE_FAIL.exec(text) : null;
    const pkg = (ok ?? noTests ?? failed)?.[1];
    if (pkg === void 0) return;
    if (ok !== null) packages.ok++;
    else if (noTests !== null) packages.noTests++;
    else {
      packages.failed++;
      if (failed[2] !== void 0) packages.buildFailed++;
    }
    this.tally.seal(pkg);
    this.recognise();
    this.current = null;
  }
  /** One `go test -json` event. */
  jsonEvent(text) {
    const event = parseJsonObject(text);
    if (event === null) return;
    const action = stringField(event, "Action");
    const test = stringField(event, "Test");
    const pkg = stringField(event, "Package");
    if (action === void 0 || pkg === void 0) return;
    if (numberField(event, "Elapsed") === void 0 && action !== "output") return;
    this.recognise();
    if (action === "output") {
      const log = test === void 0 ? null : LOG.exec((stringField(event, "Output") ?? "").trimEnd());
      if (log !== null) {
        this.tally.log(test, log[1], Number(log[2]), log[3], this.context.cwd, pkg);
      }
      return;
    }
    if (test !== void 0) {
      this.tally.result(test, action, pkg);
      return;
    }
    if (action === "pass") this.tally.packages.ok++;
    else if (action === "fail") this.tally.packages.failed++;
    else if (action === "skip") this.tally.packages.noTests++;
  }
  finish() {
    if (!this.recognised) return null;
    return this.tally.section(this.at, this.context.cwd);
  }
};
var goTestReader = {
  id: "go test",
  create: (context) => new GoTestReader(context)
};
var PACKAGE_HEADER = /^# (\S+)(?: \[\S+\])?$/;
var GO_DIAGNOSTIC = /^(\S+?\.go):(\d+):(\d+): (.*)$/;
var GoDiagnosticsReader = class extends GoLocatedReader {
  /** The package of the "# package" header the lines are under, or null. */
  header = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const header = PACKAGE_HEADER.exec(text);
    if (header !== null) {
      this.header = header[1];
      return;
    }
    const found = GO_DIAGNOSTIC.exec(text);
    if (found === null) {
      if (!text.startsWith("	") && !text.startsWith(" ")) this.header = null;
      return;
    }
    if (isStaticcheckLine(text)) return;
    if (this.header === null && !this.hinted("go vet", "go build")) return;
    const [, file, line, column, message] = found;
    this.recognise();
    this.diagnostics.add({
      severity: "error",
      message,
      file: this.modules.sourceFile(file.replace(/^\.\//, ""), this.header ?? void 0),
      line: Number(line),
      column: Number(column)
    });
  }
  tool() {
    return this.hinted("go vet") ? "go vet" : "go";
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("go vet")) return null;
      return diagnostics.section(this.tool(), Number.MAX_SAFE_INTEGER, "no problems");
    }
    const tool = this.tool();
    const word = tool === "go" ? "error" : "problem";
    return diagnostics.section(tool, this.at, plural(diagnostics.errors, word), {
      errors: diagnostics.errors
    });
  }
};
var goDiagnosticsReader = {
  id: "go diagnostics",
  create: (context) => new GoDiagnosticsReader(context)
};

// src/findings/golangci-lint.ts
var ISSUE = /^(\S+?\.go):(\d+)(?::(\d+))?: (.*) \(([a-z][a-z0-9_-]*)\)$/;
var RULE = /^([A-Z]+\d+): (.*)$/;
var TOTALS2 = /^(\d+) issues?[:.]$/;
var LINTER_COUNT = /^\* ([a-z][a-z0-9_-]*): (\d+)$/;
var GolangciLintReader = class extends GoLocatedReader {
  /** The total golangci-lint stated, once its totals line was read. */
  stated = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const totals = TOTALS2.exec(text);
    if (totals !== null) {
      this.stated = Number(totals[1]);
      if (this.diagnostics.total > 0 || this.stated === 0 || this.hinted("golangci-lint")) {
        this.recognise();
      }
      return;
    }
    if (LINTER_COUNT.test(text)) return;
    const issue = ISSUE.exec(text);
    if (issue === null) return;
    const [, file, line, column, said, linter] = issue;
    const rule = RULE.exec(said);
    this.mayBegin();
    if (this.hinted("golangci-lint")) this.recognise();
    this.diagnostics.add({
      severity: "error",
      message: rule === null ? said : rule[2],
      code: rule === null ? linter : `${linter}/${rule[1]}`,
      file: this.modules.sourceFile(file.replace(/^\.\//, "")),
      line: Number(line),
      ...column === void 0 ? {} : { column: Number(column) }
    });
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("golangci-lint")) return null;
      return diagnostics.section("golangci-lint", Number.MAX_SAFE_INTEGER, "no issues");
    }
    const issues = this.stated ?? diagnostics.total;
    const summary = issues === 0 ? "no issues" : plural(issues, "issue");
    return diagnostics.section("golangci-lint", this.at, summary, { errors: diagnostics.errors });
  }
};
var golangciLintReader = {
  id: "golangci-lint",
  create: (context) => new GolangciLintReader(context)
};

// src/findings/jest-output.ts
var FILE_RESULT = /^(PASS|FAIL) (\S.*?)(?: \([\d.]+ m?s(?:, [^()]*)?\))?$/;
var FAILURE_TITLE = /^\s+● (.+)$/;
var SUITE_FAILED_TO_RUN = "Test suite failed to run";
var FRAME_START = /^\s*at /;
var TESTS_TOTALS = /^Tests:(?=(\s+))\1(.*\btotal)$/;
var SUITES_TOTALS = /^Test Suites:(?=(\s+))\1(.*\btotal)$/;
var COUNT = /(?<!\d)(\d+) (failed|passed|skipped|pending|todo|total)/g;
function stackFrame(text) {
  const start = FRAME_START.exec(text);
  if (start === null) return null;
  const rest = text.slice(start[0].length);
  if (hasLineBreak(rest)) return null;
  const end = trailingPosition(rest, ")");
  if (end === null) return null;
  const open2 = rest.indexOf(" (");
  const fileStart = open2 !== -1 && open2 + 2 < end.index ? open2 + 2 : 0;
  if (fileStart === end.index) return null;
  return { file: rest.slice(fileStart, end.index), line: end.line, column: end.column };
}
var MESSAGE_PRETTY_LOCATION = /^(\S+?):(\d+):(\d+) - /;
var MESSAGE_PLAIN_LOCATION = /^(\S+?)\((\d+),(\d+)\): /;
var MESSAGE_BABEL_LOCATION = /^\w*Error: (\S+?): .* \((\d+):(\d+)\)$/;
function locateFromMessage(failure, message, cwd) {
  if (message.length > 4096 || hasLineBreak(message)) return;
  const found = MESSAGE_PRETTY_LOCATION.exec(message) ?? MESSAGE_PLAIN_LOCATION.exec(message) ?? MESSAGE_BABEL_LOCATION.exec(message);
  if (found === null) return;
  failure.file = relativeToCwd(found[1], cwd);
  failure.line = Number(found[2]);
  failure.column = Number(found[3]);
}
function counts(text) {
  const found = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(COUNT)) found.set(match[2], Number(match[1]));
  return found;
}
var JestOutput = class {
  constructor(tally, failures, cwd) {
    this.tally = tally;
    this.failures = failures;
    this.cwd = cwd;
  }
  currentFile = null;
  current = null;
  awaitingMessage = false;
  /** Jest prints "Test Suites:" before "Tests:"; tstyche prints a "Tests:" line too, without it. */
  sawSuites = false;
  line(raw) {
    const text = stripAnsi(raw);
    const fileResult = FILE_RESULT.exec(text);
    if (fileResult !== null) {
      this.currentFile = fileResult[2];
      this.current = null;
      return;
    }
    if (this.totals(text)) return;
    const title = FAILURE_TITLE.exec(text);
    if (title !== null && this.currentFile !== null) {
      this.startFailure(title[1].trim(), this.currentFile);
      return;
    }
    this.failureDetail(text);
  }
  totals(text) {
    const tests = this.sawSuites ? TESTS_TOTALS.exec(text) : null;
    if (tests !== null) {
      const found = counts(tests[2]);
      this.tally.sawTotals = true;
      this.tally.passed += found.get("passed") ?? 0;
      this.tally.failed += found.get("failed") ?? 0;
      this.tally.skipped += (found.get("skipped") ?? 0) + (found.get("pending") ?? 0);
      this.tally.todo += found.get("todo") ?? 0;
      this.current = null;
      return true;
    }
    const suites = SUITES_TOTALS.exec(text);
    if (suites !== null) {
      const found = counts(suites[2]);
      this.sawSuites = true;
      this.tally.sawTotals = true;
      this.tally.suitesFailed += found.get("failed") ?? 0;
      this.tally.suitesTotal += found.get("total") ?? 0;
      this.current = null;
      return true;
    }
    return false;
  }
  startFailure(title, file) {
    if (title === "Console") {
      this.current = null;
      return;
    }
    const test = title === SUITE_FAILED_TO_RUN ? `${file} (${SUITE_FAILED_TO_RUN.toLowerCase()})` : title;
    const failure = { test, message: [], file: relativeToCwd(file, this.cwd) };
    this.failures.add(failure);
    this.current = failure;
    this.awaitingMessage = true;
  }
  failureDetail(text) {
    const failure = this.current;
    if (failure === null) return;
    const trimmed = text.trim();
    if (this.awaitingMessage && trimmed !== "") {
      failure.message.push(trimmed);
      this.awaitingMessage = false;
      if (failure.test.endsWith(`(${SUITE_FAILED_TO_RUN.toLowerCase()})`)) {
        locateFromMessage(failure, trimmed, this.cwd);
      }
      return;
    }
    if (failure.line !== void 0 || this.currentFile === null) return;
    const frame = stackFrame(text);
    if (frame === null) return;
    if (frame.file === this.currentFile || frame.file.endsWith(`/${this.currentFile}`)) {
      failure.line = frame.line;
      failure.column = frame.column;
    }
  }
};
var JestReader = class extends TestRunReader {
  output;
  constructor(context) {
    super(context);
    this.output = new JestOutput(this.tally, this.failures, context.cwd);
  }
  read(text) {
    if (text.startsWith("PASS ") || text.startsWith("FAIL ")) this.mayBegin();
    this.output.line(text);
    if (this.tally.sawTotals) this.recognise();
  }
  finish() {
    if (!this.recognised) return null;
    return this.toolSection("jest");
  }
};
var jestReader = {
  id: "jest",
  create: (context) => new JestReader(context)
};

// src/findings/mocha.ts
var TOTAL2 = /^\s+(\d+) (passing|pending|failing)(?: \(\d+(?:\.\d+)?m?s\))?$/;
var FAILURE_START = /^\s+(\d+)\) (.*)$/;
var FRAME = /^\s+at (?:.*? \()?(\S+?)\)?$/;
var MochaReader = class extends TestRunReader {
  inFailures = false;
  current = null;
  title = [];
  /** After the title (which ends with ":"), the first non-empty line is the message. */
  state = "title";
  read(text) {
    if (!LineReader.readable(text)) return;
    const total = TOTAL2.exec(text);
    if (total !== null) {
      this.recognise();
      this.tally.sawTotals = true;
      const count = Number(total[1]);
      if (total[2] === "passing") this.tally.passed = count;
      else if (total[2] === "pending") this.tally.skipped = count;
      else {
        this.tally.failed = count;
        this.inFailures = true;
      }
      return;
    }
    if (!this.inFailures) return;
    const start = FAILURE_START.exec(text);
    if (start !== null) {
      this.current = null;
      this.title = [start[2].trim()];
      this.state = "title";
      if (this.title[0].endsWith(":")) this.startFailure();
      return;
    }
    this.failureLine(text);
  }
  failureLine(text) {
    const trimmed = text.trim();
    if (this.state === "title") {
      if (trimmed === "" || this.title.length === 0) return;
      this.title.push(trimmed);
      if (trimmed.endsWith(":")) this.startFailure();
      return;
    }
    const failure = this.current;
    if (failure === null) return;
    if (this.state === "message") {
      if (trimmed === "") return;
      failure.message.push(trimmed);
      this.state = "stack";
      return;
    }
    if (failure.line !== void 0) return;
    const frame = FRAME.exec(text);
    if (frame === null) return;
    const location = frame[1];
    if (location.startsWith("node:") || location.includes("/node_modules/")) return;
    const position = trailingPosition(location, "");
    if (position === null || position.index === 0) return;
    failure.file = relativeToCwd(location.slice(0, position.index), this.context.cwd);
    failure.line = position.line;
    failure.column = position.column;
  }
  /** The title lines name the suites and the test: "range", "takes a step:". */
  startFailure() {
    const parts = this.title.map(
      (part, index) => index === this.title.length - 1 ? part.slice(0, -1) : part
    );
    const failure = { test: parts.join(" \u203A "), message: [] };
    this.failures.add(failure);
    this.current = failure;
    this.title = [];
    this.state = "message";
  }
  finish() {
    if (!this.recognised) return null;
    return this.toolSection("mocha");
  }
};
var mochaReader = {
  id: "mocha",
  create: (context) => new MochaReader(context)
};

// src/findings/npm-audit.ts
var SEVERITIES = ["info", "low", "moderate", "high", "critical"];
var REPORT_HEADER = /^# npm audit report$/;
var PACKAGE_LINE = /^(\s*)(@?[^\s@][^\s]*)\s{2}(\S.*)$/;
var SEVERITY_LINE = /^\s*Severity: (info|low|moderate|high|critical)$/;
var ADVISORY_LINE = /^\s*(\S.*|[^\S\n\r\u2028\u2029]) - (https?:\/\/\S+)$/;
var DEPENDS_LINE = /^\s*Depends on vulnerable versions of (\S+)$/;
var FIX_LINE = /^\s*(fix available via .*|No fix available)$/;
var ZERO = /^found 0 vulnerabilities/;
var TOTAL_MANY = /^(\d+) vulnerabilities \(([^)]*)\)$/;
var TOTAL_ONE_SEVERITY = /^(\d+) (info|low|moderate|high|critical) severity vulnerabilit(?:y|ies)$/;
var GHSA = /(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})/i;
function severityOf4(text) {
  return SEVERITIES.find((severity) => severity === text);
}
function findingSeverity(severity) {
  return severity === "info" ? "notice" : "error";
}
function packageFindings(pkg) {
  const base = { package: pkg.name, version: pkg.range, kind: "vulnerability" };
  const fix = pkg.fix !== void 0 ? `; ${pkg.fix}` : "";
  const findings = pkg.advisories.map((advisory) => {
    const severity = advisory.severity ?? pkg.severity;
    const finding2 = {
      ...base,
      severity: findingSeverity(severity),
      message: oneLine(`${advisory.title} (${pkg.name} ${pkg.range}${fix})`)
    };
    const ghsa = advisory.url !== void 0 ? GHSA.exec(advisory.url)?.[1] : void 0;
    if (ghsa !== void 0) finding2.code = ghsa;
    if (advisory.url !== void 0) finding2.url = advisory.url;
    if (severity !== void 0) finding2.advisorySeverity = severity;
    return finding2;
  });
  if (findings.length === 0 && pkg.dependsOn.length > 0) {
    const finding2 = {
      ...base,
      severity: findingSeverity(pkg.severity),
      message: oneLine(
        `${pkg.name} ${pkg.range} depends on vulnerable versions of ${pkg.dependsOn.join(", ")}${fix}`
      )
    };
    if (pkg.severity !== void 0) finding2.advisorySeverity = pkg.severity;
    findings.push(finding2);
  }
  return findings;
}
function fixText(fixAvailable) {
  if (fixAvailable === true) return "fix available via `npm audit fix`";
  if (fixAvailable === false) return "no fix available";
  if (isObject(fixAvailable)) {
    const name = stringField(fixAvailable, "name");
    const version = stringField(fixAvailable, "version");
    if (name !== void 0 && version !== void 0) {
      return `fix available via \`npm audit fix --force\` (installs ${name}@${version})`;
    }
  }
  return void 0;
}
function packagesFromJson(report) {
  const packages = [];
  for (const [key, vuln] of Object.entries(objectField(report, "vulnerabilities") ?? {})) {
    const pkg = {
      name: stringField(vuln, "name") ?? key,
      severity: severityOf4(stringField(vuln, "severity")),
      range: stringField(vuln, "range") ?? "*",
      advisories: [],
      dependsOn: []
    };
    for (const via of arrayField(vuln, "via")) {
      if (typeof via === "string") pkg.dependsOn.push(via);
      else if (isObject(via)) {
        const advisory = { title: stringField(via, "title") ?? "advisory" };
        const url = stringField(via, "url");
        const severity = stringField(via, "severity");
        if (url !== void 0) advisory.url = url;
        if (severity !== void 0) advisory.severity = severity;
        pkg.advisories.push(advisory);
      }
    }
    const fix = fixText(isObject(vuln) ? vuln.fixAvailable : void 0);
    if (fix !== void 0) pkg.fix = fix;
    packages.push(pkg);
  }
  return packages;
}
function countsFromJson(report) {
  const metadata = objectField(objectField(report, "metadata"), "vulnerabilities");
  if (metadata === void 0) return null;
  const counts2 = {};
  for (const severity of SEVERITIES) counts2[severity] = numberField(metadata, severity) ?? 0;
  counts2.total = numberField(metadata, "total") ?? SEVERITIES.reduce((sum, s) => sum + (counts2[s] ?? 0), 0);
  return counts2;
}
var HumanAuditReader2 = class {
  packages = [];
  counts = null;
  inReport = false;
  /** The package that starts the current block. */
  top = null;
  /** The package line seen last (the block's package or one of its dependents). */
  last = null;
  line(text) {
    if (REPORT_HEADER.test(text)) {
      this.inReport = true;
      return;
    }
    if (this.total(text)) {
      this.inReport = false;
      return;
    }
    if (!this.inReport) return;
    if (text.trim() === "") {
      this.top = null;
      this.last = null;
      return;
    }
    this.reportLine(text);
  }
  total(text) {
    const zero = ZERO.test(text);
    const many = TOTAL_MANY.exec(text);
    const one = TOTAL_ONE_SEVERITY.exec(text);
    if (!zero && many === null && one === null) return false;
    const counts2 = {
      info: 0,
      low: 0,
      moderate: 0,
      high: 0,
      critical: 0,
      total: 0
    };
    if (many !== null) {
      counts2.total = Number(many[1]);
      for (const part of many[2].split(", ")) {
        const [count, severity] = part.split(" ");
        if (severity !== void 0 && severity in counts2) counts2[severity] = Number(count);
      }
    } else if (one !== null) {
      counts2.total = Number(one[1]);
      counts2[one[2]] = Number(one[1]);
    }
    this.counts = counts2;
    return true;
  }
  reportLine(text) {
    const { top, last } = this;
    const severity = SEVERITY_LINE.exec(text);
    const depends = DEPENDS_LINE.exec(text);
    const fix = FIX_LINE.exec(text);
    const advisory = ADVISORY_LINE.exec(text);
    if (top !== null && severity !== null) top.severity = severityOf4(severity[1]);
    else if (last !== null && depends !== null) {
      if (!last.dependsOn.includes(depends[1])) last.dependsOn.push(depends[1]);
    } else if (top !== null && fix !== null) top.fix = fix[1].replace(/^No fix/, "no fix");
    else if (top !== null && advisory !== null)
      top.advisories.push({ title: advisory[1], url: advisory[2] });
    else if (!text.trim().startsWith("node_modules/")) this.packageLine(text);
  }
  packageLine(text) {
    const match = PACKAGE_LINE.exec(text);
    if (match === null) return;
    const dependent = match[1] !== "" && this.top !== null;
    const known = this.packages.find(
      (pkg2) => pkg2.name === match[2] && pkg2.range === match[3].trim()
    );
    if (known !== void 0) {
      if (!dependent) this.top = known;
      this.last = known;
      return;
    }
    const pkg = {
      name: match[2],
      // The report prints no "Severity:" line for low ones, nor for dependents, which carry
      // the severity of the block's package.
      severity: dependent ? this.top.severity : "low",
      range: match[3].trim(),
      advisories: [],
      dependsOn: []
    };
    if (!dependent) this.top = pkg;
    this.last = pkg;
    this.packages.push(pkg);
  }
};
function isAdvisoriesReport(value) {
  return isObject(value.advisories) && isObject(value.metadata);
}
function packagesFromAdvisories(advisories) {
  const byName = /* @__PURE__ */ new Map();
  for (const advisory of advisories) {
    const name = stringField(advisory, "module_name");
    if (name === void 0) continue;
    const severity = severityOf4(stringField(advisory, "severity"));
    const versions = arrayField(advisory, "findings").map((finding2) => stringField(finding2, "version")).filter((version) => version !== void 0);
    const pkg = byName.get(name) ?? {
      name,
      severity,
      range: versions.length > 0 ? [...new Set(versions)].join(", ") : stringField(advisory, "vulnerable_versions") ?? "*",
      advisories: [],
      dependsOn: []
    };
    const entry = { title: stringField(advisory, "title") ?? "advisory" };
    const url = stringField(advisory, "url");
    if (url !== void 0) entry.url = url;
    if (severity !== void 0) entry.severity = severity;
    pkg.advisories.push(entry);
    const patched = stringField(advisory, "patched_versions");
    if (patched !== void 0 && patched !== "<0.0.0") pkg.fix = `patched in ${patched}`;
    byName.set(name, pkg);
  }
  return [...byName.values()];
}
function yarnReport(objects) {
  const summary = objects.find((object) => object.type === "auditSummary");
  if (summary === void 0) return null;
  const advisories = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (object.type !== "auditAdvisory") continue;
    const advisory = objectField(objectField(object, "data"), "advisory");
    const id = String(numberField(advisory, "id") ?? stringField(advisory, "github_advisory_id"));
    if (advisory !== void 0 && !advisories.has(id)) advisories.set(id, advisory);
  }
  const counts2 = countsFromJson({ metadata: objectField(summary, "data") ?? {} });
  return {
    packages: packagesFromAdvisories([...advisories.values()]),
    counts: counts2 ?? { total: 0 }
  };
}
function isNpmAuditReport(value) {
  return "auditReportVersion" in value || isObject(value.vulnerabilities) && isObject(value.metadata);
}
function auditSummary2(counts2, packages, exitCode, label2 = "npm audit") {
  if (counts2 === null) {
    return exitCode === 0 ? `${label2}: no report found` : `${label2}: failed (${exitDescription(exitCode)})`;
  }
  const total = counts2.total ?? 0;
  if (total === 0) return `${label2}: 0 vulnerabilities`;
  const bySeverity = SEVERITIES.filter((s) => (counts2[s] ?? 0) > 0).map((s) => `${counts2[s]} ${s}`).join(", ");
  const named2 = packages.filter((pkg) => pkg.advisories.length > 0).map((pkg) => pkg.name);
  const shown = named2.slice(0, 3).join(", ");
  const more = named2.length > 3 ? ` and ${named2.length - 3} more` : "";
  return `${label2}: ${bySeverity}${shown !== "" ? ` (${shown}${more})` : ""}`;
}
var PNPM_ERROR = /^\s*(ERR_PNPM_[A-Z_]+)\s+(\S.*)$/;
var NPM_ERROR_CODE = /^npm (?:error|ERR!) code (\S+)$/;
var NPM_ERROR2 = /^npm (?:error|ERR!) (?:audit )?(\S.*)$/;
var MAX_REASON = 200;
function auditFailure(json, firstErrorLine) {
  const pnpm = objectField(
    json.parse((value) => isObject(value.error)),
    "error"
  );
  const yarn = json.lineObjects().find((object) => object.type === "error");
  const reason = pnpm !== void 0 ? [stringField(pnpm, "code"), stringField(pnpm, "message")].filter(Boolean).join(": ") : stringField(yarn, "data")?.split("\n")[0] ?? firstErrorLine;
  if (reason === null || reason.trim() === "") return null;
  const line = reason.replace(/\s+/g, " ").trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}\u2026` : line;
}
var NpmAuditCollector = class {
  constructor(label2) {
    this.label = label2;
  }
  json = new JsonCapture();
  human = new HumanAuditReader2();
  firstErrorLine = null;
  npmErrorCode = null;
  line(raw) {
    const text = stripAnsi(raw);
    this.json.line(text);
    this.human.line(text);
    if (this.firstErrorLine === null && text.length <= 4096) this.errorLine(text);
  }
  /** The first error line pnpm or npm printed (npm's after its `npm error code …` line). */
  errorLine(text) {
    const pnpm = PNPM_ERROR.exec(text);
    if (pnpm !== null) {
      this.firstErrorLine = `${pnpm[1]}: ${pnpm[2]}`;
      return;
    }
    const code = NPM_ERROR_CODE.exec(text);
    if (code !== null) {
      this.npmErrorCode ??= code[1];
      return;
    }
    const npm = NPM_ERROR2.exec(text);
    if (npm === null) return;
    this.firstErrorLine = this.npmErrorCode === null ? npm[1] : `${this.npmErrorCode}: ${npm[1]}`;
  }
  finish(exitCode) {
    const { packages, counts: counts2 } = this.read();
    const findings = new FindingList();
    for (const pkg of packages) for (const finding2 of packageFindings(pkg)) findings.add(finding2);
    const failure = counts2 === null ? auditFailure(this.json, this.firstErrorLine) : null;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: counts2 ?? {},
      summary: failure === null ? auditSummary2(counts2, packages, exitCode, this.label) : `${this.label}: could not run (${failure})`
    };
  }
  /** npm's report version 2, pnpm's (version 1), yarn's NDJSON, or npm's human report. */
  read() {
    const report = this.json.parse((value) => isNpmAuditReport(value) || isAdvisoriesReport(value));
    if (report !== null && isAdvisoriesReport(report)) {
      return {
        packages: packagesFromAdvisories(Object.values(objectField(report, "advisories") ?? {})),
        counts: countsFromJson(report)
      };
    }
    if (report !== null)
      return { packages: packagesFromJson(report), counts: countsFromJson(report) };
    const yarn = yarnReport(this.json.lineObjects());
    if (yarn !== null) return yarn;
    return { packages: this.human.packages, counts: this.human.counts };
  }
};
function auditLabel(command) {
  for (const words of simpleCommands(command)) {
    const program = programName(words);
    if (["npm", "pnpm", "yarn"].includes(program) && words[1] === "audit") return `${program} audit`;
  }
  return "npm audit";
}
var npmAuditParser = {
  id: "npm-audit",
  matches: (command) => recognises("npm-audit", command),
  create: (command) => new NpmAuditCollector(auditLabel(command))
};

// src/findings/pip-audit.ts
var FOUND2 = /^Found (\d+) known vulnerabilit(?:y|ies) in (\d+) packages?$/;
var NONE = /^No known vulnerabilities found\b/;
var HEADER3 = /^Name +Version +ID +Fix Versions\b/;
var ROW = /^(\S+) +(\S+) +(\S+)(?: +(\S.*))?$/;
function finding(vulnerability) {
  const fix = vulnerability.fix === "" ? "no fix version" : `fixed in ${vulnerability.fix}`;
  const aliases = vulnerability.aliases.length > 0 ? ` (${vulnerability.aliases.join(", ")})` : "";
  const about = vulnerability.description === void 0 ? "" : `: ${vulnerability.description}`;
  const result = {
    severity: "error",
    message: oneLine(
      `${vulnerability.id}${aliases} in ${vulnerability.name} ${vulnerability.version}, ${fix}${about}`
    ),
    code: vulnerability.id,
    package: vulnerability.name,
    version: vulnerability.version,
    kind: "vulnerability"
  };
  if (vulnerability.id.startsWith("GHSA-"))
    result.url = `https://github.com/advisories/${vulnerability.id}`;
  return result;
}
function named(vulnerabilities) {
  const names = [...new Set(vulnerabilities.map((v) => v.name))];
  if (names.length === 0) return "";
  const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
  return ` (${names.slice(0, 3).join(", ")}${more})`;
}
var PipAuditReader = class extends LineReader {
  json = new JsonCapture();
  rows = [];
  stated = null;
  inTable = false;
  read(text) {
    this.json.line(text);
    if (!LineReader.readable(text)) return;
    const found = FOUND2.exec(text);
    if (found !== null) {
      this.recognise();
      this.stated = { vulnerabilities: Number(found[1]), packages: Number(found[2]) };
      return;
    }
    if (NONE.test(text)) {
      this.recognise();
      this.stated = { vulnerabilities: 0, packages: 0 };
      return;
    }
    if (HEADER3.test(text)) {
      this.inTable = true;
      return;
    }
    if (!this.inTable || text.startsWith("---")) return;
    const row = ROW.exec(text);
    if (row === null) {
      this.inTable = false;
      return;
    }
    const [, name, version, id, fix] = row;
    if (this.rows.length < 1e4)
      this.rows.push({
        name,
        version,
        id,
        fix: fix?.trim() ?? "",
        aliases: []
      });
  }
  fromJson() {
    const report = this.json.parse((value) => Array.isArray(value.dependencies));
    if (report === null) return null;
    const vulnerabilities = [];
    for (const dependency of arrayField(report, "dependencies")) {
      const name = stringField(dependency, "name") ?? "?";
      const version = stringField(dependency, "version") ?? "?";
      for (const vuln of arrayField(dependency, "vulns")) {
        const description = stringField(vuln, "description");
        vulnerabilities.push({
          name,
          version,
          id: stringField(vuln, "id") ?? "advisory",
          fix: arrayField(vuln, "fix_versions").filter((v) => typeof v === "string").join(", "),
          aliases: arrayField(vuln, "aliases").filter((a) => typeof a === "string"),
          ...description === void 0 ? {} : { description }
        });
      }
    }
    return vulnerabilities;
  }
  finish() {
    const fromJson = this.fromJson();
    if (fromJson === null && !this.recognised) return null;
    const vulnerabilities = fromJson ?? this.rows;
    const findings = new FindingList();
    for (const vulnerability of vulnerabilities) findings.add(finding(vulnerability));
    const count = fromJson === null ? this.stated?.vulnerabilities ?? vulnerabilities.length : vulnerabilities.length;
    const packages = new Set(vulnerabilities.map((v) => v.name)).size;
    const summary = count === 0 ? "pip-audit: 0 vulnerabilities" : `pip-audit: ${plural(count, "vulnerability", "vulnerabilities")} in ${plural(this.stated?.packages ?? packages, "package")}${named(vulnerabilities)}`;
    return {
      tool: "pip-audit",
      at: this.recognised ? this.at : 0,
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { vulnerabilities: count },
      summary
    };
  }
};
var pipAuditReader = {
  id: "pip-audit",
  create: (context) => new PipAuditReader(context)
};

// src/findings/prettier.ts
var HEADER4 = "Checking formatting...";
var CLEAN = "All matched files use Prettier code style!";
var ISSUES = /^\[warn\] Code style issues (?:found in (\d+) files|found in the above file)\b/;
var WARN_FILE = /^\[warn\] (\S.*)$/;
var SYNTAX_ERROR = /^\[error\] (\S+?): (\w*Error): (.*?)(?: \((\d+):(\d+)\))?$/;
var PrettierReader = class extends DiagnosticsReader {
  stated = null;
  clean = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text === HEADER4) {
      this.recognise();
      return;
    }
    if (text === CLEAN) {
      this.recognise();
      this.clean = true;
      return;
    }
    const issues = ISSUES.exec(text);
    if (issues !== null) {
      this.recognise();
      this.stated = issues[1] === void 0 ? 1 : Number(issues[1]);
      return;
    }
    if (!this.recognised) return;
    const syntax = SYNTAX_ERROR.exec(text);
    if (syntax !== null) {
      const [, file, kind, message, line, column] = syntax;
      this.diagnostics.add({
        severity: "error",
        message: `${kind}: ${message}`,
        file,
        ...line === void 0 ? {} : { line: Number(line), column: Number(column) }
      });
      return;
    }
    const warned = WARN_FILE.exec(text);
    if (warned !== null) {
      this.diagnostics.add({
        severity: "error",
        message: "not formatted as Prettier would (prettier --check)",
        file: warned[1]
      });
    }
  }
  finish() {
    if (!this.recognised) return null;
    const { diagnostics } = this;
    const unformatted = this.stated ?? diagnostics.errors;
    if (unformatted === 0 && diagnostics.errors === 0 && this.clean) {
      return diagnostics.section("prettier", this.at, "all files formatted", { unformatted: 0 });
    }
    const summary = unformatted > 0 ? `${plural(unformatted, "file")} not formatted` : plural(diagnostics.errors, "error");
    return diagnostics.section("prettier", this.at, summary, { unformatted });
  }
};
var prettierReader = {
  id: "prettier",
  create: (context) => new PrettierReader(context)
};

// src/findings/pytest.ts
var COUNT_PART = /^(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected|warnings?|rerun)$/;
var TIMING = / in (\d+(?:\.\d+)?)s(?: \(\d+:\d+:\d+\))?$/;
var SECTION_HEADER = /^_{3,} (\S.*?) _{3,}$/;
var TRACE_ENTRY = /^(\S+?\.py):(\d+): (.*)$/;
var SHORT_SUMMARY = /^(FAILED|ERROR) (\S+)(?: - (.*))?$/;
function closingCounts(text) {
  const inner = text.replace(/^=+ /, "").replace(/ =+$/, "");
  const timing = TIMING.exec(inner);
  if (timing === null) return null;
  const body = inner.slice(0, timing.index);
  const found = /* @__PURE__ */ new Map();
  if (body === "no tests ran") return found;
  for (const part of body.split(", ")) {
    const count = COUNT_PART.exec(part);
    if (count === null) return null;
    found.set(count[2].replace(/s$/, ""), Number(count[1]));
  }
  return found;
}
var PytestReader = class extends TestRunReader {
  places = /* @__PURE__ */ new Map();
  /** The first "E   …" line of each traceback section: the message when the summary has none. */
  explanations = /* @__PURE__ */ new Map();
  section = null;
  errors = 0;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (text.startsWith("=") && text.includes(" test session starts ")) this.mayBegin();
    const header = SECTION_HEADER.exec(text);
    if (header !== null) {
      this.section = header[1];
      return;
    }
    if (text.startsWith("=")) this.section = null;
    if (this.section !== null && text.startsWith("E  ") && !this.explanations.has(this.section)) {
      this.explanations.set(this.section, text.slice(1).trim());
      return;
    }
    const entry = this.section === null ? null : TRACE_ENTRY.exec(text);
    if (entry !== null) {
      const list = this.places.get(this.section) ?? [];
      if (list.length < 100) list.push({ file: entry[1], line: Number(entry[2]) });
      this.places.set(this.section, list);
      return;
    }
    const short = SHORT_SUMMARY.exec(text);
    if (short !== null) {
      this.shortSummary(short[2], short[3]);
      return;
    }
    const counts2 = closingCounts(text.trim());
    if (counts2 !== null) this.closing(counts2);
  }
  shortSummary(nodeId, message) {
    const separator = nodeId.indexOf("::");
    const file = separator < 0 ? nodeId : nodeId.slice(0, separator);
    const test = separator < 0 ? `${nodeId} (collection failed)` : nodeId.slice(separator + 2);
    const failure = {
      test,
      message: message === void 0 ? [] : [message],
      file: relativeToCwd(file, this.context.cwd)
    };
    const name = separator < 0 ? nodeId : test.replaceAll("::", ".");
    const place2 = this.placeOf(name, file);
    if (place2 !== null) failure.line = place2.line;
    const explanation = this.explanations.get(name);
    if (failure.message.length === 0 && explanation !== void 0) failure.message.push(explanation);
    this.failures.add(failure);
  }
  placeOf(section, file) {
    const entries = this.places.get(section) ?? this.places.get(`ERROR collecting ${file}`) ?? [];
    return entries.find((entry) => entry.file === file) ?? entries.at(-1) ?? null;
  }
  closing(counts2) {
    this.recognise();
    this.tally.sawTotals = true;
    this.tally.passed = counts2.get("passed") ?? 0;
    this.tally.failed = counts2.get("failed") ?? 0;
    this.tally.skipped = counts2.get("skipped") ?? 0;
    this.errors = counts2.get("error") ?? 0;
  }
  finish() {
    if (!this.recognised) return null;
    return withErrors(this.toolSection("pytest"), this.errors);
  }
};
var pytestReader = {
  id: "pytest",
  create: (context) => new PytestReader(context)
};

// src/findings/ruff.ts
var CODE = "[A-Z]{1,8}\\d{1,4}";
var CONCISE2 = new RegExp(`^(\\S+?):(\\d+):(\\d+): (${CODE}) (\\[\\*\\] )?(.*)$`);
var FULL_HEADER = new RegExp(`^(${CODE}) (\\[\\*\\] )?(.*)$`);
var FULL_PLACE = /^ *--> (\S.*?):(\d+):(\d+)$/;
var FOUND3 = /^Found (\d+) errors?(?: \((\d+) fixed, (\d+) remaining\))?\.$/;
var ALL_PASSED = "All checks passed!";
function isRuffSummary(text) {
  return text === ALL_PASSED || FOUND3.test(text);
}
var RuffCheckReader = class extends DiagnosticsReader {
  header = null;
  /** Located by the full format's header and place: ruff's own shape, not flake8's. */
  full = false;
  stated = null;
  fixable = 0;
  read(text) {
    if (!LineReader.readable(text)) return;
    const header = this.header;
    this.header = null;
    const place2 = header === null ? null : FULL_PLACE.exec(text);
    if (place2 !== null) {
      this.full = true;
      this.add(header.code, header.fixable, header.message, place2[1], place2[2], place2[3]);
      return;
    }
    const concise = CONCISE2.exec(text);
    if (concise !== null) {
      const [, file, line, column, code, fix, message] = concise;
      this.add(code, fix !== void 0, message, file, line, column);
      return;
    }
    const found = FOUND3.exec(text);
    if (found !== null) {
      if (this.diagnostics.total === 0 && !this.runsRuffCheck()) return;
      this.recognise();
      this.stated = Number(found[3] ?? found[1]);
      return;
    }
    if (text === ALL_PASSED) {
      this.recognise();
      this.stated = 0;
      return;
    }
    const opening = FULL_HEADER.exec(text);
    if (opening !== null) {
      this.header = { code: opening[1], fixable: opening[2] !== void 0, message: opening[3] };
    }
  }
  add(code, fixable, message, file, line, column) {
    this.mayBegin();
    const added = this.diagnostics.add({
      severity: "error",
      message,
      code,
      file: file.replace(/^\.\//, ""),
      line: Number(line),
      column: Number(column)
    });
    if (added && fixable) this.fixable++;
  }
  /** `ruff check`, or ruff without a subcommand (`ruff .`, before 0.5), but not `ruff format`. */
  runsRuffCheck() {
    return this.hinted("ruff check") || this.hinted("ruff") && !this.hinted("ruff format");
  }
  finish(exitCode) {
    const { diagnostics } = this;
    const located = diagnostics.total > 0 && (this.full || this.hinted("ruff"));
    if (!this.recognised && !located) {
      if (exitCode !== 0 || !this.runsRuffCheck()) return null;
      return diagnostics.section("ruff", Number.MAX_SAFE_INTEGER, "no problems", { errors: 0 });
    }
    this.recognise();
    const errors = this.stated ?? diagnostics.total;
    if (errors === 0) return diagnostics.section("ruff", this.at, "no problems", { errors: 0 });
    const fixable = this.fixable > 0 ? ` (${this.fixable} fixable)` : "";
    return diagnostics.section("ruff", this.at, `${plural(errors, "error")}${fixable}`, {
      errors,
      fixable: this.fixable
    });
  }
};
var ruffCheckReader = {
  id: "ruff",
  create: (context) => new RuffCheckReader(context)
};
var WOULD_REFORMAT = /^Would reformat: (\S.*)$/;
var FORMAT_TOTALS = /^(?:(\d+) files? would be reformatted(?:, |$))?(?:(\d+) files? already formatted)?$/;
var RuffFormatReader = class extends LineReader {
  findings = new FindingList();
  stated = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const would = WOULD_REFORMAT.exec(text);
    if (would !== null) {
      this.mayBegin();
      this.findings.add({
        severity: "warning",
        message: "Would reformat (ruff format --check)",
        file: would[1].replace(/^\.\//, "")
      });
      return;
    }
    const totals = text === "" ? null : FORMAT_TOTALS.exec(text);
    if (totals === null) return;
    this.recognise();
    this.stated = { reformat: Number(totals[1] ?? 0), formatted: Number(totals[2] ?? 0) };
  }
  finish() {
    if (!this.recognised || this.stated === null) return null;
    const { reformat, formatted } = this.stated;
    const summary = reformat === 0 ? `${plural(formatted, "file")} already formatted` : `${plural(reformat, "file")} would be reformatted`;
    return {
      tool: "ruff format",
      at: this.at,
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { reformat, formatted },
      summary: `ruff format: ${summary}`
    };
  }
};
var ruffFormatReader = {
  id: "ruff format",
  create: (context) => new RuffFormatReader(context)
};

// src/findings/python-lint.ts
var MYPY_LINE = /^(\S+?\.pyi?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?: {2}\[([\w-]+)\])?$/;
var MYPY_FOUND = /^Found (\d+) errors? in (\d+) files? \(checked (\d+) source files?\)$/;
var MYPY_SUCCESS = /^Success: no issues found in (\d+) source files?$/;
var MypyReader = class extends DiagnosticsReader {
  stated = null;
  clean = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    const found = MYPY_FOUND.exec(text);
    if (found !== null) {
      this.recognise();
      this.stated = { errors: Number(found[1]), files: Number(found[2]) };
      return;
    }
    if (MYPY_SUCCESS.test(text)) {
      this.recognise();
      this.clean = true;
      return;
    }
    const line = MYPY_LINE.exec(text);
    if (line === null || line[4] === "note") return;
    const [, file, lineNumber, column, level, message, code] = line;
    this.diagnostics.add({
      severity: level === "error" ? "error" : "warning",
      message,
      ...code === void 0 ? {} : { code },
      file,
      line: Number(lineNumber),
      ...column === void 0 ? {} : { column: Number(column) }
    });
  }
  finish() {
    const { diagnostics } = this;
    if (!this.recognised && !(this.hinted("mypy", "dmypy") && diagnostics.total > 0)) return null;
    const at = this.recognised ? this.at : 0;
    if (this.clean && diagnostics.errors === 0) {
      return diagnostics.section("mypy", at, "no issues", { errors: 0 });
    }
    const errors = this.stated?.errors ?? diagnostics.errors;
    const files = this.stated?.files ?? diagnostics.fileCount;
    return diagnostics.section(
      "mypy",
      at,
      `${plural(errors, "error")} in ${plural(files, "file")}`,
      {
        errors,
        files
      }
    );
  }
};
var mypyReader = {
  id: "mypy",
  create: (context) => new MypyReader(context)
};
var FLAKE8_LINE = /^(\S+?):(\d+):(\d+): ([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.*)$/;
function flake8Severity(code) {
  return /^(?:E9|F63|F7|F82)/.test(code) ? "error" : "warning";
}
var Flake8Reader = class extends DiagnosticsReader {
  ruff = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    const line = FLAKE8_LINE.exec(text);
    if (line === null) {
      if (isRuffSummary(text)) this.ruff = true;
      return;
    }
    const [, file, lineNumber, column, code, message] = line;
    this.recognise();
    this.diagnostics.add({
      severity: flake8Severity(code),
      message,
      code,
      file: file.replace(/^\.\//, ""),
      line: Number(lineNumber),
      column: Number(column)
    });
  }
  tool() {
    return this.hinted("pycodestyle") ? "pycodestyle" : "flake8";
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (this.ruff || this.hinted("ruff") && !this.hinted("flake8", "pycodestyle")) return null;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("flake8", "pycodestyle", "pyflakes")) return null;
      return diagnostics.section(this.tool(), Number.MAX_SAFE_INTEGER, "no problems", {
        problems: 0
      });
    }
    return diagnostics.section(this.tool(), this.at, plural(diagnostics.total, "problem"), {
      problems: diagnostics.total
    });
  }
};
var flake8Reader = {
  id: "flake8",
  create: (context) => new Flake8Reader(context)
};
var PYLINT_MODULE = /^\*{13} Module (\S+)$/;
var PYLINT_LINE = /^(\S+?\.py):(\d+):(\d+): ([CRWEFI]\d{4}): (.*?)(?: \(([\w-]+)\))?$/;
var PYLINT_RATING = /^Your code has been rated at (-?[\d.]+)\/10\b/;
var PYLINT_SEVERITY = {
  E: "error",
  F: "error",
  W: "warning",
  C: "notice",
  R: "notice",
  I: "notice"
};
var PylintReader = class extends DiagnosticsReader {
  rating = null;
  sawModule = false;
  read(text) {
    if (!LineReader.readable(text)) return;
    if (PYLINT_MODULE.test(text)) {
      this.recognise();
      this.sawModule = true;
      return;
    }
    const rating = PYLINT_RATING.exec(text);
    if (rating !== null) {
      this.recognise();
      this.rating = rating[1];
      return;
    }
    const line = this.sawModule ? PYLINT_LINE.exec(text) : null;
    if (line === null) return;
    const [, file, lineNumber, column, code, message, symbol] = line;
    this.diagnostics.add({
      severity: PYLINT_SEVERITY[code[0]],
      message,
      code: symbol === void 0 ? code : `${code} ${symbol}`,
      file,
      line: Number(lineNumber),
      // pylint counts columns from 0.
      column: Number(column) + 1
    });
  }
  finish() {
    if (!this.recognised) return null;
    const { diagnostics } = this;
    const rated = this.rating === null ? "" : ` (rated ${this.rating}/10)`;
    return diagnostics.section("pylint", this.at, `${diagnostics.describe()}${rated}`, {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings,
      conventions: diagnostics.notices
    });
  }
};
var pylintReader = {
  id: "pylint",
  create: (context) => new PylintReader(context)
};
var PYRIGHT_LINE = /^\s+(\S.*?):(\d+):(\d+) - (error|warning|information): (.*)$/;
var PYRIGHT_TOTAL = /^(\d+) errors?, (\d+) warnings?, (\d+) informations?\s*$/;
var PYRIGHT_RULE = / \((report\w+)\)$/;
var PyrightReader = class extends DiagnosticsReader {
  stated = null;
  last = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const total = PYRIGHT_TOTAL.exec(text);
    if (total !== null) {
      this.flush();
      this.recognise();
      this.stated = { errors: Number(total[1]), warnings: Number(total[2]) };
      return;
    }
    const line = PYRIGHT_LINE.exec(text);
    if (line !== null) {
      this.flush();
      const [, file, lineNumber, column, level, message] = line;
      const severity = level === "error" ? "error" : level === "warning" ? "warning" : "notice";
      this.last = {
        severity,
        message,
        file,
        line: Number(lineNumber),
        column: Number(column)
      };
      this.takeRule(message);
      return;
    }
    if (this.last !== null && text !== text.trimStart()) this.takeRule(text.trim());
  }
  takeRule(text) {
    const rule = PYRIGHT_RULE.exec(text);
    if (rule === null || this.last === null) return;
    this.last.code = rule[1];
    if (this.last.message.endsWith(rule[0]))
      this.last.message = this.last.message.slice(0, -rule[0].length);
  }
  flush() {
    if (this.last === null) return;
    this.diagnostics.add(this.last);
    this.last = null;
  }
  finish() {
    this.flush();
    if (!this.recognised) return null;
    const { diagnostics } = this;
    const errors = this.stated?.errors ?? diagnostics.errors;
    const warnings = this.stated?.warnings ?? diagnostics.warnings;
    const summary = errors === 0 && warnings === 0 ? "no errors" : [plural(errors, "error"), ...warnings > 0 ? [plural(warnings, "warning")] : []].join(
      ", "
    );
    return diagnostics.section("pyright", this.at, summary, { errors, warnings });
  }
};
var pyrightReader = {
  id: "pyright",
  create: (context) => new PyrightReader(context)
};

// src/findings/rustfmt.ts
var HUNK_HEADER = /^Diff in (.+?)(?::(\d+)| at line (\d+)):\s*$/;
function hunkFinding(hunk, headerLine) {
  const line = hunk.firstChanged ?? headerLine;
  const endLine = hunk.lastChanged !== null && hunk.lastChanged > line ? hunk.lastChanged : null;
  const where = endLine === null ? `line ${line}` : `lines ${line}-${endLine}`;
  const finding2 = {
    severity: "error",
    message: `rustfmt would reformat ${where} (${plural(hunk.removed, "line")} out, ${plural(hunk.added, "line")} in)`,
    code: "rustfmt",
    file: hunk.file,
    line
  };
  if (endLine !== null) finding2.endLine = endLine;
  return finding2;
}
var RustfmtCollector = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.errors = new RustDiagnosticCollector(this.findings, cwd);
  }
  findings = new FindingList();
  files = /* @__PURE__ */ new Set();
  hunk = null;
  headerLine = 0;
  hunks = 0;
  /** rustfmt reports parse errors as rustc diagnostics. */
  errors;
  line(raw) {
    const text = stripAnsi(raw);
    const header = HUNK_HEADER.exec(text);
    if (header !== null) {
      this.closeHunk();
      const file = relativeToCwd(header[1], this.cwd);
      this.headerLine = Number(header[2] ?? header[3]);
      this.hunk = {
        file,
        cursor: this.headerLine,
        firstChanged: null,
        lastChanged: null,
        removed: 0,
        added: 0
      };
      this.files.add(file);
      this.hunks++;
      return;
    }
    if (this.hunk !== null && this.diffLine(this.hunk, text)) return;
    this.closeHunk();
    this.errors.line(text);
  }
  finish(exitCode) {
    this.closeHunk();
    this.errors.finish(exitCode);
    const files = this.files.size;
    let summary;
    if (files > 0)
      summary = `rustfmt: ${plural(files, "file")} need${files === 1 ? "s" : ""} formatting`;
    else if (this.errors.errors > 0) summary = `rustfmt: ${plural(this.errors.errors, "error")}`;
    else if (exitCode === 0) summary = "rustfmt: all files formatted";
    else summary = `rustfmt: failed (${exitDescription(exitCode)})`;
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { files, hunks: this.hunks },
      summary
    };
  }
  /** Advances through one diff line; false when the line is not part of the diff. */
  diffLine(hunk, text) {
    const marker = text[0];
    if (marker === " " || text === "") {
      hunk.cursor++;
      return true;
    }
    if (marker === "-") {
      hunk.firstChanged ??= hunk.cursor;
      hunk.lastChanged = hunk.cursor;
      hunk.removed++;
      hunk.cursor++;
      return true;
    }
    if (marker === "+") {
      hunk.firstChanged ??= hunk.cursor;
      hunk.lastChanged ??= hunk.cursor;
      hunk.added++;
      return true;
    }
    return false;
  }
  closeHunk() {
    if (this.hunk === null) return;
    this.findings.add(hunkFinding(this.hunk, this.headerLine));
    this.hunk = null;
  }
};
var rustfmtParser = {
  id: "rustfmt",
  matches: (command) => recognises("rustfmt", command),
  create: (_command, context) => new RustfmtCollector(context?.cwd)
};

// src/findings/shellcheck.ts
var TTY_PLACE = /^In (.+) line (\d+):$/;
var TTY_MARKER = /^(\s*)\^-*\^? (SC\d{4}) \((error|warning|info|style)\): (.*)$/;
var GCC = /^(\S+?):(\d+):(\d+): (error|warning|note|style|info): (.*) \[(SC\d{4})\]$/;
function severityOf5(level) {
  if (level === "error") return "error";
  return level === "warning" ? "warning" : "notice";
}
var ShellcheckReader = class extends DiagnosticsReader {
  place = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const place2 = TTY_PLACE.exec(text);
    if (place2 !== null) {
      this.place = { file: place2[1], line: Number(place2[2]) };
      return;
    }
    const marker = this.place === null ? null : TTY_MARKER.exec(text);
    if (marker !== null) {
      const [, indent, code, level, message] = marker;
      this.add(level, message, code, this.place.file, this.place.line, indent.length + 1);
      return;
    }
    const gcc = GCC.exec(text);
    if (gcc !== null) {
      const [, file, line, column, level, message, code] = gcc;
      this.add(level, message, code, file, Number(line), Number(column));
    }
  }
  add(level, message, code, file, line, column) {
    this.recognise();
    this.diagnostics.add({ severity: severityOf5(level), message, code, file, line, column });
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("shellcheck")) return null;
      return diagnostics.section("shellcheck", Number.MAX_SAFE_INTEGER, "no problems");
    }
    return diagnostics.section("shellcheck", this.at, diagnostics.describe(), {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings,
      notices: diagnostics.notices
    });
  }
};
var shellcheckReader = {
  id: "shellcheck",
  create: (context) => new ShellcheckReader(context)
};

// src/findings/tsc.ts
var PLAIN = /^(.+?)\((\d+),(\d+)\): (?:(?:semantic|syntax|options|global) )?(error|warning) (TS\d+): (.*)$/;
var PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/;
var ROLLUP_PLUGIN = /^(.+?) \((\d+):(\d+)\): @rollup\/plugin-typescript (TS\d+): (.*)$/;
var GLOBAL = /^(error|warning) (TS\d+): (.*)$/;
var TS_LOADER = /^\[tsl\] (ERROR|WARNING) in (.+)\((\d+),(\d+)\)$/;
var TS_LOADER_MESSAGE = /^\s+(TS\d+): (.*)$/;
var FOUND4 = /^Found (\d+) errors?\b/;
var PLUGIN_PREFIXES = ["[plugin rpt2] ", "rpt2: ", "[plugin typescript] "];
var ROLLUP_ERROR = /^\[!\] \(plugin [^)]*\) \w*Error: /;
var ROLLUP_WARNING = /^\(!\) (?=\[plugin )/;
function withoutPluginPrefix(text) {
  let rest = text.trimStart();
  const rollup = ROLLUP_ERROR.exec(rest) ?? ROLLUP_WARNING.exec(rest);
  if (rollup !== null) rest = rest.slice(rollup[0].length);
  for (const prefix of PLUGIN_PREFIXES) {
    if (rest.startsWith(prefix)) return rest.slice(prefix.length);
  }
  return rest;
}
var TscReader = class extends DiagnosticsReader {
  stated = null;
  loader = null;
  read(raw) {
    if (!LineReader.readable(raw)) return;
    if (this.loader !== null) {
      const pending = this.loader;
      this.loader = null;
      const message = TS_LOADER_MESSAGE.exec(raw);
      if (message !== null) {
        this.add(
          pending.severity,
          message[2],
          message[1],
          pending.file,
          pending.line,
          pending.column
        );
        return;
      }
    }
    const text = withoutPluginPrefix(raw);
    const located = PLAIN.exec(text) ?? PRETTY.exec(text);
    if (located !== null) {
      const [, file, line, column, level, code, message] = located;
      this.add(level, message, code, file, Number(line), Number(column));
      return;
    }
    const plugin = ROLLUP_PLUGIN.exec(text);
    if (plugin !== null) {
      const [, file, line, column, code, message] = plugin;
      this.add("error", message, code, file, Number(line), Number(column));
      return;
    }
    const global = GLOBAL.exec(text);
    if (global !== null) {
      this.add(global[1], global[3], global[2]);
      return;
    }
    const loader = TS_LOADER.exec(text);
    if (loader !== null) {
      this.loader = {
        severity: loader[1] === "ERROR" ? "error" : "warning",
        file: loader[2],
        line: Number(loader[3]),
        column: Number(loader[4])
      };
      return;
    }
    const found = this.recognised ? FOUND4.exec(text) : null;
    if (found !== null) this.stated = Number(found[1]);
  }
  add(level, message, code, file, line, column) {
    const diagnostic = { severity: level === "error" ? "error" : "warning", message };
    this.recognise();
    this.diagnostics.add({
      ...diagnostic,
      ...code === void 0 ? {} : { code },
      ...file === void 0 ? {} : { file: file.trim(), line, column }
    });
  }
  finish(exitCode) {
    const { diagnostics } = this;
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted("tsc", "vue-tsc", "tsgo")) return null;
      return diagnostics.section("tsc", Number.MAX_SAFE_INTEGER, "no errors");
    }
    const errors = Math.max(this.stated ?? 0, diagnostics.errors);
    const summary = errors > 0 || diagnostics.warnings === 0 ? plural(errors, "error") + (diagnostics.warnings > 0 ? `, ${plural(diagnostics.warnings, "warning")}` : "") : plural(diagnostics.warnings, "warning");
    return diagnostics.section("tsc", this.at, summary, {
      errors,
      warnings: diagnostics.warnings
    });
  }
};
var tscReader = {
  id: "tsc",
  create: (context) => new TscReader(context)
};

// src/findings/tstyche.ts
var COUNT2 = /(?<!\d)(\d+) (failed|passed|skipped|todo|total)\b/g;
var ERROR = /^(\w*Error): (.*)$/;
var AT = "at ";
var TEST_MARK = " \u276D ";
function countsOf(text) {
  return namedCounts(text, COUNT2);
}
var TstycheReader = class extends TestRunReader {
  message = null;
  sawTestFiles = false;
  constructor(context) {
    super(context);
    this.tally.suiteWord = "test files";
  }
  read(text) {
    if (!LineReader.readable(text)) return;
    const trimmed = text.trim();
    if (trimmed.startsWith("Test files:")) {
      const found = countsOf(trimmed);
      this.sawTestFiles = true;
      this.tally.suitesTotal = found.get("total") ?? 0;
      return;
    }
    if (this.sawTestFiles && trimmed.startsWith("Tests:")) {
      const found = countsOf(trimmed);
      this.recognise();
      readTotals(this.tally, found);
      return;
    }
    const error = ERROR.exec(trimmed);
    if (error !== null) {
      this.message = `${error[1]}: ${error[2]}`;
      return;
    }
    if (this.message !== null && trimmed.startsWith(AT)) this.failureAt(trimmed);
  }
  /** "at ./typetests/slug.tst.ts:10:39 ❭ formatDuration takes milliseconds" */
  failureAt(trimmed) {
    const mark = trimmed.indexOf(TEST_MARK);
    const location = mark < 0 ? trimmed.slice(AT.length) : trimmed.slice(AT.length, mark);
    const position = trailingPosition(location, "");
    if (position === null || position.index === 0) return;
    const test = mark < 0 ? location : trimmed.slice(mark + TEST_MARK.length);
    this.failures.add({
      test,
      message: [this.message],
      file: relativeToCwd(location.slice(0, position.index).replace(/^\.\//, ""), this.context.cwd),
      line: position.line,
      column: position.column
    });
    this.message = null;
  }
  finish() {
    if (!this.recognised) return null;
    return this.toolSection("tstyche");
  }
};
var tstycheReader = {
  id: "tstyche",
  create: (context) => new TstycheReader(context)
};

// src/findings/unittest.ts
var RAN = /^Ran (\d+) tests? in [\d.]+s$/;
var OUTCOME = /^(OK|FAILED)(?: \((.*)\))?$/;
var OUTCOME_PART = /^(failures|errors|skipped|expected failures|unexpected successes)=(\d+)$/;
var HEADER5 = /^(FAIL|ERROR): (\S+) \((.*)\)$/;
var FRAME2 = /^\s+File "(.+)", line (\d+), in (\S+)$/;
var RULE2 = /^(?:-{20,}|={20,})$/;
var UnittestReader = class extends TestRunReader {
  ran = null;
  errors = 0;
  pending = null;
  read(text) {
    if (!LineReader.readable(text)) return;
    const header = HEADER5.exec(text);
    if (header !== null) {
      this.endFailure();
      const [, , name, where] = header;
      const failure = { test: `${name} (${where})`, message: [] };
      this.pending = { failure, name, lastLine: null };
      return;
    }
    const ran = RAN.exec(text);
    if (ran !== null) {
      this.endFailure();
      this.ran = Number(ran[1]);
      return;
    }
    if (this.ran !== null) {
      const outcome = OUTCOME.exec(text);
      if (outcome !== null) this.outcome(outcome[2] ?? "");
    }
    if (this.pending !== null) this.traceLine(this.pending, text);
  }
  traceLine(pending, text) {
    if (RULE2.test(text)) {
      if (pending.lastLine !== null) this.endFailure();
      else pending.lastLine = "";
      return;
    }
    const frame = FRAME2.exec(text);
    if (frame !== null) {
      if (frame[3] === pending.name) {
        pending.failure.file = relativeToCwd(frame[1], this.context.cwd);
        pending.failure.line = Number(frame[2]);
      }
      return;
    }
    if (text.trim() !== "" && !text.startsWith(" ")) pending.lastLine = text.trim();
  }
  endFailure() {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    if (pending.lastLine !== null && pending.lastLine !== "") {
      pending.failure.message.push(pending.lastLine);
    }
    this.failures.add(pending.failure);
  }
  /** "failures=1, errors=1, skipped=2" */
  outcome(detail) {
    const found = /* @__PURE__ */ new Map();
    for (const part of detail === "" ? [] : detail.split(", ")) {
      const count = OUTCOME_PART.exec(part);
      if (count !== null) found.set(count[1], Number(count[2]));
    }
    this.recognise();
    this.tally.sawTotals = true;
    this.tally.failed = (found.get("failures") ?? 0) + (found.get("unexpected successes") ?? 0);
    this.errors = found.get("errors") ?? 0;
    this.tally.skipped = found.get("skipped") ?? 0;
    const notPassed = this.tally.failed + this.errors + this.tally.skipped + (found.get("expected failures") ?? 0);
    this.tally.passed = Math.max(0, (this.ran ?? 0) - notPassed);
  }
  finish() {
    this.endFailure();
    if (!this.recognised) return null;
    return withErrors(this.toolSection("unittest"), this.errors);
  }
};
var unittestReader = {
  id: "unittest",
  create: (context) => new UnittestReader(context)
};

// src/findings/vitest.ts
var FILES_TOTALS = "Test Files  ";
var TESTS_TOTALS2 = "Tests  ";
var COUNT3 = /(?<!\d)(\d+) (failed|passed|skipped|todo)\b/g;
var FAIL_PREFIX = "FAIL  ";
var FRAME_MARK = "\u276F ";
function countsOf2(text) {
  return namedCounts(text, COUNT3);
}
var VitestReader = class extends TestRunReader {
  current = null;
  awaitingMessage = false;
  /** Only FAIL lines after the per-file listing are failures ("Failed Tests" section). */
  inFailures = false;
  suitesFailedToRun = 0;
  constructor(context) {
    super(context);
    this.tally.suiteWord = "files";
  }
  read(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith("RUN  v")) this.mayBegin();
    if (trimmed.startsWith("\u23AF")) {
      this.inFailures = /Failed (?:Tests|Suites)/.test(trimmed) || this.inFailures;
      this.current = null;
      return;
    }
    if (trimmed.startsWith(FILES_TOTALS) && trimmed.endsWith(")")) {
      this.tally.suitesTotal = Number(/\((\d+)\)$/.exec(trimmed)?.[1] ?? 0);
      this.recognise();
      this.current = null;
      return;
    }
    if (this.recognised && trimmed.startsWith(TESTS_TOTALS2) && trimmed.endsWith(")")) {
      const found = countsOf2(trimmed);
      readTotals(this.tally, found);
      return;
    }
    if (this.inFailures && !this.recognised) this.failureLine(text, trimmed);
  }
  failureLine(text, trimmed) {
    if (trimmed.startsWith(FAIL_PREFIX) && LineReader.readable(trimmed)) {
      this.startFailure(trimmed.slice(FAIL_PREFIX.length).trim());
      return;
    }
    const failure = this.current;
    if (failure === null) return;
    if (this.awaitingMessage) {
      if (trimmed !== "") {
        failure.message.push(trimmed);
        this.awaitingMessage = false;
      }
      return;
    }
    if (failure.line === void 0 && trimmed.startsWith(FRAME_MARK) && text.length < 4096) {
      const position = trailingPosition(trimmed, "");
      if (position === null) return;
      const file = trimmed.slice(FRAME_MARK.length, position.index);
      if (failure.file === void 0 || relativeToCwd(file, this.context.cwd) === failure.file) {
        failure.file ??= relativeToCwd(file, this.context.cwd);
        failure.line = position.line;
        failure.column = position.column;
      }
    }
  }
  /** "test/slug.test.ts > slugify > drops accents" or "file [ file ]" (a suite that did not run). */
  startFailure(title) {
    const open2 = title.endsWith(" ]") ? title.indexOf(" [ ") : -1;
    let failure;
    if (open2 >= 0) {
      this.suitesFailedToRun++;
      const file = title.slice(open2 + 3, -2);
      failure = {
        test: `${file} (suite failed to run)`,
        message: [],
        file: relativeToCwd(file, this.context.cwd)
      };
    } else {
      const separator = title.indexOf(" > ");
      const file = separator < 0 ? title : title.slice(0, separator);
      failure = {
        test: separator < 0 ? title : title.slice(separator + 3),
        message: [],
        file: relativeToCwd(file, this.context.cwd)
      };
    }
    this.failures.add(failure);
    this.current = failure;
    this.awaitingMessage = true;
  }
  finish() {
    if (!this.recognised || !this.tally.sawTotals) return null;
    this.tally.suitesFailed = this.suitesFailedToRun;
    return this.toolSection("vitest");
  }
};
var vitestReader = {
  id: "vitest",
  create: (context) => new VitestReader(context)
};

// src/findings/index.ts
var COMMAND_PARSERS = [
  rustfmtParser,
  clippyParser,
  cargoAuditParser,
  cargoTestParser,
  cargoBuildParser,
  npmAuditParser,
  cliCheckParser
];
var OUTPUT_READERS = [
  vitestReader,
  jestReader,
  nodeTestReader,
  mochaReader,
  tstycheReader,
  tscReader,
  buildErrorReader,
  esbuildReader,
  eslintReader,
  prettierReader,
  biomeReader,
  pytestReader,
  unittestReader,
  mypyReader,
  flake8Reader,
  ruffCheckReader,
  ruffFormatReader,
  pylintReader,
  pyrightReader,
  pipAuditReader,
  goTestReader,
  goDiagnosticsReader,
  staticcheckReader,
  golangciLintReader,
  shellcheckReader,
  coverageReader,
  reportOutputReader
];
var LABELS = {
  "npm-test": "tests",
  "npm-build": "build"
};
function toolFor(command) {
  const id = toolIdFor(command);
  const primary = COMMAND_PARSERS.find((parser) => parser.id === id) ?? null;
  return {
    id,
    matches: (other) => toolIdFor(other) === id,
    create: (step, context) => new CombinedCollector(
      step,
      context?.cwd,
      {
        primary,
        readers: OUTPUT_READERS,
        fallback: locatedLinesReader,
        label: LABELS[id] ?? null
      },
      context?.reports
    )
  };
}

// src/run/tree-watch.ts
import path7 from "node:path";

// src/run/tree-state.ts
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { lstat, open, readdir, readlink } from "node:fs/promises";
import { existsSync } from "node:fs";
import path6 from "node:path";
var MAX_HASHED_FILE_BYTES = 8 * 1024 * 1024;
var MAX_HASHED_TOTAL_BYTES = 256 * 1024 * 1024;
var MAX_WALKED_FILES = 1e5;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "target",
  "dist",
  "build",
  "out",
  "coverage",
  ".nyc_output",
  ".cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".parcel-cache",
  ".gradle",
  "__pycache__",
  ".pytest_cache",
  ".hypothesis",
  "htmlcov",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
  ".nox",
  ".venv",
  "venv"
]);
var SKIPPED_FILE = /(?:\.tsbuildinfo|\.pyc|^\.eslintcache|^\.coverage(?:\..+)?)$/;
var HEAD_KEY = "\0HEAD";
var INDEX_KEY = "\0index";
var HashCache = class {
  byPath = /* @__PURE__ */ new Map();
  hashedBytes = 0;
  async fingerprint(absolute) {
    let stats;
    try {
      stats = await lstat(absolute, { bigint: true });
    } catch {
      return "absent";
    }
    const statKey = `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
    const cached = this.byPath.get(absolute);
    if (cached?.stat === statKey) return cached.fingerprint;
    const fingerprint = await this.read(absolute, stats, statKey);
    this.byPath.set(absolute, { stat: statKey, fingerprint });
    return fingerprint;
  }
  async read(absolute, stats, statKey) {
    if (stats.isSymbolicLink()) {
      return `link:${await readlink(absolute).catch(() => "?")}`;
    }
    if (stats.isDirectory()) return "directory";
    if (!stats.isFile()) return `special:${statKey}`;
    const size = Number(stats.size);
    const mode = (Number(stats.mode) & 73) === 0 ? "file" : "exec";
    if (size > MAX_HASHED_FILE_BYTES || this.hashedBytes + size > MAX_HASHED_TOTAL_BYTES) {
      return `${mode}:stat:${statKey}`;
    }
    this.hashedBytes += size;
    try {
      return `${mode}:sha256:${await hashFile(absolute)}`;
    } catch (error) {
      return `${mode}:unreadable:${statKey}:${error.code ?? ""}`;
    }
  }
};
async function hashFile(absolute) {
  const hash = createHash("sha256");
  const handle = await open(absolute, "r");
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      hash.update(chunk);
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function runGit(git, cwd, args) {
  return new Promise((resolve, reject) => {
    execFile(
      git,
      ["-c", "core.fsmonitor=false", ...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
      },
      (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else {
          const message = stderr.toString("utf8").trim().split("\n")[0] ?? "";
          reject(
            new Error(`git ${args[0] ?? ""} failed: ${message === "" ? error.message : message}`)
          );
        }
      }
    );
  });
}
async function findRepository(root, options) {
  try {
    const out = await runGit(options.git ?? "git", root, ["rev-parse", "--show-toplevel"]);
    const top = out.toString("utf8").trim();
    return { top: top === "" ? null : top, problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(message) || !hasGitDirectory(root)) {
      return { top: null, problem: null };
    }
    return {
      top: null,
      problem: `${message}; the tree was checked by file hashes instead, without .gitignore`
    };
  }
}
function hasGitDirectory(root) {
  for (let directory = path6.resolve(root); ; directory = path6.dirname(directory)) {
    if (existsSync(path6.join(directory, ".git"))) return true;
    if (path6.dirname(directory) === directory) return false;
  }
}
var TreeRecorder = class _TreeRecorder {
  constructor(root, gitTop, options = {}, fallback = null) {
    this.root = root;
    this.gitTop = gitTop;
    this.options = options;
    this.fallback = fallback;
  }
  cache = new HashCache();
  static async for(root, options = {}) {
    const { top, problem } = await findRepository(root, options);
    return new _TreeRecorder(root, top, options, problem);
  }
  get mode() {
    return this.gitTop === null ? "files" : "git";
  }
  snapshot() {
    return this.gitTop === null ? this.filesSnapshot() : this.gitSnapshot(this.gitTop);
  }
  async gitSnapshot(top) {
    const git = this.options.git ?? "git";
    const [head, status, index] = await Promise.all([
      runGit(git, this.root, ["rev-parse", "-q", "--verify", "HEAD"]).then(
        (out) => out.toString("utf8").trim(),
        () => "unborn"
      ),
      runGit(git, this.root, [
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--ignore-submodules",
        "--no-renames",
        "--",
        "."
      ]),
      runGit(git, this.root, ["ls-files", "--stage", "-z", "--", "."])
    ]);
    const entries = /* @__PURE__ */ new Map([
      [HEAD_KEY, head],
      [INDEX_KEY, createHash("sha256").update(index).digest("hex")]
    ]);
    for (const { code, file } of parsePorcelain(status)) {
      const absolute = path6.join(top, file);
      const fingerprint = await this.cache.fingerprint(absolute);
      entries.set(toRootRelative(this.root, absolute), `${code}|${fingerprint}`);
    }
    return { mode: "git", entries, incomplete: null };
  }
  async filesSnapshot() {
    const entries = /* @__PURE__ */ new Map();
    let incomplete = null;
    const pending = [this.root];
    while (pending.length > 0 && incomplete === null) {
      const directory = pending.shift();
      const names = await readdir(directory, { withFileTypes: true }).catch(() => []);
      names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      for (const entry of names) {
        const absolute = path6.join(directory, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute);
          continue;
        }
        if (SKIPPED_FILE.test(entry.name)) continue;
        if (entries.size >= MAX_WALKED_FILES) {
          incomplete = `the tree has more than ${MAX_WALKED_FILES.toLocaleString("en-US")} files outside git; only the first were checked`;
          break;
        }
        entries.set(toRootRelative(this.root, absolute), await this.cache.fingerprint(absolute));
      }
    }
    return { mode: "files", entries, incomplete };
  }
};
function parsePorcelain(output) {
  const records = output.toString("utf8").split("\0");
  const entries = [];
  for (const record of records) {
    if (record.length < 4) continue;
    entries.push({ code: record.slice(0, 2), file: record.slice(3) });
  }
  return entries;
}
function toRootRelative(root, absolute) {
  return path6.relative(root, absolute).split(path6.sep).join("/");
}
function changedKeys(before, after) {
  const keys = /* @__PURE__ */ new Set([...before.entries.keys(), ...after.entries.keys()]);
  return [...keys].filter((key) => before.entries.get(key) !== after.entries.get(key)).sort();
}
function describeChange(key, before, after) {
  const was = before.entries.get(key);
  const now = after.entries.get(key);
  if (key === HEAD_KEY) {
    return {
      kind: "head",
      path: null,
      description: `HEAD moved from ${shortCommit(was)} to ${shortCommit(now)} (a commit, reset or checkout)`
    };
  }
  if (key === INDEX_KEY) {
    return {
      kind: "index",
      path: null,
      description: "the index (staging area) changed (git add, rm or reset)"
    };
  }
  const kind = after.mode === "git" ? gitKind(was, now) : filesKind(was, now);
  return { kind, path: key, description: `${key} ${KIND_WORDS[kind]}` };
}
var KIND_WORDS = {
  modified: "was modified",
  added: "was created",
  deleted: "was deleted",
  head: "moved",
  index: "changed"
};
function shortCommit(value) {
  if (value === void 0 || value === "unborn") return "(no commit)";
  return value.slice(0, 12);
}
function gitKind(was, now) {
  const code = now?.slice(0, 2);
  if (code === void 0) return "modified";
  if (code === "??" && (was === void 0 || !was.startsWith("??"))) return "added";
  if (code.includes("D") && now?.endsWith("|absent") === true) return "deleted";
  return "modified";
}
function filesKind(was, now) {
  if (was === void 0 || was === "absent") return "added";
  if (now === void 0 || now === "absent") return "deleted";
  return "modified";
}

// src/run/tree-watch.ts
var TreeWatch = class _TreeWatch {
  constructor(recorder, baseline, current) {
    this.recorder = recorder;
    this.baseline = baseline;
    this.current = current;
  }
  /** Logical clock: every record's start and end, every command's start and end take a tick. */
  clock = 0;
  alive = /* @__PURE__ */ new Map();
  /** Start tick of the latest record: the window of the next record begins there. */
  lastRecordStart = 0;
  /** For each changed key, every suspect of every window in which it changed. */
  suspects = /* @__PURE__ */ new Map();
  unattributedKeys = /* @__PURE__ */ new Set();
  queue = Promise.resolve();
  /** A record requested but not begun: later requests share it (it will see all they need). */
  pending = null;
  problem = null;
  incomplete = /* @__PURE__ */ new Set();
  /** Records the tree before anything runs. Never rejects: a failure becomes `problems`. */
  static async start(root, options = {}) {
    try {
      const recorder = await TreeRecorder.for(root, options);
      const baseline = await recorder.snapshot();
      const watch = new _TreeWatch(recorder, baseline, baseline);
      if (recorder.fallback !== null) watch.incomplete.add(recorder.fallback);
      watch.noteIncomplete(baseline);
      return watch;
    } catch (error) {
      const watch = new _TreeWatch(null, null, null);
      watch.problem = `the gate could not record the tree before the run: ${messageOf(error)}`;
      return watch;
    }
  }
  async beforeCommand(validationId) {
    await this.record();
    this.alive.set(validationId, { from: ++this.clock, to: Number.POSITIVE_INFINITY });
  }
  async afterCommand(validationId) {
    const span = this.alive.get(validationId);
    if (span !== void 0) span.to = ++this.clock;
    await this.record();
    return this.chargedTo(validationId);
  }
  /** Waits for pending records and says what the proof covered. */
  async finish() {
    await this.queue;
    const unattributed = this.baseline === null || this.current === null ? [] : [...this.unattributedKeys].filter((key) => this.baseline.entries.get(key) !== this.current.entries.get(key)).sort().map((key) => describeChange(key, this.baseline, this.current));
    return {
      mode: this.recorder?.mode ?? null,
      unattributed,
      problems: [...this.incomplete, ...this.problem === null ? [] : [this.problem]]
    };
  }
  /**
   * Takes the next record after the previous one, and charges its changes to their suspects.
   * Requests made before that record begins share it: validations started together (one
   * scheduling pass) wait for one record, not one each.
   */
  record() {
    if (this.pending !== null) return this.pending;
    const next = this.queue.then(async () => {
      this.pending = null;
      if (this.recorder === null || this.current === null || this.problem !== null) return;
      const start = ++this.clock;
      let state;
      try {
        state = await this.recorder.snapshot();
      } catch (error) {
        this.problem = `the gate could not record the tree during the run: ${messageOf(error)}`;
        return;
      }
      const end = ++this.clock;
      const suspects = this.aliveBetween(this.lastRecordStart, end);
      for (const key of changedKeys(this.current, state)) {
        if (suspects.length === 0) this.unattributedKeys.add(key);
        const set = this.suspects.get(key) ?? /* @__PURE__ */ new Set();
        for (const id of suspects) set.add(id);
        this.suspects.set(key, set);
      }
      this.noteIncomplete(state);
      this.current = state;
      this.lastRecordStart = start;
    });
    this.queue = next;
    this.pending = next;
    return next;
  }
  aliveBetween(from, to) {
    return [...this.alive.entries()].filter(([, span]) => span.from <= to && span.to >= from).map(([id]) => id);
  }
  chargedTo(validationId) {
    const baseline = this.baseline;
    const current = this.current;
    if (baseline === null || current === null) return [];
    return changedKeys(baseline, current).filter((key) => this.suspects.get(key)?.has(validationId) === true).map((key) => ({
      change: describeChange(key, baseline, current),
      alsoRunning: [...this.suspects.get(key)].filter((id) => id !== validationId).sort()
    }));
  }
  noteIncomplete(state) {
    if (state.incomplete !== null) this.incomplete.add(state.incomplete);
  }
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var SUMMARY_PATHS = 3;
function treeChangedResult(result, changes, cwd = ".") {
  if (changes.length === 0) return result;
  const findings = changes.map(({ change, alsoRunning }) => ({
    severity: "error",
    kind: "tree-change",
    message: alsoRunning.length === 0 ? change.description : `${change.description} (by this validation or by ${quoteAll(alsoRunning)}, which ran at the same time)`,
    // Like every finding's, the file is relative to the validation's cwd; the message names the
    // path from the project root.
    ...change.path === null ? {} : { file: path7.posix.relative(cwd, change.path) || "." }
  }));
  const files = changes.filter(({ change }) => change.path !== null);
  const overlapped = changes.some(({ alsoRunning }) => alsoRunning.length > 0);
  const before = result.status === "passed" ? "it passed otherwise" : `otherwise it ${OUTCOME_WORDS[result.status]}: ${result.report.summary}`;
  return {
    ...result,
    status: "modified-tree",
    report: {
      ...result.report,
      findings: [...findings, ...result.report.findings],
      counts: { ...result.report.counts, changedFiles: files.length },
      summary: treeSummary(changes)
    },
    hint: `the gate did not restore the tree: review it (\`git status\`, \`git diff\`) and run the command in a check-only mode (e.g. \`prettier --check\`, \`cargo fmt -- --check\`); ${before}` + (overlapped ? "; other validations ran at the same time, so each is named: set concurrency to 1 (the input, the config key or --concurrency 1) to tell which one did it" : "")
  };
}
var OUTCOME_WORDS = {
  passed: "passed",
  failed: "failed",
  "timed-out": "timed out",
  "missing-tool": "missed its tool",
  unassessable: "could not assess",
  "modified-tree": "changed the tree",
  error: "could not run",
  skipped: "was skipped"
};
function treeSummary(changes) {
  const paths = changes.flatMap(({ change }) => change.path === null ? [] : [change.path]);
  const parts = [];
  if (changes.some(({ change }) => change.kind === "head")) parts.push("moved HEAD");
  if (changes.some(({ change }) => change.kind === "index")) parts.push("changed the git index");
  if (paths.length > 0) {
    const shown = paths.slice(0, SUMMARY_PATHS).join(", ");
    const more = paths.length > SUMMARY_PATHS ? ` and ${paths.length - SUMMARY_PATHS} more` : "";
    parts.push(`changed ${paths.length} ${paths.length === 1 ? "file" : "files"}: ${shown}${more}`);
  }
  return `${parts.join("; ")} (the gate did not restore ${paths.length > 1 ? "them" : "it"})`;
}
function quoteAll(ids) {
  return ids.map((id) => `'${id}'`).join(", ");
}

// src/run/scheduler.ts
async function runValidations(plan, options) {
  checkPlan(plan);
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ConfigurationError(
      `concurrency must be a whole number of at least 1 (got ${String(concurrency)})`
    );
  }
  const now = options.now ?? (() => performance3.now());
  const runStartedAt = now();
  const results = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Set();
  const busyLanes = /* @__PURE__ */ new Set();
  await new Promise((allDone, fail) => {
    const startReady = () => {
      for (const validation of plan) {
        if (running.size >= concurrency) break;
        if (!isReady(validation, results, running, busyLanes)) continue;
        running.add(validation.id);
        if (validation.lane !== null) busyLanes.add(validation.lane);
        void runOne(validation, results, options, now() - runStartedAt).then((result) => {
          results.set(validation.id, result);
          running.delete(validation.id);
          if (validation.lane !== null) busyLanes.delete(validation.lane);
          options.onEnd?.(validation, result);
          if (results.size === plan.length) allDone();
          else startReady();
        }).catch(fail);
      }
    };
    if (plan.length === 0) allDone();
    else startReady();
  });
  return plan.map((validation) => results.get(validation.id));
}
function isReady(validation, results, running, busyLanes) {
  if (results.has(validation.id) || running.has(validation.id)) return false;
  if (validation.lane !== null && busyLanes.has(validation.lane)) return false;
  return validation.needs.every((need) => results.has(need));
}
function checkPlan(plan) {
  const problem = needsProblem(plan);
  if (problem !== null) {
    throw new Error(
      `the planner let through a plan it cannot run: ${describeNeedsProblem(problem)}`
    );
  }
}
async function runOne(validation, results, options, startedAtMs) {
  options.onStart?.(validation);
  const unmet = unmetNeedsNote(validation, results);
  if (unmet !== null) return skippedResult(validation, unmet, startedAtMs);
  if (validation.check?.kind === "paths-exist") {
    return runPathCheck(validation, options.root, startedAtMs);
  }
  const parser = (options.parserFor ?? toolFor)(validation.command);
  const cwd = path8.resolve(options.root, validation.cwd);
  const collector = new GuardedCollector(
    parser.id,
    () => parser.create(validation.command, {
      cwd,
      ...validation.reports === void 0 ? {} : { reports: validation.reports }
    })
  );
  let outcome;
  await options.tree?.beforeCommand(validation.id);
  try {
    outcome = await options.runner.run({
      command: validation.command,
      cwd,
      env: validation.env,
      timeoutMs: validation.timeoutMs,
      onLine: (line) => {
        collector.line(line);
      }
    });
  } catch (error) {
    outcome = runnerFailure(error);
  }
  const changes = await options.tree?.afterCommand(validation.id) ?? [];
  const result = treeChangedResult(
    withLeftovers(
      resultOf(validation, outcome, collector, { root: path8.resolve(options.root), cwd }),
      outcome.killed ?? []
    ),
    changes,
    validation.cwd
  );
  result.startedAtMs = Math.max(0, Math.round(startedAtMs));
  return result;
}
function withLeftovers(result, killed) {
  if (killed.length === 0) return result;
  const shown = killed.slice(0, 5).map((info) => `${info.command} (pid ${info.pid})`);
  const more = killed.length > shown.length ? `, and ${killed.length - shown.length} more` : "";
  const count = plural(killed.length, "process", "processes");
  const message = `killed ${count} left running: ${shown.join(", ")}${more}`;
  return {
    ...result,
    report: {
      ...result.report,
      findings: [...result.report.findings, { severity: "warning", message }]
    }
  };
}
function runnerFailure(error) {
  return notStartedOutcome({
    kind: "runner-failed",
    message: `internal error in the command runner: ${errorMessage(error)}`
  });
}
var GuardedCollector = class {
  constructor(parserId, create) {
    this.parserId = parserId;
    try {
      this.collector = create();
    } catch (error) {
      this.failure = errorMessage(error);
    }
  }
  collector = null;
  failure = null;
  line(text) {
    if (this.collector === null || this.failure !== null) return;
    try {
      this.collector.line(text);
    } catch (error) {
      this.failure = errorMessage(error);
    }
  }
  finish(exitCode) {
    if (this.collector !== null && this.failure === null) {
      try {
        const report = this.collector.finish(exitCode);
        return { ...report, summary: shortSummary(report.summary) };
      } catch (error) {
        this.failure = errorMessage(error);
      }
    }
    return emptyReport(
      `output parser '${this.parserId}' failed: ${this.failure ?? "unknown error"}`
    );
  }
};
var MAX_SUMMARY = 200;
function shortSummary(summary) {
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}\u2026` : summary;
}
function emptyReport(summary) {
  return { findings: [], droppedFindings: 0, counts: {}, summary };
}
function resultOf(validation, outcome, collector, place2) {
  const base = {
    id: validation.id,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    durationMs: outcome.durationMs,
    startedAtMs: 0,
    output: outcome.output
  };
  const report = collector.finish(outcome.exitCode);
  if (outcome.spawnError !== null) {
    return {
      ...base,
      status: "error",
      report: { ...report, summary: outcome.spawnError.message },
      hint: spawnHint(validation, outcome.spawnError)
    };
  }
  if (collector.failure !== null) {
    return {
      ...base,
      status: "error",
      report,
      hint: "this is a bug in readiness-gate (its output parser failed); please report it"
    };
  }
  if (outcome.timedOut) {
    const limit = formatDuration(validation.timeoutMs);
    return {
      ...base,
      status: "timed-out",
      report: { ...report, summary: `timed out after ${limit}` },
      hint: `it ran longer than its ${limit} timeout: make it faster or raise the timeout`
    };
  }
  if (outcome.exitCode === 0) return { ...base, status: "passed", report, hint: null };
  return failedResult(validation, base, report, outcome.output, collector.parserId, place2);
}
function failedResult(validation, base, report, output, toolId, place2) {
  const text = outputText(output);
  const missing = detectMissingTool(validation.command, text, base.exitCode, {
    localBin: (name) => localBin(place2, name)
  });
  if (missing === null) {
    const unassessable = detectUnassessable(validation.command, toolId, text, base.exitCode, report);
    if (unassessable === null) return { ...base, status: "failed", report, hint: null };
    return {
      ...base,
      status: "unassessable",
      report: { ...report, counts: {}, summary: unassessable.summary },
      hint: unassessable.hint
    };
  }
  if (missing.kind === "binary") {
    return {
      ...base,
      status: "failed",
      report: { ...report, summary: `${missing.tool} not found` },
      hint: missing.hint
    };
  }
  return {
    ...base,
    status: "missing-tool",
    report: { ...report, summary: missing.summary ?? `${missing.tool} not installed` },
    hint: missing.hint
  };
}
function localBin(place2, name) {
  let directory = place2.cwd;
  for (; ; ) {
    const candidate = path8.join(directory, "node_modules", ".bin", name);
    if (existsSync2(candidate)) return candidate;
    const parent = path8.dirname(directory);
    if (directory === place2.root || parent === directory || !parent.startsWith(place2.root)) {
      return null;
    }
    directory = parent;
  }
}
function outputText(output) {
  return output.tail === "" ? output.head : `${output.head}
${output.tail}`;
}
function spawnHint(validation, spawnError) {
  if (spawnError.kind === "working-directory") {
    return `check its working directory '${validation.cwd}' (relative to the project root)`;
  }
  return null;
}
function unmetNeedsNote(validation, results) {
  const notes = validation.needs.flatMap((need) => {
    const status = results.get(need)?.status;
    if (status === void 0 || status === "passed") return [];
    return [`needs '${need}', which ${NEED_OUTCOME[status]}`];
  });
  return notes.length === 0 ? null : notes.join("; ");
}
function skippedResult(validation, note, startedAtMs) {
  return {
    id: validation.id,
    status: "skipped",
    exitCode: null,
    signal: null,
    durationMs: 0,
    startedAtMs: Math.max(0, Math.round(startedAtMs)),
    output: { head: "", tail: "", totalBytes: 0, truncated: false },
    report: { findings: [], droppedFindings: 0, counts: {}, summary: `not run: ${note}` },
    hint: `fix '${validation.needs.join("', '")}' first; this validation runs once its needs pass`
  };
}
var NEED_OUTCOME = {
  skipped: "was not run",
  failed: "failed",
  "timed-out": "timed out",
  "missing-tool": "failed (tool not installed)",
  unassessable: "could not be assessed",
  "modified-tree": "changed the working tree",
  error: "failed (could not start)"
};
export {
  ProcessRunner,
  TreeWatch,
  runValidations
};
//# sourceMappingURL=start-validations-MSVIP7RR.js.map
