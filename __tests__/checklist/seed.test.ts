// The model case: examples/llm-memory-graph/PRODUCTION_CHECKLIST.md, every expectation counted by
// hand from the file.
import { readFileSync } from 'node:fs'
import { allItems, phaseItems, type Checklist } from '../../src/checklist/model.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { findValidationScript } from '../../src/checklist/validation-script.js'
import { SEED } from './helpers.js'

const file = 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md'
const checklist: Checklist = parseChecklist(readFileSync(SEED, 'utf8'), file)
const commands = allItems(checklist).flatMap((item) => item.commands)

test('title, file and line count', () => {
  expect(checklist.title).toBe('Production Deployment Checklist')
  expect(checklist.file).toBe(file)
  expect(checklist.lineCount).toBe(410)
})

test('six numbered phases with their titles, lines and priorities', () => {
  expect(
    checklist.phases.map((phase) => [
      phase.number,
      phase.title,
      phase.line,
      phase.priority.level,
      phase.priority.label
    ])
  ).toEqual([
    [1, 'Critical Fixes', 11, 'critical', 'MUST COMPLETE'],
    [2, 'High Priority', 56, 'high', 'STRONGLY RECOMMENDED'],
    [3, 'Medium Priority', 95, 'medium', 'RECOMMENDED'],
    [4, 'Pre-Production Validation', 129, 'none', null],
    [5, 'Deployment Preparation', 170, 'none', null],
    [6, 'Deployment Execution', 224, 'none', null]
  ])
  expect(checklist.phases[0]?.heading).toBe('Phase 1: Critical Fixes (MUST COMPLETE)')
})

test('230 task items, none checked; 205 in phases and 25 in the sign-offs', () => {
  const items = allItems(checklist)
  expect(items).toHaveLength(230)
  expect(items.filter((item) => item.checked)).toHaveLength(0)
  expect(checklist.phases.map((phase) => phaseItems(phase).length)).toEqual([
    33, 29, 26, 31, 44, 42
  ])
})

test('phase 1 sections and nesting', () => {
  const phase = checklist.phases[0]!
  expect(phase.sections.map((section) => [section.title, section.level, section.line])).toEqual([
    ['Phase 1: Critical Fixes (MUST COMPLETE)', 3, 11],
    ['Security', 4, 13],
    ['Code Quality', 4, 22],
    ['Testing', 4, 31],
    ['Build Verification', 4, 42]
  ])
  const security = phase.sections[1]!.items
  expect(security.map((item) => [item.line, item.text, item.children.length])).toEqual([
    [14, 'Fix RUSTSEC-2024-0437 (protobuf vulnerability)', 3],
    [18, 'Fix NPM js-yaml vulnerability', 2]
  ])
  expect(security[0]?.children.map((child) => [child.line, child.depth])).toEqual([
    [15, 1],
    [16, 1],
    [17, 1]
  ])
})

test('every Verify: command has role verify, every Run: command role fix, with lines', () => {
  expect(commands.filter((command) => command.role === 'verify')).toEqual([
    { text: 'cargo audit', role: 'verify', line: 17 },
    { text: 'npm audit', role: 'verify', line: 20 },
    { text: 'cargo fmt -- --check', role: 'verify', line: 25 },
    { text: 'cargo clippy --all-targets --all-features -- -D warnings', role: 'verify', line: 29 },
    { text: 'cargo test --all', role: 'verify', line: 34 },
    { text: 'npm test', role: 'verify', line: 40 },
    { text: './target/release/llm-memory-graph --help', role: 'verify', line: 52 }
  ])
  expect(commands.filter((command) => command.role === 'fix')).toEqual([
    { text: 'npm audit fix', role: 'fix', line: 19 },
    { text: 'cargo fmt', role: 'fix', line: 24 },
    { text: 'cargo clippy --all-targets --all-features --fix', role: 'fix', line: 27 },
    { text: 'cargo clean && cargo build --release --all', role: 'fix', line: 44 },
    { text: 'npm run clean && npm run build', role: 'fix', line: 47 }
  ])
  expect(
    commands.filter((command) => command.role === 'mention').map((command) => command.line)
  ).toEqual([50, 51, 133, 134])
})

test('the validation script block is found', () => {
  const script = findValidationScript(checklist)
  expect(script).toMatchObject({
    lang: 'bash',
    info: 'bash',
    line: 279,
    contentLine: 280,
    heading: 'Quick Validation Script'
  })
  expect(script?.text.startsWith('#!/bin/bash\nset -e\n')).toBe(true)
  expect(script?.text).toContain('cargo clippy --all-targets --all-features -- -D warnings\n')
  expect(script?.text.endsWith('echo "=== All validations passed! ==="\n')).toBe(true)
  expect(checklist.codeBlocks.map((block) => [block.lang, block.line, block.heading])).toEqual([
    ['bash', 279, 'Quick Validation Script'],
    ['bash', 319, 'Save and run:']
  ])
})

test('placeholders, counted by hand: [SPECIFY]×3, [NAME]×5, [EMAIL]×5, [PHONE/PAGER]×1, underscores×10', () => {
  const at = (text: string): number[] =>
    checklist.placeholders
      .filter((placeholder) => placeholder.text === text)
      .map((placeholder) => placeholder.line)
  expect(at('[SPECIFY]')).toEqual([148, 152, 153])
  expect(at('[NAME]')).toEqual([398, 399, 400, 401, 402])
  expect(at('[EMAIL]')).toEqual([398, 399, 400, 401, 402])
  expect(at('[PHONE/PAGER]')).toEqual([404])
  const underscores = checklist.placeholders.filter((placeholder) => /^_+$/.test(placeholder.text))
  expect(underscores.map((placeholder) => placeholder.line)).toEqual([
    335, 335, 344, 344, 353, 353, 362, 362, 371, 371
  ])
  expect(checklist.placeholders).toHaveLength(24)
  expect(checklist.placeholders[0]).toEqual({
    text: '[SPECIFY]',
    line: 148,
    context: '- [ ] Target: [SPECIFY] requests/second'
  })
})

test('five sign-offs with five items each, all unsigned and undated', () => {
  expect(
    checklist.signOffs.map((signOff) => [
      signOff.role,
      signOff.line,
      signOff.items.length,
      signOff.signed.line
    ])
  ).toEqual([
    ['Technical Lead', 328, 5, 335],
    ['Security Team', 337, 5, 344],
    ['QA Team', 346, 5, 353],
    ['Operations Team', 355, 5, 362],
    ['Product Owner', 364, 5, 371]
  ])
  for (const signOff of checklist.signOffs) {
    expect(signOff.signed).toMatchObject({ filled: false, value: '_________________' })
    expect(signOff.date).toMatchObject({
      filled: false,
      value: '_________',
      line: signOff.signed.line
    })
  }
})

test('declared status NOT READY with its six blockers', () => {
  expect(checklist.status).toEqual({
    line: 375,
    overallReadiness: 'NOT READY',
    ready: false,
    lastValidation: '2025-11-29',
    nextSteps: 'Complete Phase 1 critical fixes',
    blockers: [
      { text: 'Protobuf security vulnerability (RUSTSEC-2024-0437)', line: 382 },
      { text: 'Rust test compilation failure', line: 383 },
      { text: 'TypeScript test failures (6/6 suites)', line: 384 },
      { text: '29 clippy errors', line: 385 },
      { text: 'Code formatting violations', line: 386 },
      { text: 'NPM security issue (js-yaml)', line: 387 }
    ]
  })
})

test('sections outside phases, in document order', () => {
  expect(checklist.sections.map((section) => section.line)).toEqual([
    1, 9, 276, 278, 318, 326, 328, 337, 346, 355, 364, 375, 381, 389, 396
  ])
})

test('the model is plain JSON data', () => {
  expect(JSON.parse(JSON.stringify(checklist))).toEqual(checklist)
})
