// Mutation scores per folder and per file, from StrykerJS' JSON reports (the mutation-testing
// report schema). A target can be run in parts (`--mutate` with a few files each, so every
// part finishes and writes its report); this adds the parts up. Where two reports hold the
// same file, the newer report's results count.
//
//   node scripts/mutation-scores.mjs                    # every reports/mutation/*.json
//   node scripts/mutation-scores.mjs a.json b.json      # just these
//
// Score, as Stryker computes it: detected ÷ valid, where detected = killed + timed out and
// valid = detected + survived + not covered (compile and runtime errors and ignored mutants
// are not valid mutants).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Per-file counts from reports, newest last: `reports` is [{ files: { path: { mutants } } }].
 * Returns Map path → { killed, timeout, survived, noCoverage, invalid }.
 */
export function countsByFile(reports) {
  const files = new Map()
  for (const report of reports) {
    for (const [file, { mutants }] of Object.entries(report.files ?? {})) {
      const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 }
      for (const { status } of mutants) {
        if (status === 'Killed') counts.killed++
        else if (status === 'Timeout') counts.timeout++
        else if (status === 'Survived') counts.survived++
        else if (status === 'NoCoverage') counts.noCoverage++
        else counts.invalid++
      }
      files.set(file.split(path.sep).join('/'), counts)
    }
  }
  return files
}

/** detected ÷ valid as a percentage with one decimal, or null when nothing is valid. */
export function score(counts) {
  const detected = counts.killed + counts.timeout
  const valid = detected + counts.survived + counts.noCoverage
  return valid === 0 ? null : Math.round((detected / valid) * 1000) / 10
}

function add(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key]
  return total
}

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 })

/** Markdown: one row per folder, then one per file, with the counts behind each score. */
export function scoreTable(files) {
  const folders = new Map()
  for (const [file, counts] of files) {
    const folder = path.posix.dirname(file)
    folders.set(folder, add(folders.get(folder) ?? empty(), counts))
  }
  const row = (name, counts) => {
    const value = score(counts)
    const detected = counts.killed + counts.timeout
    const valid = detected + counts.survived + counts.noCoverage
    return `| ${name} | ${value === null ? '–' : `${value.toFixed(1)}%`} | ${detected} | ${counts.survived} | ${counts.noCoverage} | ${valid} |`
  }
  const head = [
    '| Mutated | Score | Detected | Survived | Not covered | Valid mutants |',
    '| --- | ---: | ---: | ---: | ---: | ---: |'
  ]
  const sorted = (map) => [...map].sort(([a], [b]) => a.localeCompare(b))
  return [
    ...head,
    ...sorted(folders).map(([folder, counts]) => row(`\`${folder}/\``, counts)),
    '',
    ...head,
    ...sorted(files).map(([file, counts]) => row(`\`${file}\``, counts))
  ].join('\n')
}

function main(args) {
  const directory = 'reports/mutation'
  const given =
    args.length > 0
      ? args
      : readdirSync(directory)
          .filter((name) => name.endsWith('.json'))
          .map((name) => path.join(directory, name))
  const reports = given
    .map((file) => ({ file, time: statSync(file).mtimeMs }))
    .sort((a, b) => a.time - b.time)
    .map(({ file }) => JSON.parse(readFileSync(file, 'utf8')))
  console.log(scoreTable(countsByFile(reports)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
