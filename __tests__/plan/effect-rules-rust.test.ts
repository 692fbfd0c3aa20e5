/**
 * The Rust family of effect rules (src/plan/effect-rules/rust.ts), table-driven: every cargo
 * subcommand and rustfmt form the policy refuses, with its exact effect and reason, next to the
 * check-only forms that must run, and the edges the rules read — options and +toolchains before
 * the subcommand, `--` before rustfmt's own flags, -n clustered with other short flags, an option
 * whose value is the check (`rustfmt --emit stdout`), names that are not cargo subcommands.
 */
import { refusal } from './effect-cases.js'

const CARGO_FMT =
  "'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')"
const RUSTFMT = "'rustfmt' rewrites files with its formatting (the check is 'rustfmt --check')"

describe('cargo fmt and rustfmt', () => {
  test.each([
    ['cargo fmt', 'format', CARGO_FMT],
    ['cargo fmt --all', 'format', CARGO_FMT],
    ['cargo --locked fmt', 'format', CARGO_FMT],
    ['cargo +nightly fmt --all', 'format', CARGO_FMT],
    ['cargo --config net.offline=true fmt', 'format', CARGO_FMT],
    ['rustfmt src/main.rs', 'format', RUSTFMT],
    ['rustfmt --edition 2021 src/main.rs', 'format', RUSTFMT],
    ['rustfmt --emit files src/main.rs', 'format', RUSTFMT],
    ['rustfmt --emit=files src/main.rs', 'format', RUSTFMT],
    // Only --emit's value counts: a file named stdout is formatted in place.
    ['rustfmt lib.rs stdout', 'format', RUSTFMT],
    // `--emit` with no value is rustfmt's usage error; refused all the same.
    ['rustfmt --emit', 'format', RUSTFMT]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'cargo fmt --check',
    'cargo fmt -- --check',
    'cargo fmt --all -- --check',
    'cargo +nightly fmt --check',
    'rustfmt --check src/main.rs',
    'rustfmt --edition 2021 --check src/main.rs',
    // --emit stdout prints the formatted source and writes no file.
    'rustfmt --emit stdout src/main.rs',
    'rustfmt --emit=stdout src/main.rs',
    'rustfmt --edition 2021 --emit stdout src/lib.rs',
    'rustfmt --version',
    'rustfmt -V',
    'rustfmt --help',
    'rustfmt -h'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('cargo fix, clippy --fix and cargo insta', () => {
  test.each([
    [
      'cargo fix',
      'rewrite',
      "'cargo fix' rewrites source files with its fixes (the check is 'cargo check')"
    ],
    [
      'cargo fix --edition --allow-dirty',
      'rewrite',
      "'cargo fix' rewrites source files with its fixes (the check is 'cargo check')"
    ],
    [
      'cargo clippy --fix',
      'rewrite',
      "'cargo clippy --fix' rewrites source files with its fixes (the check is 'cargo clippy -- -D warnings')"
    ],
    [
      'cargo clippy --fix=true --allow-dirty',
      'rewrite',
      "'cargo clippy --fix' rewrites source files with its fixes (the check is 'cargo clippy -- -D warnings')"
    ],
    [
      'cargo insta accept',
      'snapshot-update',
      "'cargo insta accept' accepts new snapshots, so snapshot tests pass by definition"
    ],
    [
      'cargo insta review',
      'snapshot-update',
      "'cargo insta review' accepts new snapshots, so snapshot tests pass by definition"
    ],
    [
      'cargo insta --color never accept',
      'snapshot-update',
      "'cargo insta accept' accepts new snapshots, so snapshot tests pass by definition"
    ],
    // The reason names the flag that accepts, not the check it rides on.
    [
      'cargo insta test --accept',
      'snapshot-update',
      "'cargo insta test --accept' accepts new snapshots, so snapshot tests pass by definition"
    ],
    [
      'cargo insta test --accept-unseen',
      'snapshot-update',
      "'cargo insta test --accept' accepts new snapshots, so snapshot tests pass by definition"
    ],
    [
      'cargo insta --accept',
      'snapshot-update',
      "'cargo insta test --accept' accepts new snapshots, so snapshot tests pass by definition"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'cargo check',
    'cargo clippy',
    'cargo clippy -- -D warnings',
    'cargo clippy --all-targets --all-features -- -D warnings',
    'cargo insta',
    'cargo insta test',
    'cargo insta test --check',
    'cargo insta pending-list',
    'cargo insta show src/snapshots/x.snap'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('cargo publish: -n and --dry-run only package and verify', () => {
  const PUBLISH = "'cargo publish' publishes the crate to crates.io"
  test.each([
    ['cargo publish', 'release', PUBLISH],
    ['cargo publish -p crate', 'release', PUBLISH],
    ['cargo publish --no-verify', 'release', PUBLISH],
    ['cargo +stable publish --locked', 'release', PUBLISH],
    // -Z takes its value in the same word: `-Zbindeps` is not -n.
    ['cargo publish -Zbindeps', 'release', PUBLISH]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'cargo publish --dry-run',
    'cargo publish -n',
    'cargo publish -vn',
    'cargo publish --dry-run -p crate',
    'cargo package'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('cargo subcommands that change dependencies, versions or the tree', () => {
  test.each([
    ['cargo clean', 'destructive', "'cargo clean' deletes the target directory"],
    ['cargo clean -p crate', 'destructive', "'cargo clean' deletes the target directory"],
    ['cargo update', 'dependency-change', "'cargo update' changes Cargo.lock"],
    ['cargo update -p serde', 'dependency-change', "'cargo update' changes Cargo.lock"],
    ['cargo update -Zunstable-options', 'dependency-change', "'cargo update' changes Cargo.lock"],
    [
      'cargo generate-lockfile',
      'dependency-change',
      "'cargo generate-lockfile' changes Cargo.lock"
    ],
    ['cargo add serde', 'dependency-change', "'cargo add' changes Cargo.toml"],
    ['cargo add --dev serde', 'dependency-change', "'cargo add' changes Cargo.toml"],
    ['cargo remove serde', 'dependency-change', "'cargo remove' changes Cargo.toml"],
    ['cargo rm serde', 'dependency-change', "'cargo rm' changes Cargo.toml"],
    ['cargo upgrade', 'dependency-change', "'cargo upgrade' changes Cargo.toml"],
    ['cargo yank --version 1.0.0', 'release', "'cargo yank' yanks a published crate"],
    ['cargo owner --add alice', 'release', "'cargo owner' changes the owners of a published crate"],
    ['cargo release patch', 'release', "'cargo release' bumps the version, tags and publishes"],
    ['cargo set-version 1.2.3', 'release', "'cargo set-version' bumps the version in Cargo.toml"],
    ['cargo bump patch', 'release', "'cargo bump' bumps the version in Cargo.toml"],
    ['cargo new x', 'rewrite', "'cargo new' creates a package"],
    ['cargo init', 'rewrite', "'cargo init' creates a package"],
    ['cargo -q init --lib', 'rewrite', "'cargo init' creates a package"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'cargo',
    'cargo --version',
    'cargo -V',
    'cargo build',
    'cargo build --release',
    'cargo test',
    'cargo test -- --nocapture',
    // After --, the words are the test binary's: --fix is not clippy's.
    'cargo test -- --fix',
    'cargo tree -d',
    'cargo metadata --format-version 1',
    'cargo help fmt',
    'cargo doc --no-deps',
    // Each of these only reports what it would do (cargo's own -n/--dry-run).
    'cargo clean --dry-run',
    'cargo clean -n',
    'cargo update --dry-run',
    'cargo update -n -p serde',
    'cargo add --dry-run serde',
    'cargo remove -n serde',
    // Not cargo subcommands: an object's inherited keys are no rule.
    'cargo toString',
    'cargo constructor',
    'cargo __proto__',
    'cargo hasOwnProperty'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})
