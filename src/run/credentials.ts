/**
 * Keeping the action's own credentials away from the validations it runs (issue 17, defect 5).
 *
 * A validation is the pull request's code. It must not see:
 *  - the action's inputs (`INPUT_GITHUB-TOKEN` holds the token) or the runner's credentials that
 *    a JavaScript action gets but a workflow's `run:` step does not (runtime, cache, results and
 *    OIDC request tokens and URLs) — withheld by name;
 *  - any other variable holding one of those values (a job-level `GITHUB_TOKEN`/`GH_TOKEN` equal
 *    to the token, a URL with the token in it) — withheld by value;
 *  - the action's initial environment, which any child can read from `/proc/$PPID/environ`
 *    whatever the action does to `process.env`: on Linux the values are overwritten in place in
 *    this process's own memory (through /proc/self/mem, between env_start and env_end of
 *    /proc/self/stat), so that file shows them as empty.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'

/** Variables a validation never inherits, whatever their value. */
export const WITHHELD_NAMES =
  /^(?:INPUT_.*|ACTIONS_RUNTIME_(?:TOKEN|URL)|ACTIONS_ID_TOKEN_REQUEST_(?:TOKEN|URL)|ACTIONS_(?:CACHE|RESULTS)_URL)$/i

/** Values shorter than this are not matched inside other variables (they would match by chance). */
const SHORTEST_SECRET = 8

/** Process-wide: the values registered by protectSecrets, and the names found holding them. */
const registry = { values: new Set<string>(), names: new Set<string>() }

/** The variables that hold credentials themselves (the others withheld by name are not secret). */
const CREDENTIAL_NAMES =
  /^(?:INPUT_GITHUB-TOKEN|INPUT_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)$/i

/** The credential values in an environment: the token input and the runner's tokens. */
export function credentialValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const values = Object.entries(env)
    .filter(([name, value]) => CREDENTIAL_NAMES.test(name) && value)
    .map(([, value]) => value!)
  return [...new Set(values)]
}

/** True for a variable that holds a credential: by name, or by holding a secret value. */
function holdsCredential(name: string, value: string, secrets: readonly string[]): boolean {
  if (CREDENTIAL_NAMES.test(name)) return true
  return secrets.some((secret) => secret.length >= SHORTEST_SECRET && value.includes(secret))
}

/** True for a variable a validation must not inherit. */
export function isWithheld(name: string, value: string, secrets: readonly string[]): boolean {
  return (
    WITHHELD_NAMES.test(name) || registry.names.has(name) || holdsCredential(name, value, secrets)
  )
}

/** The environment a validation inherits: `env` without any credential, by name or by value. */
export function inheritableEnvironment(
  env: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const secrets = [...registry.values, ...credentialValues(env)]
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !isWithheld(name, value, secrets)) out[name] = value
  }
  return out
}

export interface Protection {
  /** Every value protected (the given ones and the runner's tokens): mask these in any output. */
  values: string[]
  /**
   * What happened to the copy children can read in /proc/<pid>/environ: `not scrubbed: …` is worth
   * a warning; `unsupported on …` is expected off Linux (see SECURITY.md for what that leaves).
   */
  environ: 'scrubbed' | 'nothing to scrub' | `unsupported on ${string}` | `not scrubbed: ${string}`
  /** Names of the variables whose values were overwritten there. */
  scrubbed: string[]
}

/**
 * Call once at startup, after the inputs have been read (the scrubbed variables read as empty
 * afterwards): registers the values so no validation inherits a variable holding them, and
 * overwrites them in this process's initial environment block.
 */
export function protectSecrets(
  values: readonly string[],
  platform: NodeJS.Platform = process.platform
): Protection {
  const all = [...new Set([...values, ...credentialValues()])].filter((value) => value !== '')
  for (const value of all) registry.values.add(value)
  const secrets = [...registry.values]
  const environFile = '/proc/self/environ'
  if (platform !== 'linux')
    return { values: all, environ: `unsupported on ${platform}`, scrubbed: [] }
  let block: Buffer
  try {
    block = readFileSync(environFile)
  } catch (error) {
    return { values: all, environ: `not scrubbed: ${reason(error)}`, scrubbed: [] }
  }
  const targets = environTargets(block, secrets)
  for (const target of targets) registry.names.add(target.name)
  if (targets.length === 0) return { values: all, environ: 'nothing to scrub', scrubbed: [] }
  const problem = overwriteEnviron(targets)
  return {
    values: all,
    environ: problem === null ? 'scrubbed' : `not scrubbed: ${problem}`,
    scrubbed: targets.map((target) => target.name)
  }
}

interface EnvironTarget {
  name: string
  /** Offset of the value's first byte in the environ block. */
  offset: number
  length: number
}

/** The `NAME=value` entries of an environ block that hold a credential, by name or by value. */
export function environTargets(block: Buffer, secrets: readonly string[]): EnvironTarget[] {
  const targets: EnvironTarget[] = []
  let start = 0
  while (start < block.length) {
    let end = block.indexOf(0, start)
    if (end === -1) end = block.length
    const equals = block.indexOf(0x3d, start) // '='
    if (equals !== -1 && equals < end) {
      const name = block.toString('utf8', start, equals)
      const value = block.toString('utf8', equals + 1, end)
      if (value !== '' && holdsCredential(name, value, secrets)) {
        targets.push({ name, offset: equals + 1, length: end - equals - 1 })
      }
    }
    start = end + 1
  }
  return targets
}

/**
 * Overwrites the values with NUL bytes in this process's memory (the same length: nothing moves,
 * so the C library's pointers stay valid and read the variables as empty). Null when done.
 */
function overwriteEnviron(targets: readonly EnvironTarget[]): string | null {
  let envStart: number
  try {
    envStart = environStart(readFileSync('/proc/self/stat', 'utf8'))
  } catch (error) {
    return reason(error)
  }
  let fd: number
  try {
    fd = openSync('/proc/self/mem', 'r+')
  } catch (error) {
    return reason(error)
  }
  try {
    for (const target of targets) {
      writeSync(fd, Buffer.alloc(target.length), 0, target.length, envStart + target.offset)
    }
    return null
  } catch (error) {
    return reason(error)
  } finally {
    closeSync(fd)
  }
}

/** env_start, field 50 of /proc/<pid>/stat (Linux 3.5+): the address of the environ block. */
export function environStart(stat: string): number {
  // Fields after "pid (comm)" start at field 3; comm may contain spaces and ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const value = Number(fields[50 - 3])
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error('/proc/self/stat has no env_start (Linux before 3.5)')
  }
  return value
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
