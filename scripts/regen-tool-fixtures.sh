#!/usr/bin/env bash
# Regenerates the real-tool fixtures under __tests__/fixtures/tools/ (see its README.md).
#
# Each case copies examples/llm-memory-graph to a scratch directory, injects one fault, runs the
# real tool there and saves what it printed (stdout and stderr combined, as the gate sees it) to
# <tool>/<case>.txt and its exit code to <tool>/<case>.exit. The scratch directory is fixed
# (/tmp/readiness-gate-fixtures) so that the absolute paths some tools print stay the same from
# one regeneration to the next; tests pass it as the step's cwd.
#
# Needs: cargo with rustfmt and clippy, and `npm ci` done in the repository (Node 24 comes from
# the `node` devDependency, as it does for every npm script run inside the repository).
# The other stacks' examples (examples/node-ts-app, python-app, go-module) need their own tools:
# `npm ci` in examples/node-ts-app, and Debian's python3-pytest, python3-pytest-cov, mypy, flake8,
# pylint, python3-coverage, golang-go, go-staticcheck and shellcheck (.ci/run installs them); the
# ruff, bundlers and audits sections install their npm packages into the scratch directory.
# Usage: bash scripts/regen-tool-fixtures.sh [section…]   (sections: rust npm jest tsc node-ts-app
# bundlers audits python ruff go staticcheck shell; all when none is named)
set -euo pipefail

SECTIONS=("$@")
# wants <section>: true when the section was asked for, or none was.
wants() {
  [ ${#SECTIONS[@]} -eq 0 ] && return 0
  local section
  for section in "${SECTIONS[@]}"; do [ "$section" = "$1" ] && return 0; done
  return 1
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXAMPLE="$ROOT/examples/llm-memory-graph"
OUT="$ROOT/__tests__/fixtures/tools"
WORK=/tmp/readiness-gate-fixtures
PROJECT="$WORK/llm-memory-graph"
CLIENT="$PROJECT/clients/typescript"

# Deterministic environment: one shared target directory keeps builds fast; no backtraces
# unless a case asks for them; rustfmt colours its diff whenever TERM names a colour terminal
# (even into a pipe), which the parsers must cope with, so TERM is pinned.
export CARGO_TARGET_DIR="$WORK/target"
export RUST_BACKTRACE=0
export TERM=xterm
export PATH="$ROOT/node_modules/.bin:$PATH"
unset NO_COLOR FORCE_COLOR CARGO_TERM_COLOR

mkdir -p "$WORK"

# A fresh copy of the example project, without build output.
fresh_project() {
  rm -rf "$PROJECT"
  mkdir -p "$PROJECT"
  (cd "$EXAMPLE" && tar --exclude=./target --exclude=./clients/typescript/dist \
    --exclude=./clients/typescript/node_modules -cf - .) | (cd "$PROJECT" && tar -xmf -)
  # Builds go to the shared CARGO_TARGET_DIR; ./target/release/… must still name the binaries.
  ln -s "$CARGO_TARGET_DIR" "$PROJECT/target"
}

# record <tool>/<case> <command…>: runs the command in the current directory and saves its
# combined output and exit code.
record() {
  local name="$1"
  shift
  mkdir -p "$OUT/$(dirname "$name")"
  local status=0
  "$@" >"$OUT/$name.txt" 2>&1 || status=$?
  echo "$status" >"$OUT/$name.exit"
  printf '  %-40s exit %s\n' "$name" "$status"
}

# Replaces the first line equal to $2 in file $1 with the text on stdin.
replace_line() {
  local file="$1" line="$2" replacement
  replacement="$(cat)"
  LINE="$line" REPLACEMENT="$replacement" perl -0pi -e \
    's/^\Q$ENV{LINE}\E$/$ENV{REPLACEMENT}/m or die "line not found: $ENV{LINE}\n"' "$file"
}

# Lints clippy denies under -D warnings, in a module of the library: needless_return, len_zero,
# ptr_arg, needless_range_loop, and rustc's unused_variables.
inject_lints() {
  cat >"$PROJECT/crates/memory-graph/src/lint_bait.rs" <<'EOF'
pub fn is_blank(text: &String) -> bool {
    if text.trim().len() == 0 {
        return true;
    }
    false
}

pub fn total(values: &[usize]) -> usize {
    let mut sum = 0;
    for index in 0..values.len() {
        sum += values[index];
    }
    return sum;
}

pub fn first_word(text: &str) -> &str {
    let length = text.len();
    text.split_whitespace().next().unwrap_or("")
}
EOF
  echo 'pub mod lint_bait;' >>"$PROJECT/crates/memory-graph/src/lib.rs"
}

if wants rust; then
echo "rustfmt"
fresh_project
cd "$PROJECT"
record rustfmt/clean cargo fmt -- --check
replace_line crates/memory-graph/src/lib.rs 'pub const VERSION: &str = env!("CARGO_PKG_VERSION");' <<'EOF'
pub const VERSION : &str=env!("CARGO_PKG_VERSION");
EOF
replace_line crates/cli/src/main.rs 'fn main() -> ExitCode {' <<'EOF'
fn main()->ExitCode{
EOF
replace_line crates/cli/src/main.rs '    Search(String),' <<'EOF'
    Search(
        String,
    ),
EOF
record rustfmt/violations cargo fmt -- --check

echo "clippy"
fresh_project
inject_lints
cd "$PROJECT"
record clippy/deny-warnings cargo clippy --all-targets --all-features -- -D warnings
# The JSON messages are stdout only: cargo's own progress lines stay out of the file.
cargo clippy --all-targets --all-features --message-format=json -- -D warnings \
  >"$OUT/clippy/deny-warnings.json" 2>/dev/null || true
record clippy/warnings cargo clippy --all-targets --all-features
cargo clippy --all-targets --all-features --message-format=json \
  >"$OUT/clippy/warnings.json" 2>/dev/null || true

echo "cargo build"
fresh_project
cd "$PROJECT"
record cargo-build/clean bash -c 'cargo clean && cargo build --release --all'
record cli/help-version bash -c './target/release/llm-memory-graph --help && ./target/release/llm-memory-graph --version'
replace_line crates/cli/src/main.rs '    let args: Vec<String> = std::env::args().skip(1).collect();' <<'EOF'
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = std::time::Instant::now();
EOF
record cargo-build/warning cargo build --release --all
fresh_project
cd "$PROJECT"
replace_line crates/server/src/main.rs '    once: bool,' <<'EOF'
    once: usize,
EOF
record cargo-build/error cargo build --release --all

echo "cargo test"
fresh_project
cd "$PROJECT"
record cargo-test/passing cargo test --all
# The checklist's "TableBuilder::to_string() ownership issue": a test that uses a moved value.
replace_line crates/memory-graph/src/table.rs '    fn short_rows_leave_cells_empty() {' <<'EOF'
    fn rendering_twice_gives_the_same_text() {
        let table = TableBuilder::new(&["a"]).row(&["x"]);
        let first = table.to_string();
        let moved = table;
        assert_eq!(first, table.to_string());
        drop(moved);
    }

    #[test]
    fn short_rows_leave_cells_empty() {
EOF
record cargo-test/compile-error cargo test --all
fresh_project
cd "$PROJECT"
replace_line crates/memory-graph/src/graph.rs '        assert_eq!((stats.nodes(), stats.edges), (3, 2));' <<'EOF'
        assert_eq!((stats.nodes(), stats.edges), (3, 3));
EOF
replace_line crates/cli/tests/cli.rs '    assert!(help.contains("search <TEXT>"));' <<'EOF'
    assert!(help.contains("search <QUERY>"));
EOF
record cargo-test/failing cargo test --all --no-fail-fast
RUST_BACKTRACE=1 record cargo-test/failing-backtrace cargo test --all

fi
if wants npm; then
echo "npm (client on Node $(node --version))"
fresh_project
cd "$CLIENT"
record npm-build/ok npm run build
record npm-test/node-spec-passing npm test
record npm-audit/zero npm audit
record npm-audit/zero-json npm audit --json
replace_line test/protocol.test.ts "  assert.deepEqual(parseStats('nodes=2 edges=1'), { nodes: 2, edges: 1 })" <<'EOF'
  assert.deepEqual(parseStats('nodes=2 edges=1'), { nodes: 2, edges: 2 })
EOF
cat >test/graph-suite.test.ts <<'EOF'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseNodeIds } from '../src/protocol.ts'

describe('node ids', () => {
  describe('paths', () => {
    it('keeps the order of the path', () => {
      assert.deepEqual(parseNodeIds('#3 #1'), [1, 3])
    })
    it('accepts ids without #', () => {
      assert.deepEqual(parseNodeIds('2 5'), [2, 5])
    })
  })
  it.skip('parses ranges', () => {})
})
EOF
record npm-test/node-spec-failing npm test
record npm-test/node-tap-failing node --test --test-reporter=tap 'test/*.test.ts'
cat >src/color.ts <<'EOF'
export enum Color {
  Red,
  Green
}
EOF
record npm-build/strip-error npm run build

fi
if wants jest; then
echo "jest"
JEST_PROJECT="$WORK/jest-project"
rm -rf "$JEST_PROJECT"
mkdir -p "$JEST_PROJECT/src/__tests__"
echo '{ "name": "jest-project", "private": true, "jest": { "testEnvironment": "node" } }' \
  >"$JEST_PROJECT/package.json"
cat >"$JEST_PROJECT/src/__tests__/mock-data.test.js" <<'EOF'
describe('mock data', () => {
  it('has timestamps', () => {
    const node = { id: 1 }
    expect(node).toHaveProperty('createdAt')
  })
  it('has ids', () => {
    expect({ id: 1 }.id).toBe(1)
  })
  it.todo('has edges')
})
EOF
cat >"$JEST_PROJECT/src/__tests__/client.test.js" <<'EOF'
test('adds', () => {
  expect(1 + 1).toBe(2)
})
test.skip('subtracts', () => {
  expect(2 - 1).toBe(1)
})
EOF
cat >"$JEST_PROJECT/src/__tests__/broken.test.js" <<'EOF'
const missing = require('./does-not-exist')
test('never runs', () => {
  expect(missing).toBeDefined()
})
EOF
cd "$JEST_PROJECT"
record npm-test/jest-failing jest --ci

fi
if wants tsc; then
echo "tsc"
TSC_PROJECT="$WORK/tsc-project"
rm -rf "$TSC_PROJECT"
mkdir -p "$TSC_PROJECT/src"
cat >"$TSC_PROJECT/tsconfig.json" <<'EOF'
{ "compilerOptions": { "strict": true, "noEmit": true, "noUnusedLocals": true, "types": [] }, "include": ["src"] }
EOF
cat >"$TSC_PROJECT/src/mock-data.ts" <<'EOF'
import { readFileSync } from 'node:fs'
export interface MemoryNode { id: number; createdAt: string }
export const nodes: MemoryNode[] = [{ id: 1 }]
export const count: number = 'one'
EOF
cd "$TSC_PROJECT"
record npm-build/tsc-errors tsc -p .
record npm-build/tsc-pretty tsc -p . --pretty

fi
if wants rust; then
echo "cargo audit (not installable here: the real 'no such command' output)"
cd "$PROJECT"
record cargo-audit/not-installed cargo audit

fi

NODE_APP_BIN="$ROOT/examples/node-ts-app/node_modules/.bin"

# A fresh copy of one of the other stacks' examples under $WORK (a fixed path, as above), without
# build output; node_modules is linked from the example (`npm ci` there first).
fresh_example() {
  local name="$1"
  rm -rf "${WORK:?}/$name"
  mkdir -p "$WORK/$name"
  (cd "$ROOT/examples/$name" && tar --exclude=./node_modules --exclude=./dist --exclude=./coverage \
    --exclude=./.mypy_cache --exclude=./.pytest_cache --exclude=__pycache__ -cf - .) |
    (cd "$WORK/$name" && tar -xmf -)
  if [ -d "$ROOT/examples/$name/node_modules" ]; then
    ln -s "$ROOT/examples/$name/node_modules" "$WORK/$name/node_modules"
  fi
  cd "$WORK/$name"
}

if wants node-ts-app; then
echo "node-ts-app (Vitest, tsc, rollup-plugin-typescript2, ESLint, Prettier, Biome, tstyche, Mocha, c8)"
[ -x "$NODE_APP_BIN/vitest" ] || { echo "run npm ci in examples/node-ts-app first"; exit 1; }
export NO_COLOR=1
fresh_example node-ts-app
record vitest/passing npm test
record tsc/clean npm run typecheck
record eslint/clean npx eslint .
record prettier/clean npx prettier --check .
record biome/clean npx biome check src
record tstyche/passing npm run test:types
record mocha/passing npx mocha
record coverage/c8-passing npm run test:legacy
record rollup/clean npm run build
# A failing test, a type error in a test file and an unused variable.
replace_line test/slug.test.ts "    expect(slugify('Crème Brûlée')).toBe('creme-brulee')" <<'EOF2'
    expect(slugify('Crème Brûlée')).toBe('crème-brûlée')
EOF2
record vitest/failing npm test
npx vitest run --reporter=junit --outputFile="$OUT/vitest/failing-junit.xml" >/dev/null 2>&1 || true
printf '  %-40s\n' vitest/failing-junit.xml
replace_line src/duration.ts "  let rest = Math.floor(ms)" <<'EOF2'
  let rest: number = String(Math.floor(ms))
  const unused = 1
EOF2
record tsc/npm-typecheck npm run typecheck
record tsc/plain npx tsc --noEmit
record tsc/pretty npx tsc --noEmit --pretty
record rollup/rpt2-semantic-error npm run build
record vitest/and-tsc bash -c 'npx vitest run; npx tsc --noEmit'
fresh_example node-ts-app
# Lint errors: an unused variable, a `let` never reassigned, an explicit any (warning made error).
replace_line src/slug.ts "export function slugify(title: string): string {" <<'EOF2'
export function slugify(title: string): string {
  let unused: any = title
EOF2
record eslint/stylish npx eslint .
record eslint/compact npx eslint -f compact .
npx eslint -f json . >"$OUT/eslint/report.json" 2>/dev/null || true
printf '  %-40s\n' eslint/report.json
record eslint/npm-lint npm run lint
fresh_example node-ts-app
# Formatting misses in two files.
replace_line src/slug.ts "    .join('-')" <<'EOF2'
    .join("-");
EOF2
replace_line legacy/range.js "  const values = []" <<'EOF2'
  const values = [  ]
EOF2
# And a lint error for Biome (noDoubleEquals).
replace_line src/duration.ts "  const parts: string[] = []" <<'EOF2'
  const parts: string[] = []
  if (ms == 0) return '0s'
EOF2
record prettier/check npx prettier --check .
record prettier/npm-format-check npm run format:check
record biome/check npx biome check src
record biome/check-concise npx biome check --reporter=concise src
npx biome check --reporter=checkstyle src >"$OUT/biome/checkstyle.xml" 2>/dev/null || true
npx biome check --reporter=sarif src >"$OUT/biome/sarif.json" 2>/dev/null || true
npx biome check --reporter=junit src >"$OUT/biome/junit.xml" 2>/dev/null || true
printf '  %-40s\n' biome/checkstyle.xml biome/sarif.json biome/junit.xml
fresh_example node-ts-app
# A type test that fails, a failing Mocha test, and a branch no test takes (coverage drop).
replace_line typetests/slug.tst.ts "  expect(formatDuration(1)).type.toBe<string>()" <<'EOF2'
  expect(formatDuration(1)).type.toBe<number>()
EOF2
record tstyche/failing npm run test:types
replace_line legacy-test/range.spec.js "    assert.deepEqual(range(0, 10, 5), [0, 5])" <<'EOF2'
    assert.deepEqual(range(0, 10, 5), [0, 5, 10])
EOF2
record mocha/failing npx mocha
record mocha/tap npx mocha --reporter tap
fresh_example node-ts-app
replace_line legacy/range.js "  const values = []" <<'EOF2'
  const values = []
  if (end - start > 1e6) return values
EOF2
record coverage/c8-threshold npm run test:legacy
unset NO_COLOR
fi

if wants bundlers; then
# esbuild and Vite are the example's own (Vite 7 transforms TypeScript with esbuild); webpack with
# ts-loader is installed by name into the scratch directory, with the example's TypeScript.
echo "bundlers (esbuild, Vite, webpack + ts-loader)"
[ -x "$NODE_APP_BIN/vite" ] || { echo "run npm ci in examples/node-ts-app first"; exit 1; }
export NO_COLOR=1
BUNDLER_TOOLS="$WORK/bundler-tools"
if [ ! -x "$BUNDLER_TOOLS/node_modules/.bin/webpack" ]; then
  npm install --no-audit --no-fund --prefix "$BUNDLER_TOOLS" webpack@5.113.0 webpack-cli@7.3.1 \
    ts-loader@9.6.2 typescript@5.9.3 >/dev/null
fi
# webpack's configuration: ts-loader from the scratch install, the example's tsconfig.build.json.
write_webpack_config() {
cat >webpack.config.cjs <<'EOF2'
const path = require('node:path')
module.exports = {
  mode: 'production',
  entry: './src/index.ts',
  output: { path: path.resolve(__dirname, 'dist-webpack'), filename: 'index.js' },
  resolve: { extensions: ['.ts', '.js'] },
  resolveLoader: { modules: [path.join(process.env.BUNDLER_TOOLS, 'node_modules')] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { configFile: 'tsconfig.build.json' } }]
  }
}
EOF2
}
fresh_example node-ts-app
write_webpack_config
cat >vite.lib.config.mjs <<'EOF2'
export default {
  logLevel: 'info',
  build: { lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' }, outDir: 'dist-vite' }
}
EOF2
export BUNDLER_TOOLS
record esbuild/clean npx esbuild src/index.ts --bundle --outfile=dist-esbuild/index.js
record vite/clean npx vite build -c vite.lib.config.mjs
record webpack/clean "$BUNDLER_TOOLS/node_modules/.bin/webpack" --config webpack.config.cjs
# A syntax error (an unclosed parenthesis) and a duplicate key (an esbuild warning).
replace_line src/duration.ts "  let rest = Math.floor(ms)" <<'EOF2'
  let rest = Math.floor(ms)
  const broken = (rest +
EOF2
replace_line src/slug.ts "export function slugify(title: string): string {" <<'EOF2'
export const table = { a: 1, a: 2 }
export function slugify(title: string): string {
EOF2
record esbuild/errors npx esbuild src/index.ts --bundle --outfile=dist-esbuild/index.js
record vite/esbuild-error npx vite build -c vite.lib.config.mjs
fresh_example node-ts-app
write_webpack_config
# The type error and unused local of the tsc cases, through ts-loader.
replace_line src/duration.ts "  let rest = Math.floor(ms)" <<'EOF2'
  let rest: number = String(Math.floor(ms))
  const unused = 1
EOF2
record webpack/ts-loader-errors "$BUNDLER_TOOLS/node_modules/.bin/webpack" --config webpack.config.cjs
unset NO_COLOR
fi

if wants audits; then
# pnpm 10 and Yarn 1 from the npm registry, on a project without dependencies: their audits ask
# the registry's advisory endpoint, which answers 405 here, so what is recorded is how each says it
# could not audit (see the fixtures' README).
echo "audits (pnpm $(npx -y pnpm@10.34.9 --version), yarn $(npx -y yarn@1.22.22 --version))"
AUDIT_PROJECT="$WORK/audit-project"
rm -rf "$AUDIT_PROJECT"
mkdir -p "$AUDIT_PROJECT"
echo '{ "name": "audit-project", "version": "1.0.0", "private": true }' >"$AUDIT_PROJECT/package.json"
cd "$AUDIT_PROJECT"
npx -y pnpm@10.34.9 install --lockfile-only >/dev/null 2>&1
record pnpm-audit/endpoint-405 npx -y pnpm@10.34.9 audit
record pnpm-audit/endpoint-405-json npx -y pnpm@10.34.9 audit --json
rm -f pnpm-lock.yaml
npx -y yarn@1.22.22 install >/dev/null 2>&1
record yarn-audit/endpoint-405-json npx -y yarn@1.22.22 audit --json
cd "$ROOT"
rm -rf "$AUDIT_PROJECT"
fi

if wants python; then
# Debian's tools (python3-pytest, python3-pytest-cov, mypy, flake8, pylint, python3-coverage)
# come first on PATH: a pyenv or pip install elsewhere on PATH may be another version.
echo "python-app (pytest $(/usr/bin/python3 -m pytest --version 2>&1 | cut -d' ' -f2), mypy, flake8, pylint, unittest, coverage.py)"
PATH="/usr/bin:$PATH"
fresh_example python-app
record pytest/passing python3 -m pytest
record unittest/passing python3 -m unittest -v
record mypy/clean mypy
record flake8/clean flake8
# pyright is an npm package: installed by name into the scratch directory.
PYRIGHT_VERSION=1.1.414
if [ ! -x "$WORK/pyright-tool/node_modules/.bin/pyright" ]; then
  npm install --no-audit --no-fund --prefix "$WORK/pyright-tool" "pyright@$PYRIGHT_VERSION" >/dev/null
fi
record pyright/clean "$WORK/pyright-tool/node_modules/.bin/pyright" textstats
record pylint/clean pylint textstats tests
record coverage/pytest-cov-met python3 -m pytest -q --cov=textstats --cov-fail-under=100
# A failing test, a test that errors, and a failing unittest assertion.
replace_line tests/test_counting.py '    assert word_count("one two  three") == 3' <<'EOF2'
    assert word_count("one two  three") == 4
EOF2
replace_line tests/test_counting.py '    assert reading_minutes("") == 0' <<'EOF2'
    assert reading_minutes(None) == 0
EOF2
replace_line tests/test_unittest_style.py '        self.assertEqual(word_count("Hello, world!"), 2)' <<'EOF2'
        self.assertEqual(word_count("Hello, world!"), 3)
EOF2
record pytest/failing python3 -m pytest
record pytest/failing-quiet python3 -m pytest -q
python3 -m pytest -q --junitxml="$OUT/pytest/failing-junit.xml" >/dev/null 2>&1 || true
printf '  %-40s\n' pytest/failing-junit.xml
record unittest/failing python3 -m unittest
fresh_example python-app
# Type errors in two files, lint errors, and an untested branch (coverage drop).
replace_line textstats/counting.py '    return len(WORD.findall(text))' <<'EOF2'
    count: str = len(WORD.findall(text))
    return count
EOF2
cat >>textstats/__init__.py <<'EOF2'


def describe(text):
    return "%d words" % word_count(text) + 1
EOF2
replace_line textstats/counting.py 'import math' <<'EOF2'
import math
import os
EOF2
replace_line textstats/counting.py '    if words == 0:' <<'EOF2'
    if words == 0 and undefined_name:  # this comment makes the line longer than the hundred characters flake8 allows
EOF2
record mypy/errors mypy
record pyright/errors "$WORK/pyright-tool/node_modules/.bin/pyright" textstats
record flake8/errors flake8
record pylint/errors pylint textstats tests
fresh_example python-app
replace_line textstats/counting.py '    if words == 0:' <<'EOF2'
    if words > 1_000_000:
        return words // words_per_minute
    if words == 0:
EOF2
record coverage/pytest-cov-fail python3 -m pytest -q --cov=textstats --cov-fail-under=100
python3-coverage run -m pytest -q >/dev/null 2>&1 || true
record coverage/coverage-py-fail python3-coverage report
fi

if wants go; then
echo "go-module ($(go version | cut -d' ' -f3), shellcheck $(shellcheck --version | sed -n 's/^version: //p'))"
export GOFLAGS=-mod=mod GOTOOLCHAIN=local
fresh_example go-module
record go-test/passing go test ./...
record go-test/passing-json go test -json ./...
record go-vet/clean go vet ./...
record shellcheck/clean shellcheck scripts/release.sh
# A failing subtest, a failing test, and a vet error.
replace_line wordfreq_test.go '		{"digits", "route 66", []string{"route", "66"}},' <<'EOF2'
		{"digits", "route 66", []string{"route", "sixty-six"}},
EOF2
replace_line wordfreq_test.go '	want := []Count{{"b", 3}, {"a", 2}}' <<'EOF2'
	want := []Count{{"b", 3}, {"c", 2}}
EOF2
record go-test/failing go test ./...
record go-test/failing-verbose go test -v ./...
record go-test/failing-json go test -json ./...
replace_line cmd/wordfreq/main.go '		fmt.Printf("%6d %s\n", count.Times, count.Word)' <<'EOF2'
		fmt.Printf("%6d %d\n", count.Times, count.Word)
EOF2
record go-vet/printf go vet ./...
fresh_example go-module
# A compile error in a test file.
replace_line wordfreq_test.go '	got := Top("b a b c a b", 2)' <<'EOF2'
	got := Top("b a b c a b", "2")
EOF2
record go-test/build-failed go test ./...
fresh_example go-module
# Quoting mistakes shellcheck finds (SC2086, SC2046) and an unused variable (SC2034).
replace_line scripts/release.sh 'mkdir -p dist' <<'EOF2'
mkdir -p dist
unused=$(date)
cp $(ls README*) dist/ 2>/dev/null || true
echo building $version
EOF2
record shellcheck/tty shellcheck scripts/release.sh
record shellcheck/gcc shellcheck -f gcc scripts/release.sh
shellcheck -f checkstyle scripts/release.sh >"$OUT/shellcheck/checkstyle.xml" 2>/dev/null || true
printf '  %-40s\n' shellcheck/checkstyle.xml
fi

if wants ruff; then
# The ruff CLI is not installable here (not in Debian 12, PyPI unreachable): Astral's WebAssembly
# build of ruff from the npm registry gives the diagnostics, and scripts/ruff-wasm-fixture.mjs
# prints them in the layout of ruff's output formats (see the fixtures' README).
RUFF_WASM_VERSION=0.17.4
if [ ! -d "$WORK/ruff-tool/node_modules/@astral-sh/ruff-wasm-nodejs" ]; then
  npm install --no-audit --no-fund --prefix "$WORK/ruff-tool" \
    "@astral-sh/ruff-wasm-nodejs@$RUFF_WASM_VERSION" >/dev/null
fi
RUFF=(node "$ROOT/scripts/ruff-wasm-fixture.mjs" "$WORK/ruff-tool")
echo "ruff $RUFF_WASM_VERSION (WebAssembly)"
fresh_example python-app
record ruff/clean "${RUFF[@]}" check-concise
record ruff/format-clean "${RUFF[@]}" format-check
# The faults of the flake8 case above: an unused import, an undefined name, a long line.
replace_line textstats/counting.py 'import math' <<'EOF2'
import math
import os
EOF2
replace_line textstats/counting.py '    if words == 0:' <<'EOF2'
    if words == 0 and undefined_name:  # this comment makes the line longer than the hundred characters flake8 allows
EOF2
record ruff/concise "${RUFF[@]}" check-concise
record ruff/full "${RUFF[@]}" check-full
fresh_example python-app
# Formatting misses in two files.
replace_line textstats/__init__.py '__all__ = ["reading_minutes", "word_count"]' <<'EOF2'
__all__ = [ 'reading_minutes', "word_count" ]
EOF2
replace_line tests/test_counting.py '    assert word_count("one two  three") == 3' <<'EOF2'
    assert word_count( "one two  three" )==3
EOF2
record ruff/format-check "${RUFF[@]}" format-check
fi

if wants staticcheck; then
# Debian's go-staticcheck installs the real staticcheck as /usr/bin/go-staticcheck.
echo "staticcheck ($(go-staticcheck -version))"
export GOFLAGS=-mod=mod GOTOOLCHAIN=local
fresh_example go-module
record staticcheck/clean go-staticcheck ./...
# A self-assignment (SA4018), a value never used (SA4006, twice on one line), an unused function
# (U1000) and strings.Index for Contains (S1003).
replace_line wordfreq.go '	times := map[string]int{}' <<'EOF2'
	times := map[string]int{}
	n = n
EOF2
cat >>wordfreq.go <<'EOF2'

func unusedHelper(text string) bool {
	return strings.Index(text, " ") == -1
}
EOF2
replace_line cmd/wordfreq/main.go '	text, err := io.ReadAll(os.Stdin)' <<'EOF2'
	text, err := io.ReadAll(os.Stdin)
	text, err = io.ReadAll(os.Stdin)
EOF2
record staticcheck/text go-staticcheck ./...
record staticcheck/stylish go-staticcheck -f stylish ./...
go-staticcheck -f json ./... >"$OUT/staticcheck/report.json" 2>/dev/null || true
printf '  %-40s\n' staticcheck/report.json
fi

cd "$ROOT"
rm -rf "$PROJECT" "$WORK/jest-project" "$WORK/tsc-project" "$WORK/node-ts-app" "$WORK/python-app" \
  "$WORK/go-module"
echo "fixtures written to ${OUT#"$ROOT"/}"
