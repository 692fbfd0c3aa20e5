/**
 * Which share of the plan one job of a matrix runs: shard `index` of `count` ("2/3"), read from
 * the `shard` input or the CLI's `--shard`.
 */
import { ConfigurationError, quoteValue } from '../errors.js'

export interface ShardSpec {
  /** 1-based. */
  index: number
  count: number
}

/** More shards than this is a typo: no matrix runs a checklist on hundreds of machines. */
export const MAX_SHARDS = 64

/** "i/n" → ShardSpec; `name` is the input ('shard') or flag ('--shard') errors name. */
export function parseShard(value: string, name: string): ShardSpec {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    const subject = name.startsWith('--') ? `Flag ${name}` : `Input '${name}'`
    throw new ConfigurationError(
      `${subject} must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. 2/3 (got ${quoteValue(value)}); in a matrix use '\${{ matrix.shard }}/<count>'.`
    )
  }
  return { index, count }
}

export function shardLabel(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`
}

/** A platform label goes into every line that names a shard: short, printable, one line. */
export const PLATFORM_LABEL = /^[\w .()+-]{1,40}$/

/** The platform input or flag: '' (the runner's OS) or a label PLATFORM_LABEL accepts. */
export function parsePlatform(value: string, name: string): string {
  const label = value.trim()
  if (label === '' || PLATFORM_LABEL.test(label)) return label
  const subject = name.startsWith('--') ? `Flag ${name}` : `Input '${name}'`
  throw new ConfigurationError(
    `${subject} must be 1 to 40 letters, digits, spaces or ._()+- (got ${quoteValue(value, 40)}); e.g. 'Linux' or 'ubuntu-24.04'.`
  )
}
