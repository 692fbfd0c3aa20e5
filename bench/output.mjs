// Bounded output: a tiny temp project whose only validation prints 200 MB, run by the bundled
// action with validations on and publishing off; peak RSS of the action process (GNU time %M).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BENCH_ENV, DIST, GNU_TIME, NODE, isMain, median, tmpDir } from './lib.mjs'

export const TARGET_RSS_MB = 150
export const OUTPUT_BYTES = 200_000_000

const CHECKLIST = `# Production Checklist

## Phase 1: Critical

- [ ] Loud output stays bounded

## Quick Validation Script

\`\`\`bash
#!/bin/bash
set -e

echo "1. Loud output..."
head -c ${OUTPUT_BYTES} /dev/zero | tr '\\0' 'x' | fold -w 100
\`\`\`
`

function prepareProject() {
  const project = path.join(tmpDir('output'), 'project')
  rmSync(project, { recursive: true, force: true })
  mkdirSync(project, { recursive: true })
  writeFileSync(path.join(project, 'PRODUCTION_CHECKLIST.md'), CHECKLIST)
  writeFileSync(path.join(project, 'github-output.txt'), '')
  return project
}

function runOnce(project) {
  const rssFile = path.join(path.dirname(project), 'rss.txt')
  const start = process.hrtime.bigint()
  const run = spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, NODE, path.join(DIST, 'index.js')], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {
      ...BENCH_ENV,
      GITHUB_WORKSPACE: project,
      GITHUB_OUTPUT: path.join(project, 'github-output.txt'),
      'INPUT_RUN-VALIDATIONS': 'true',
      'INPUT_CHECK-RUN': 'false',
      INPUT_COMMENT: 'false',
      'INPUT_COMMIT-STATUS': 'false',
      'INPUT_JOB-SUMMARY': 'false',
      'INPUT_FAIL-ON': 'never',
      'INPUT_REPORT-PATH': 'report.json'
    }
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (run.status !== 0) throw new Error(`action exited ${run.status}: ${run.stderr.slice(-800)}`)
  const rssKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1))
  const report = JSON.parse(readFileSync(path.join(project, 'report.json'), 'utf8'))
  return { ms, rssKiB, validations: report.validations, stdoutBytes: run.stdout.length }
}

export function output({ runs = 3 } = {}) {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} (GNU time) is missing: apt-get install -y time`)
  }
  const project = prepareProject()
  const results = []
  for (let i = 0; i < runs; i++) results.push(runOnce(project))
  const last = results.at(-1)
  return {
    runs,
    peakRssMB: median(results.map((r) => r.rssKiB)) / 1024,
    maxRssMB: Math.max(...results.map((r) => r.rssKiB)) / 1024,
    wallMs: median(results.map((r) => r.ms)),
    validations: last.validations.map((v) => `${v.name}: ${v.status}`),
    actionStdoutBytes: last.stdoutBytes
  }
}

export function outputRows(o) {
  return [
    {
      benchmark: '200 MB of step output',
      metric: `peak RSS of node dist/index.js (GNU time %M), median of ${o.runs}; max ${o.maxRssMB.toFixed(0)} MB; ${(o.wallMs / 1000).toFixed(1)} s`,
      value: `${o.peakRssMB.toFixed(0)} MB`,
      target: `≤ ${TARGET_RSS_MB} MB`,
      met: o.peakRssMB <= TARGET_RSS_MB
    }
  ]
}

if (isMain(import.meta)) {
  console.log(JSON.stringify(output(), null, 2))
}
