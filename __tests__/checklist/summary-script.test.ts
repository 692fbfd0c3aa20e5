// The CLI summary of a parsed checklist, and the rule that finds the checklist's validation script.
import { readFileSync } from 'node:fs'
import { parseChecklist } from '../../src/checklist/parse.js'
import { findValidationScript } from '../../src/checklist/validation-script.js'
import { formatChecklistSummary } from '../../src/checklist/parse-summary.js'
import { SEED } from './helpers.js'

describe('formatChecklistSummary', () => {
  const summary = formatChecklistSummary(
    parseChecklist(readFileSync(SEED, 'utf8'), 'PRODUCTION_CHECKLIST.md')
  )
  const lines = summary.split('\n')

  test('headline: file, title, size and progress', () => {
    expect(lines.slice(0, 2)).toEqual([
      'Checklist: PRODUCTION_CHECKLIST.md — Production Deployment Checklist',
      '410 lines, 230 task items, 0 checked'
    ])
  })

  test('one line per phase with checked/total, priority and line', () => {
    expect(summary).toContain('Phases (6):\n')
    expect(lines).toContain(
      '  Phase 1: Critical Fixes             0/33  critical (MUST COMPLETE)     line 11'
    )
    expect(lines).toContain(
      '  Phase 2: High Priority              0/29  high (STRONGLY RECOMMENDED)  line 56'
    )
    expect(lines).toContain(
      '  Phase 4: Pre-Production Validation  0/31  no priority                  line 129'
    )
  })

  test('placeholders grouped by line, sign-offs, script, status and blockers', () => {
    expect(lines).toContain('Placeholders: 24 unfilled on 14 lines')
    expect(lines).toContain('  line 335: _________________, _________')
    expect(lines).toContain('  line 398: [NAME], [EMAIL]')
    expect(lines).toContain('Sign-offs: 0/5 signed')
    expect(lines).toContain(
      '  Technical Lead   items 0/5  signed: blank (line 335)  date: blank (line 335)  line 328'
    )
    expect(lines).toContain(
      'Validation script: bash block at line 279 under "Quick Validation Script"'
    )
    expect(lines).toContain('Declared status (line 375): NOT READY (not ready)')
    expect(lines).toContain('  Blockers: 6')
    expect(lines).toContain('    line 387: NPM security issue (js-yaml)')
    expect(summary.endsWith('\n')).toBe(true)
  })

  test('control characters from the checklist are neutralised; long lists are cut with a count', () => {
    const items = Array.from({ length: 30 }, (_, i) => `- [ ] item [NAME] ${i}`).join('\n')
    const text = `# Evil \u001b[2J title\n\n## Phase 1: Go\n${items}\n`
    const output = formatChecklistSummary(parseChecklist(text, 'evil\u0007.md'))
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(output).toContain('Checklist: evil\uFFFD.md — Evil \uFFFD[2J title')
    expect(output).toContain('Placeholders: 30 unfilled on 30 lines')
    expect(output).toContain('  … and 10 more')
  })

  test('a checklist with none of the optional parts says so', () => {
    const output = formatChecklistSummary(parseChecklist('- [x] only\n', 'tiny.md'))
    expect(output).toContain('1 lines, 1 task items, 1 checked')
    expect(output).toContain('  tiny.md  1/1  no priority  line 1')
    for (const line of [
      'Placeholders: none',
      'Sign-offs: none',
      'Validation script: none found',
      'Declared status: none'
    ]) {
      expect(output.split('\n')).toContain(line)
    }
  })
})

describe('findValidationScript', () => {
  const find = (text: string) => findValidationScript(parseChecklist(text, 'x.md'))

  test('rule 1: a shell or unlabelled fence whose nearest heading mentions "validat"', () => {
    const text = '## Notes\n```bash\nls\n```\n## Validate\n```\ncargo test\n```\n- [ ] x\n'
    expect(find(text)).toMatchObject({
      lang: '',
      line: 6,
      heading: 'Validate',
      text: 'cargo test\n'
    })
  })

  test('rule 2: a labelled shell fence under any enclosing heading about checks or verification', () => {
    const text = '## Pre-release checks\n### Rust\n```sh\ncargo clippy -- -D warnings\n```\n'
    expect(find(text)).toMatchObject({ lang: 'sh', line: 3, heading: 'Rust' })
  })

  test('rule 1 wins over an earlier rule-2 block', () => {
    const text =
      '## Verify\n```bash\nnpm test\n```\n## Validation script\n```shell\ncargo test\n```\n'
    expect(find(text)?.line).toBe(6)
  })

  test('not a script: echo-only blocks, other languages, unlabelled blocks for rule 2, indented code', () => {
    expect(find('## Validation\n```bash\n# comment\necho "hi"\nset -e\n```\n')).toBeNull()
    expect(find('## Validation\n```powershell\ndotnet test\n```\n')).toBeNull()
    expect(find('## Pre-flight checks\n```\nDeno v1 is now getting released.\n```\n')).toBeNull()
    expect(find('## Validation\n\n    cargo test\n')).toBeNull()
    expect(find('# Nothing\n- [ ] x\n')).toBeNull()
  })

  test('console blocks with "$ " prompts count their commands', () => {
    expect(find('## Validation\n```console\n$ cargo test\n```\n')?.lang).toBe('console')
  })
})
