// Bundle size: dist/index.js plus the chunks it imports statically (what every action run loads)
// against all of dist/; and load time of `node dist/cli.js --version`.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { DIST, NODE, fmt, isMain, medianMs } from './lib.mjs'

/** dist files reachable from `entry` through static imports (dynamic import() excluded). */
export function staticClosure(entry) {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    const staticImport =
      /(?:^|[\s;}])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g
    for (const match of code.matchAll(staticImport)) {
      visit(path.resolve(path.dirname(file), match[1]))
    }
  }
  visit(entry)
  return [...seen]
}

function allFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
  )
}

const bytes = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0)
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`

export function size({ runs = 10 } = {}) {
  const closure = staticClosure(path.join(DIST, 'index.js'))
  // The source maps beside the files are read only when a stack is printed: counted apart.
  const maps = allFiles(DIST).filter((file) => file.endsWith('.map'))
  const all = allFiles(DIST).filter((file) => !file.endsWith('.map'))
  medianMs(NODE, [path.join(DIST, 'cli.js'), '--version'], 1)
  return {
    staticFiles: closure.map((file) => path.relative(DIST, file)).sort(),
    staticBytes: bytes(closure),
    distBytes: bytes(all),
    distFiles: all.length,
    mapBytes: bytes(maps),
    runs,
    cliVersionMs: medianMs(NODE, [path.join(DIST, 'cli.js'), '--version'], runs),
    baselineMs: medianMs(NODE, ['-e', '0'], runs)
  }
}

export function sizeRows(s, overheadResult) {
  const rows = [
    {
      benchmark: 'Action bundle size',
      metric: `dist/index.js + ${s.staticFiles.length - 1} statically imported chunks vs all ${s.distFiles} dist .js files (source maps apart)`,
      value: `${kib(s.staticBytes)} of ${kib(s.distBytes)} (${((100 * s.staticBytes) / s.distBytes).toFixed(0)}%); maps ${kib(s.mapBytes)}`,
      target: '—',
      met: undefined
    },
    {
      benchmark: 'CLI load time',
      metric: `node dist/cli.js --version, median of ${s.runs} (node -e 0: ${fmt(s.baselineMs)})`,
      value: fmt(s.cliVersionMs),
      target: '—',
      met: undefined
    }
  ]
  if (overheadResult) {
    rows.push({
      benchmark: 'Action load + run time',
      metric: 'the overhead run above (validations + publishing off)',
      value: fmt(overheadResult.actionMs),
      target: '—',
      met: undefined
    })
  }
  return rows
}

if (isMain(import.meta)) {
  console.log(JSON.stringify(size(), null, 2))
}
