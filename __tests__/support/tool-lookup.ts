/**
 * Which tools a validation finds, chosen by the test rather than by what this machine has
 * installed. The gate itself never looks a tool up: bash searches PATH for a command, and cargo
 * searches $CARGO_HOME/bin and then PATH for `cargo-<subcommand>`; missing-tool.ts reads what
 * they print when they find nothing. So the lookup is injected where they do it, in the
 * environment: a PATH and a CARGO_HOME in which each named tool is either a stand-in script
 * ("installed") or absent ("missing"), and everything else is as on the machine.
 *
 * A test that expects `cargo audit` to be reported missing stays green on a machine with
 * cargo-audit installed, and one that runs it installed does not need it.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'

export interface ToolChoice {
  /** Tools no lookup may find, on PATH or as cargo subcommands ("cargo-audit"). */
  missing?: readonly string[]
  /** Tools every lookup finds first: name → the body of a bash script standing in for it. */
  installed?: Readonly<Record<string, string>>
}

export interface ToolLookup {
  /** The environment that makes the choice: give it to the commands (or apply() it). */
  env: { PATH: string; CARGO_HOME: string }
  /** Sets `env` in process.env, which the gate's commands inherit, until remove(). */
  apply: () => void
  /** Restores process.env as apply() found it and removes the directories. */
  remove: () => void
}

/**
 * Builds the lookup from `from` (default process.env): PATH directories that hold a chosen
 * tool are replaced by copies made of symlinks without it; CARGO_HOME is a copy of the real one
 * (symlinks: registry, config) whose bin/ is treated the same way.
 */
export function toolLookup(choice: ToolChoice, from: NodeJS.ProcessEnv = process.env): ToolLookup {
  const root = mkdtempSync(path.join(tmpdir(), 'tool-lookup-'))
  const installed = choice.installed ?? {}
  const hidden = new Set([...(choice.missing ?? []), ...Object.keys(installed)])
  let copies = 0
  const withoutHidden = (dir: string): string => {
    if (![...hidden].some((name) => existsSync(path.join(dir, name)))) return dir
    return shadowCopy(dir, path.join(root, `path-${++copies}`), hidden)
  }

  const cargoHome = path.join(root, 'cargo-home')
  mkdirSync(cargoHome)
  const realCargoHome = from.CARGO_HOME ?? path.join(homedir(), '.cargo')
  const realEntries = existsSync(realCargoHome) ? readdirSync(realCargoHome) : []
  for (const entry of realEntries.filter((name) => name !== 'bin')) {
    symlinkSync(path.join(realCargoHome, entry), path.join(cargoHome, entry))
  }
  const cargoBin = path.join(cargoHome, 'bin')
  const realCargoBin = path.join(realCargoHome, 'bin')
  if (existsSync(realCargoBin)) shadowCopy(realCargoBin, cargoBin, hidden)
  else mkdirSync(cargoBin)

  // Stand-ins go first on PATH and into CARGO_HOME/bin, which cargo searches before PATH.
  const bin = path.join(root, 'bin')
  mkdirSync(bin)
  for (const [name, body] of Object.entries(installed)) {
    for (const dir of [bin, cargoBin]) {
      const file = path.join(dir, name)
      writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`)
      chmodSync(file, 0o755)
    }
  }

  const searched = (from.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '')
  const env = {
    PATH: [bin, ...searched.map(withoutHidden)].join(path.delimiter),
    CARGO_HOME: cargoHome
  }
  let saved: { PATH: string | undefined; CARGO_HOME: string | undefined } | null = null
  return {
    env,
    apply: () => {
      saved ??= { PATH: process.env.PATH, CARGO_HOME: process.env.CARGO_HOME }
      Object.assign(process.env, env)
    },
    remove: () => {
      if (saved !== null) {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) Reflect.deleteProperty(process.env, name)
          else process.env[name] = value
        }
        saved = null
      }
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** `copy`: symlinks to every entry of `dir` but the hidden names. */
function shadowCopy(dir: string, copy: string, hidden: ReadonlySet<string>): string {
  mkdirSync(copy)
  for (const entry of readdirSync(dir)) {
    if (!hidden.has(entry)) symlinkSync(path.join(dir, entry), path.join(copy, entry))
  }
  return copy
}
