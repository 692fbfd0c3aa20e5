// Prints what `ruff check` (concise or full output format) or `ruff format --check` prints for the
// Python files under the current directory, from the diagnostics of real ruff: Astral's
// @astral-sh/ruff-wasm-nodejs (ruff compiled to WebAssembly; the ruff CLI is not installable here).
// The codes, messages, positions and fixability are ruff's own; the text layout around them is
// ruff's documented output (concise: `path:row:col: CODE [*] message`; full: the `CODE [*] message`
// header, ` --> path:row:col`, a snippet with two lines of context and `help:`; the closing
// "Found N errors." and "[*] N fixable with the `--fix` option."; "All checks passed!";
// `Would reformat: path` and "N files would be reformatted, M files already formatted"), and the
// exit code is ruff's (1 when it reports anything).
// Usage: node ruff-wasm-fixture.mjs <module dir> check-concise|check-full|format-check
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const [moduleDir, mode] = process.argv.slice(2)
const require = createRequire(path.join(path.resolve(moduleDir), 'package.json'))
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs')

// The ruff CLI's default rules (E4, E7, E9, F: named, since the WebAssembly build's defaults are
// its playground's, which add isort's I001), and the example's flake8 settings (setup.cfg): E501
// at 100 characters.
const settings = { 'line-length': 100, lint: { select: ['E4', 'E7', 'E9', 'F', 'E501'] } }

/** The .py files under dir, as ruff walks them (hidden and cache folders skipped), sorted. */
function pythonFiles(dir, prefix = '') {
  const files = []
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue
    if (entry.isDirectory()) files.push(...pythonFiles(dir, relative))
    else if (entry.name.endsWith('.py')) files.push(relative)
  }
  return files.sort()
}

const files = pythonFiles('.')
const workspace = new Workspace(settings, PositionEncoding.Utf32)
const lines = []
let exitCode = 0

function snippet(source, diagnostic) {
  const rows = source.split('\n')
  const { row, column } = diagnostic.start_location
  const end = diagnostic.end_location
  const first = Math.max(1, row - 2)
  const last = Math.min(rows.length - (source.endsWith('\n') ? 1 : 0), row + 2)
  const width = String(last).length
  const gutter = ' '.repeat(width)
  const out = [`${gutter} |`]
  for (let n = first; n <= last; n++) {
    const text = rows[n - 1]
    out.push(
      text === '' ? `${String(n).padStart(width)} |` : `${String(n).padStart(width)} | ${text}`
    )
    if (n === row) {
      const length = Math.max(1, (end.row === row ? end.column : text.length + 1) - column)
      out.push(`${gutter} | ${' '.repeat(column - 1)}${'^'.repeat(length)}`)
    }
  }
  out.push(`${gutter} |`)
  return { width, lines: out }
}

if (mode === 'format-check') {
  let reformat = 0
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    if (workspace.format(source) !== source) {
      lines.push(`Would reformat: ${file}`)
      reformat++
    }
  }
  const formatted = files.length - reformat
  const plural = (n, word) => `${n} file${n === 1 ? '' : 's'} ${word}`
  lines.push(
    reformat === 0
      ? plural(formatted, 'already formatted')
      : `${plural(reformat, 'would be reformatted')}, ${plural(formatted, 'already formatted')}`
  )
  if (reformat > 0) exitCode = 1
} else {
  let found = 0
  let fixable = 0
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    const diagnostics = workspace
      .check(source)
      .sort(
        (a, b) =>
          a.start_location.row - b.start_location.row ||
          a.start_location.column - b.start_location.column
      )
    for (const diagnostic of diagnostics) {
      found++
      const fix = diagnostic.fix === null ? '' : '[*] '
      if (diagnostic.fix !== null) fixable++
      const { row, column } = diagnostic.start_location
      if (mode === 'check-concise') {
        lines.push(`${file}:${row}:${column}: ${diagnostic.code} ${fix}${diagnostic.message}`)
        continue
      }
      const shown = snippet(source, diagnostic)
      lines.push(`${diagnostic.code} ${fix}${diagnostic.message}`)
      lines.push(`${' '.repeat(shown.width)}--> ${file}:${row}:${column}`)
      lines.push(...shown.lines)
      const help = diagnostic.subDiagnostics.find((sub) => sub.severity === 'help')
      if (help !== undefined) lines.push(`help: ${help.message}`)
      lines.push('')
    }
  }
  if (found === 0) lines.push('All checks passed!')
  else {
    lines.push(`Found ${found} error${found === 1 ? '' : 's'}.`)
    if (fixable > 0) lines.push(`[*] ${fixable} fixable with the \`--fix\` option.`)
    exitCode = 1
  }
}
process.stdout.write(`${lines.join('\n')}\n`)
process.exitCode = exitCode
