// THIRD_PARTY_LICENSES.md is generated from the production dependency tree: regenerating it must
// give the committed file, so a dependency change cannot leave it stale.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const script = join(root, 'scripts', 'third-party-licenses.mjs')

describe('THIRD_PARTY_LICENSES.md', () => {
  const generated = execFileSync(process.execPath, [script, '--stdout'], {
    cwd: root,
    encoding: 'utf8'
  })
  const committed = readFileSync(join(root, 'THIRD_PARTY_LICENSES.md'), 'utf8')

  it('is up to date (run: node scripts/third-party-licenses.mjs)', () => {
    expect(committed).toBe(generated)
  })

  it('lists every production dependency with a license', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const rows = [...committed.matchAll(/^\| (\S+) \| (\S+) \| (.+) \|$/gm)].slice(1)
    const names = rows.map((row) => row[1])
    for (const dependency of Object.keys(pkg.dependencies)) expect(names).toContain(dependency)
    for (const row of rows) expect(row[3]).not.toBe('UNKNOWN')
    expect(committed).toContain('Permission is hereby granted')
  })
})
