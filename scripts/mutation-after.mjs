// "After" scores for a mutation run: once tests are written from a report's survivors, Stryker
// is re-run on just the survivors' lines (minutes, not the hour the whole part took) and each
// re-run mutant stands in for the same mutant of the first report.
//
//   node scripts/mutation-after.mjs ranges BEFORE.json
//       the `--mutate` argument that re-runs the lines of every survived or not-covered mutant
//   node scripts/mutation-after.mjs compare BEFORE.json AFTER.json
//       per file: the score before and after, as a Markdown table
//
// A mutant is the same in both reports when its file, start position, mutator and replacement
// are. Mutants of the first report that were detected, and any the re-run did not produce
// (the code moved), keep their first status: the after score is a lower bound.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { countsByFile, score } from './mutation-scores.mjs'

const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** file → sorted line numbers of the mutants that were not detected. */
function undetectedLines(report) {
  const lines = new Map()
  for (const [file, { mutants }] of Object.entries(report.files ?? {})) {
    const set = new Set()
    for (const mutant of mutants) {
      if (!UNDETECTED.has(mutant.status)) continue
      for (let line = mutant.location.start.line; line <= mutant.location.end.line; line++) {
        set.add(line)
      }
    }
    if (set.size > 0)
      lines.set(
        file,
        [...set].sort((a, b) => a - b)
      )
  }
  return lines
}

/** "src/a.ts:3-5,src/a.ts:9-9": Stryker's `--mutate` line ranges, neighbouring lines merged. */
export function survivorRanges(report) {
  const ranges = []
  for (const [file, lines] of undetectedLines(report)) {
    let start = lines[0]
    let end = start
    for (const line of lines.slice(1)) {
      if (line === end + 1) {
        end = line
        continue
      }
      ranges.push(`${file}:${start}-${end}`)
      start = end = line
    }
    ranges.push(`${file}:${start}-${end}`)
  }
  return ranges.join(',')
}

const key = (file, mutant) =>
  [
    file.split(path.sep).join('/'),
    mutant.location.start.line,
    mutant.location.start.column,
    mutant.mutatorName,
    mutant.replacement ?? ''
  ].join('\u0000')

/** The first report with each undetected mutant's status taken from the re-run, where it has it. */
export function afterReport(before, rerun) {
  const again = new Map()
  for (const [file, { mutants }] of Object.entries(rerun.files ?? {})) {
    for (const mutant of mutants) again.set(key(file, mutant), mutant.status)
  }
  const files = {}
  for (const [file, entry] of Object.entries(before.files ?? {})) {
    const mutants = entry.mutants.map((mutant) => {
      if (!UNDETECTED.has(mutant.status)) return mutant
      const status = again.get(key(file, mutant))
      return status === undefined ? mutant : { ...mutant, status }
    })
    files[file] = { ...entry, mutants }
  }
  return { ...before, files }
}

/** Markdown: per file, before → after, with the after counts. */
export function comparisonTable(before, rerun) {
  const first = countsByFile([before])
  const after = countsByFile([afterReport(before, rerun)])
  const percent = (value) => (value === null ? '–' : `${value.toFixed(1)} %`)
  const rows = [...first]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, counts]) => {
      const now = after.get(file)
      const detected = now.killed + now.timeout
      return `| \`${file}\` | ${percent(score(counts))} | **${percent(score(now))}** (${detected} / ${now.survived} / ${now.noCoverage}) |`
    })
  return [
    '| File | Before | After (detected / survived / not covered) |',
    '| --- | --- | --- |',
    ...rows
  ].join('\n')
}

function main([command, ...files]) {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'))
  if (command === 'ranges' && files.length === 1) {
    console.log(survivorRanges(read(files[0])))
  } else if (command === 'compare' && files.length === 2) {
    console.log(comparisonTable(read(files[0]), read(files[1])))
  } else {
    console.error('usage: mutation-after.mjs ranges BEFORE.json | compare BEFORE.json AFTER.json')
    process.exitCode = 2
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
