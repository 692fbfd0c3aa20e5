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
  rustfmt: (w) =>
    has(w, '--check') ||
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

function cargoEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (sub.name === 'fmt') {
    return has(w, '--check') ? null : formats('cargo fmt', 'cargo fmt -- --check')
  }
  if (sub.name === 'clippy' && has(w, '--fix'))
    return fixes('cargo clippy --fix', 'cargo clippy -- -D warnings')
  if (sub.name === 'publish') {
    return has(w, '--dry-run') || hasShort(w, 'n')
      ? null
      : release('cargo publish', 'publishes the crate to crates.io')
  }
  if (sub.name === 'insta') {
    const next = subcommand(w, sub.index + 1)?.name
    if (next === 'accept' || next === 'review' || has(w, '--accept')) {
      return refuse(
        'snapshot-update',
        `'cargo insta ${next ?? 'test --accept'}' accepts new snapshots, so snapshot tests pass by definition`
      )
    }
    return null
  }
  return ownEntry(CARGO_EFFECTS, sub.name) ?? null
}
