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
# Usage: bash scripts/regen-tool-fixtures.sh
set -euo pipefail

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

echo "cargo audit (not installable here: the real 'no such command' output)"
cd "$PROJECT"
record cargo-audit/not-installed cargo audit

cd "$ROOT"
rm -rf "$PROJECT" "$JEST_PROJECT" "$TSC_PROJECT"
echo "fixtures written to ${OUT#"$ROOT"/}"
