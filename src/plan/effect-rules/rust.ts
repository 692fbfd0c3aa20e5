/**
 * Rust tools: cargo fmt/fix/clippy --fix/update/clean/publish, cargo insta, rustfmt.
 */
import {
  dependencies,
  destroys,
  fixes,
  formats,
  has,
  hasShort,
  refuse,
  release,
  subcommand,
  type Refusal,
  type RuleTable
} from './rule.js'
import { ownEntry } from '../../own-entry.js'

export const RUST_RULES: RuleTable = {
  cargo: cargoEffect,
  // --emit stdout prints the formatted source instead of writing it; -V and -h print only.
  rustfmt: (w) =>
    has(w, '--check', '--version', '-V', '--help', '-h') ||
    w.some((x, i) => x === '--emit' && w[i + 1] === 'stdout') ||
    w.includes('--emit=stdout')
      ? null
      : formats('rustfmt', 'rustfmt --check')
}

const CARGO_EFFECTS: Readonly<Record<string, Refusal>> = {
  fix: fixes('cargo fix', 'cargo check'),
  clean: destroys('cargo clean', 'deletes the target directory'),
  update: dependencies('cargo update', 'Cargo.lock'),
  'generate-lockfile': dependencies('cargo generate-lockfile', 'Cargo.lock'),
  add: dependencies('cargo add', 'Cargo.toml'),
  remove: dependencies('cargo remove', 'Cargo.toml'),
  rm: dependencies('cargo rm', 'Cargo.toml'),
  upgrade: dependencies('cargo upgrade', 'Cargo.toml'),
  yank: release('cargo yank', 'yanks a published crate'),
  owner: release('cargo owner', 'changes the owners of a published crate'),
  release: release('cargo release', 'bumps the version, tags and publishes'),
  'set-version': release('cargo set-version', 'bumps the version in Cargo.toml'),
  bump: release('cargo bump', 'bumps the version in Cargo.toml'),
  new: refuse('rewrite', "'cargo new' creates a package"),
  init: refuse('rewrite', "'cargo init' creates a package")
}

/** Subcommands with cargo's own -n/--dry-run, which then only report what they would do. */
const CARGO_DRY_RUNS = new Set(['clean', 'update', 'add', 'remove', 'publish'])

/** -n or --dry-run; -Z takes its value in the same word (`-Zbindeps` is not -n). */
function cargoDryRun(w: readonly string[]): boolean {
  return (
    has(w, '--dry-run') ||
    hasShort(
      w.filter((word) => !word.startsWith('-Z')),
      'n'
    )
  )
}

function cargoEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (CARGO_DRY_RUNS.has(sub.name) && cargoDryRun(w)) return null
  if (sub.name === 'fmt') {
    return has(w, '--check') ? null : formats('cargo fmt', 'cargo fmt -- --check')
  }
  if (sub.name === 'clippy' && has(w, '--fix'))
    return fixes('cargo clippy --fix', 'cargo clippy -- -D warnings')
  if (sub.name === 'publish') return release('cargo publish', 'publishes the crate to crates.io')
  if (sub.name === 'insta') {
    const next = subcommand(w, sub.index + 1)?.name
    // The reason names what accepts: the subcommand, or the flag on the check it rides on.
    const accepting =
      next === 'accept' || next === 'review'
        ? `cargo insta ${next}`
        : has(w, '--accept', '--accept-unseen')
          ? `cargo insta ${next ?? 'test'} --accept`
          : null
    return accepting === null
      ? null
      : refuse(
          'snapshot-update',
          `'${accepting}' accepts new snapshots, so snapshot tests pass by definition`
        )
  }
  return ownEntry(CARGO_EFFECTS, sub.name) ?? null
}
