#!/usr/bin/env node
// Writes a realistic production checklist of (at least) a given size for the parser benchmark:
// seed-like numbered phases with priorities, sections, nested task items (Verify:/Run: commands,
// placeholders, some checked), plus the things a parser must step over: fenced code with
// task-shaped lines, tables with [ ] cells, HTML comments, block-quoted gates, sign-offs and a
// status section. Deterministic: the same size always gives the same file.
//
//   node bench/generate-checklist.mjs 1MiB [out.md]     (default out: bench/.tmp/checklist-1MiB.md)
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const UNITS = { B: 1, KiB: 1024, MiB: 1024 * 1024 }

export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KiB|MiB)?$/.exec(text)
  if (!match) throw new Error(`size '${text}' is not like 100KiB, 1MiB or 4096`)
  return Math.round(Number(match[1]) * UNITS[match[2] ?? 'B'])
}

/** mulberry32: a tiny seeded PRNG, so the benchmark input never changes between runs. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PRIORITIES = [
  '(MUST COMPLETE)',
  '(STRONGLY RECOMMENDED)',
  '(RECOMMENDED)',
  '',
  '[P2]',
  '(Optional)'
]
const AREAS = [
  'Security',
  'Code Quality',
  'Testing',
  'Build Verification',
  'Documentation',
  'Monitoring & Alerting'
]
const VERBS = [
  'Fix',
  'Review',
  'Document',
  'Configure',
  'Upgrade',
  'Remove',
  'Automate',
  'Validate'
]
const THINGS = [
  'protobuf dependency',
  'clippy warnings',
  'error handling',
  'TLS certificates',
  'log rotation',
  'backups'
]
const VERIFY = [
  'cargo fmt -- --check',
  'cargo audit',
  'npm test',
  'cargo test --all',
  'npm audit',
  'cargo build --release'
]

export function generateChecklist(targetBytes, seed = 20251129) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const box = () => (next() < 0.3 ? '[x]' : '[ ]')
  const out = [
    '# Production Deployment Checklist',
    '',
    '**Project:** Generated',
    '**Version:** 0.1.0',
    ''
  ]
  let size = out.join('\n').length
  const push = (...lines) => {
    out.push(...lines)
    size += lines.reduce((sum, line) => sum + line.length + 1, 0)
  }

  for (let phase = 1; size < targetBytes; phase++) {
    push(
      `### Phase ${phase}: ${pick(VERBS)} ${pick(THINGS)} ${PRIORITIES[phase % PRIORITIES.length]}`.trimEnd(),
      ''
    )
    const sections = 3 + Math.floor(next() * 3)
    for (let section = 0; section < sections; section++) {
      push(`#### ${pick(AREAS)}`)
      const items = 3 + Math.floor(next() * 4)
      for (let item = 0; item < items; item++) {
        push(`- ${box()} ${pick(VERBS)} ${pick(THINGS)} (${phase}.${section}.${item})`)
        const children = Math.floor(next() * 5)
        for (let child = 0; child < children; child++) {
          const roll = next()
          if (roll < 0.25) push(`  - ${box()} Verify: \`${pick(VERIFY)}\` passes`)
          else if (roll < 0.4) push(`  - ${box()} Run: \`${pick(VERIFY)} --fix\``)
          else if (roll < 0.5) push(`  - ${box()} Target: [SPECIFY] requests/second, owner [NAME]`)
          else push(`  - ${box()} ${pick(VERBS)} ${pick(THINGS)}`)
          if (next() < 0.2)
            push(
              `    - ${box()} ${pick(VERBS)} nested detail`,
              `      continuation line of the detail`
            )
        }
      }
      push('')
      const extra = next()
      if (extra < 0.15) {
        push(
          '```bash',
          '# - [ ] not a task: inside a fence',
          `${pick(VERIFY)}`,
          'echo "done"',
          '```',
          ''
        )
      } else if (extra < 0.25) {
        push(
          '| Step | Done | Owner |',
          '|------|------|-------|',
          `| ${pick(THINGS)} | [ ] | [NAME] |`,
          '| deploy | [x] | ops |',
          ''
        )
      } else if (extra < 0.32) {
        push('<!--', `- [ ] hidden in a comment ${phase}`, '-->', '')
      } else if (extra < 0.38) {
        push(`> **Gate:** ${pick(THINGS)}`, `> - ${box()} quoted gate item`, '')
      }
    }
    push('---', '')
  }

  push('## Sign-off Requirements', '')
  for (const role of ['Technical Lead', 'Security Team', 'QA Team']) {
    push(`### ${role} Sign-off`, '- [ ] All critical issues resolved', '- [ ] Tests passing', '')
    push('**Signed:** _________________ **Date:** _________', '')
  }
  push(
    '## Current Status',
    '',
    '**Overall Readiness:** NOT READY',
    '**Last Validation:** 2025-11-29',
    ''
  )
  push('### Blockers', '1. Protobuf security vulnerability', '2. Rust test compilation failure', '')
  return `${out.join('\n')}\n`
}

export function writeGeneratedChecklist(sizeText, outFile) {
  const file = outFile ?? path.join('bench', '.tmp', `checklist-${sizeText}.md`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, generateChecklist(parseSize(sizeText)))
  return file
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [sizeText = '1MiB', outFile] = process.argv.slice(2)
  console.log(writeGeneratedChecklist(sizeText, outFile))
}
