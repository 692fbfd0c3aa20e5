/**
 * Standard report formats, as the real tools wrote them (Vitest's and pytest's JUnit XML, Biome's
 * JUnit, Checkstyle and SARIF, ShellCheck's Checkstyle, ESLint's JSON, Mocha's TAP): read from
 * the output itself or from the report files a step names, and well-known default paths; and
 * the careful fallback for unknown tools.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { readReport } from '../../src/findings/report-formats.js'
import { parseXml } from '../../src/findings/xml.js'
import { fixtureText, runParser } from './fixtures.js'

const APP = '/tmp/readiness-gate-fixtures/node-ts-app'
const places = (findings: Finding[]) =>
  findings.map(
    (f) =>
      `${f.file ?? '-'}:${f.line ?? '-'}${f.column ? `:${f.column}` : ''} ${f.code ?? f.test ?? ''}`
  )

describe('readReport', () => {
  it.each([
    [
      'vitest/failing-junit.xml',
      APP,
      'junit (vitest): 1 failed, 4 passed, 1 skipped',
      ['test/slug.test.ts:10:37 slugify > drops accents']
    ],
    [
      'pytest/failing-junit.xml',
      '/tmp/readiness-gate-fixtures/python-app',
      'junit: 3 failed, 4 passed, 1 skipped',
      [
        'tests/test_counting.py:9 test_counts_words',
        'tests/test_counting.py:21 test_empty_text_takes_no_time',
        'tests/test_unittest_style.py:10 test_ignores_punctuation'
      ]
    ],
    [
      'biome/junit.xml',
      APP,
      'junit (Biome): 1 failed, 0 passed',
      ['src/duration.ts:10:10 org.biome.lint.suspicious.noDoubleEquals']
    ],
    [
      'biome/checkstyle.xml',
      APP,
      'checkstyle: 2 errors',
      ['src/duration.ts:10:10 lint/suspicious/noDoubleEquals', 'src/slug.ts:- format']
    ],
    [
      'biome/sarif.json',
      APP,
      'sarif (Biome): 2 errors',
      ['src/duration.ts:10:10 lint/suspicious/noDoubleEquals', 'src/slug.ts:- format']
    ],
    [
      'shellcheck/checkstyle.xml',
      '/tmp/readiness-gate-fixtures/go-module',
      'checkstyle (ShellCheck): 2 warnings, 1 notice',
      [
        'scripts/release.sh:7:1 ShellCheck.SC2034',
        'scripts/release.sh:8:4 ShellCheck.SC2046',
        'scripts/release.sh:9:15 ShellCheck.SC2086'
      ]
    ],
    [
      'eslint/report.json',
      APP,
      'eslint: 3 errors',
      [
        'src/slug.ts:3:7 prefer-const',
        'src/slug.ts:3:7 @typescript-eslint/no-unused-vars',
        'src/slug.ts:3:15 @typescript-eslint/no-explicit-any'
      ]
    ],
    [
      'mocha/tap.txt',
      APP,
      'tap: 1 failed, 2 passed',
      ['legacy-test/range.spec.js:10:12 range takes a step']
    ]
  ])('%s', (name, cwd, summary, expected) => {
    const section = readReport(fixtureText(name), cwd)
    expect(section?.summary).toBe(summary)
    expect(places(section!.findings)).toEqual(expected)
  })

  it('is not fooled by other JSON or XML', () => {
    expect(readReport('{"auditReportVersion": 2}', undefined)).toBeNull()
    expect(readReport('<html><body/></html>', undefined)).toBeNull()
    expect(readReport('<testsuites><testsuite>', undefined)).toBeNull()
    expect(readReport('plain text', undefined)).toBeNull()
  })
})

describe('the XML reader', () => {
  it('decodes entities and CDATA, skips comments and DOCTYPEs without expanding them', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY boom "BOOM">]><!-- c --><a k="&lt;&#65;&#x42;&apos;"><b><![CDATA[<raw> &amp;]]></b>&boom;</a>'
    )
    expect(root?.attributes.k).toBe("<AB'")
    expect(root?.children[0]?.text).toBe('<raw> &amp;')
    expect(root?.text).toBe('&boom;')
  })

  it('gives null for malformed documents', () => {
    for (const text of ['<a><b></a>', '<a', '<a x=1/>', '<a/><b/>', '<a><!-- x</a>']) {
      expect(parseXml(text)).toBeNull()
    }
  })
})

describe('reports in the output and in files', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-reports-'))
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reads a report printed as the output (`eslint -f json`)', () => {
    const report = runParser(
      toolFor('npx eslint -f json .'),
      'npx eslint -f json .',
      fixtureText('eslint/report.json'),
      1,
      {
        cwd: APP
      }
    )
    expect(report.summary).toBe('eslint: 3 errors')
  })

  it('reads the report files a step names, written during the step, beside its output', () => {
    const command = 'npx vitest run --reporter=junit --outputFile=out/junit.xml'
    const collector = toolFor(command).create(command, { cwd: dir, reports: ['out/junit.xml'] })
    fs.mkdirSync(path.join(dir, 'out'))
    fs.writeFileSync(path.join(dir, 'out', 'junit.xml'), fixtureText('vitest/failing-junit.xml'))
    collector.line('some progress line')
    const report = collector.finish(1)
    expect(report.summary).toBe('junit (vitest, out/junit.xml): 1 failed, 4 passed, 1 skipped')
    expect(places(report.findings)).toEqual(['test/slug.test.ts:10:37 slugify > drops accents'])
  })

  it('ignores a report left by an earlier run, and one outside the working directory', () => {
    const file = path.join(dir, 'junit.xml')
    fs.writeFileSync(file, fixtureText('vitest/failing-junit.xml'))
    const old = new Date(Date.now() - 3_600_000)
    fs.utimesSync(file, old, old)
    const collector = toolFor('make test').create('make test', {
      cwd: dir,
      reports: ['junit.xml', '../x.xml']
    })
    expect(collector.finish(1).summary).toBe('exit 1')
  })

  it('picks up a well-known default path when the output said nothing recognisable', () => {
    const collector = toolFor('make test').create('make test', { cwd: dir })
    fs.writeFileSync(path.join(dir, 'junit.xml'), fixtureText('vitest/failing-junit.xml'))
    expect(collector.finish(1).summary).toBe(
      'junit (vitest, junit.xml): 1 failed, 4 passed, 1 skipped'
    )
  })
})

describe('the generic fallback for unknown tools', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-generic-'))
    fs.mkdirSync(path.join(dir, 'src'))
    fs.writeFileSync(path.join(dir, 'src', 'main.c'), 'int main(void) { return x; }\n')
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('takes file:line:col: level: message and file(line,col): message for files that exist', () => {
    const output = [
      "src/main.c:1:25: error: 'x' undeclared (first use in this function)",
      'src/main.c(1,18): warning C4716: must return a value',
      'src/missing.c:3:1: error: no such file, no finding'
    ].join('\n')
    const report = runParser(toolFor('make'), 'make', output, 2, { cwd: dir })
    expect(report.summary).toBe('make: 1 error, 1 warning')
    expect(places(report.findings)).toEqual(['src/main.c:1:25 ', 'src/main.c:1:18 '])
  })

  it('a log line that merely looks like `path:1: text` yields no finding', () => {
    const output = [
      'retry:1: error: connection refused',
      'note:1: waiting',
      'Step 2/5:1: warning: slow'
    ].join('\n')
    const report = runParser(toolFor('./deploy.sh'), './deploy.sh', output, 1, { cwd: dir })
    expect(report.findings).toEqual([])
    expect(report.summary).toBe('exit 1')
  })

  it('is not used when a reader recognised the output', () => {
    const output = [
      'src/main.c:1:25: error: x',
      'Found 1 error in src/main.c:1',
      'src/main.c(1,25): error TS2304: x'
    ].join('\n')
    expect(runParser(toolFor('make'), 'make', output, 2, { cwd: dir }).summary).toBe('tsc: 1 error')
  })
})

describe('config `reports`: a validation names the report files it writes', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-config-reports-'))
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('is read after the step runs, through the planner and the scheduler', async () => {
    const { evaluateReadiness } = await import('../../src/gate.js')
    fs.writeFileSync(path.join(dir, 'junit-source.xml'), fixtureText('vitest/failing-junit.xml'))
    fs.writeFileSync(
      path.join(dir, 'PRODUCTION_CHECKLIST.md'),
      [
        '# Production Deployment Checklist',
        '',
        '### Phase 1: Critical Fixes (MUST COMPLETE)',
        '- [ ] Tests pass',
        '',
        '### Quick Validation Script',
        '```bash',
        'echo "1. Tests..."',
        'mkdir -p out && cp junit-source.xml out/junit.xml && exit 1',
        '```',
        ''
      ].join('\n')
    )
    fs.mkdirSync(path.join(dir, '.github'))
    fs.writeFileSync(
      path.join(dir, '.github', 'readiness.yml'),
      'version: 1\nvalidations:\n  - id: tests\n    reports: [out/junit.xml]\n'
    )
    const outcome = await evaluateReadiness({
      checklistPath: path.join(dir, 'PRODUCTION_CHECKLIST.md'),
      configPath: path.join(dir, '.github', 'readiness.yml'),
      configRequired: true,
      root: dir,
      runValidations: true,
      refuseCommands: null,
      concurrency: 1
    })
    expect(outcome.plan.validations.map((v) => [v.id, v.reports])).toEqual([
      ['tests', ['out/junit.xml']]
    ])
    const [result] = outcome.results
    expect(result?.report.summary).toBe(
      'junit (vitest, out/junit.xml): 1 failed, 4 passed, 1 skipped'
    )
  })
})
