/**
 * What a package script or make target does by its name alone — when its body cannot be read
 * (no package.json, a Makefile): `clean`, `format`, `lint:fix`, `test:update`.
 */
import type { EffectKind } from './rule.js'

export const NAME_EFFECT_WORDS: Partial<Record<EffectKind, string>> = {
  destructive: 'deletes files',
  format: 'formats files in place',
  rewrite: 'rewrites files with fixes',
  'snapshot-update': 'updates test snapshots',
  release: 'releases or bumps the version',
  deploy: 'deploys',
  'dependency-change': 'changes dependencies'
}

/** What a script or make target does, by its name alone: `clean`, `format`, `lint:fix`, `test:update`. */
export function effectByName(name: string): EffectKind | null {
  const parts = name.toLowerCase().split(/[:._-]/)
  const checks = ['check', 'verify', 'lint', 'diff', 'ci', 'dry', 'test']
  const isCheck =
    parts.some((p) => checks.includes(p)) &&
    !parts.includes('fix') &&
    !parts.includes('write') &&
    !parts.includes('update') &&
    !parts.includes('u')
  if (parts.some((p) => p === 'clean' || p === 'distclean' || p === 'clear' || p === 'purge'))
    return 'destructive'
  if (
    parts.some((p) => ['format', 'fmt', 'prettier', 'prettify', 'beautify'].includes(p)) &&
    !isCheck
  )
    return 'format'
  if (parts.some((p) => p === 'fix' || p === 'autofix' || p === 'write')) return 'rewrite'
  if (
    parts.some((p) => ['snapshot', 'snapshots', 'snap'].includes(p)) &&
    parts.some((p) => ['update', 'u'].includes(p))
  )
    return 'snapshot-update'
  if (parts[0] === 'test' && parts.some((p) => p === 'update' || p === 'u'))
    return 'snapshot-update'
  if (parts.some((p) => ['release', 'publish', 'version', 'bump'].includes(p)) && !isCheck)
    return 'release'
  if (parts.some((p) => p === 'deploy')) return 'deploy'
  if (parts.some((p) => ['install', 'upgrade', 'deps'].includes(p)) && !isCheck)
    return 'dependency-change'
  return null
}
