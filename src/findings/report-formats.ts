/**
 * The standard report formats most tools can write, recognised by their shape:
 *
 * - JUnit XML (<testsuites>/<testsuite> of <testcase> with <failure>, <error>, <skipped>): test
 *   runners of every language (Vitest, Jest, pytest, go-junit-report, Biome, …);
 * - Checkstyle XML (<checkstyle><file name><error line column severity message source/>): linters
 *   (Biome, ShellCheck, ESLint's checkstyle formatter);
 * - SARIF 2.1 ({"version": "2.1.0", "runs": [{tool, results}]}): linters and security scanners;
 * - ESLint JSON ([{filePath, messages: [{ruleId, severity, message, line, column}]}]);
 * - TAP ("TAP version 13", "ok 1 - …", "not ok 2 - …", "1..3").
 *
 * Each gives a section like a text reader's; a report read from a file names the file.
 */
import { fileURLToPath } from 'node:url'
import type { FindingSeverity } from '../validations/model.js'
import { arrayField, isObject, numberField, objectField, stringField } from './json-capture.js'
import { NodeTestOutput } from './node-test-output.js'
import { Diagnostics } from './reader.js'
import { FailureSet, emptyTally, testSection, type TestFailure } from './test-tally.js'
import { relativeToCwd, trailingPosition } from './parser-helpers.js'
import { plural } from '../wording.js'
import type { ToolSection } from './types.js'
import { descendants, parseXml, type XmlElement } from './xml.js'

/** Where a report came from, for its summary: "junit (vitest/junit.xml)". */
function label(format: string, producer: string | undefined, file: string | undefined): string {
  const details = [producer, file].filter((part) => part !== undefined && part !== '')
  return details.length === 0 ? format : `${format} (${details.join(', ')})`
}

/** The section for a report's text, or null when it is none of the formats. */
export function readReport(
  text: string,
  cwd: string | undefined,
  file?: string
): ToolSection | null {
  const start = text.trimStart()
  if (start.startsWith('<')) {
    const root = parseXml(start.slice(0, start.lastIndexOf('>') + 1))
    if (root === null) return null
    if (root.name === 'testsuites' || root.name === 'testsuite')
      return junitSection(root, cwd, file)
    if (root.name === 'checkstyle') return checkstyleSection(root, cwd, file)
    return null
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    const end = Math.max(start.lastIndexOf('}'), start.lastIndexOf(']'))
    let value: unknown
    try {
      value = JSON.parse(start.slice(0, end + 1))
    } catch {
      return null
    }
    if (isObject(value) && stringField(value, 'version')?.startsWith('2.1') === true) {
      return sarifSection(value, cwd, file)
    }
    if (Array.isArray(value) && value.length > 0 && value.every(isEslintFile)) {
      return eslintJsonSection(value, cwd, file)
    }
    return null
  }
  if (/^(?:TAP version \d+|1\.\.\d+|(?:not )?ok \d+)/.test(start))
    return tapSection(start, cwd, file)
  return null
}

function isEslintFile(value: unknown): boolean {
  return isObject(value) && typeof value.filePath === 'string' && Array.isArray(value.messages)
}

/** "test/slug.test.ts" from a testcase's file attribute, or pytest's dotted classname. */
function caseFile(testcase: XmlElement, suite: XmlElement | undefined): string | undefined {
  const file = testcase.attributes.file ?? suite?.attributes.file
  if (file !== undefined) return file
  // Vitest's classname and Biome's suite name are the file.
  for (const candidate of [testcase.attributes.classname, suite?.attributes.name]) {
    if (candidate !== undefined && /\.[cm]?[jt]sx?$|\.py$|\.go$|\.sh$/.test(candidate))
      return candidate
  }
  return undefined
}

/**
 * pytest's classname is the test's module ("tests.test_counting", or with the class appended):
 * its place is the first traceback entry "tests/test_counting.py:9: …" in that module.
 */
function pythonPlace(text: string, classname: string): { file: string; line: number } | null {
  for (const raw of text.split('\n').slice(0, 500)) {
    const entry = /^(\S+?)\.py:(\d+):/.exec(raw.trim())
    if (entry === null) continue
    const module = entry[1]!.replaceAll('/', '.')
    if (classname === module || classname.startsWith(`${module}.`)) {
      return { file: `${entry[1]!}.py`, line: Number(entry[2]) }
    }
  }
  return null
}

/** The failure's place from its text: the first "file:line[:col]" naming the test's file. */
function placeIn(text: string, file: string): { line: number; column?: number } | null {
  for (const raw of text.split('\n').slice(0, 200)) {
    const line = raw
      .trim()
      .replace(/^(?:❯|at) /, '')
      .replace(/^.*\(|\)$/g, '')
    if (line.length > 4096) continue
    const position = trailingPosition(line, '')
    if (position !== null && line.slice(0, position.index).endsWith(file)) {
      return { line: position.line, column: position.column }
    }
    const colon = /^(\S+?):(\d+):/.exec(line)
    if (colon !== null && colon[1]!.endsWith(file)) return { line: Number(colon[2]) }
  }
  return null
}

function junitSection(root: XmlElement, cwd: string | undefined, file?: string): ToolSection {
  const tally = emptyTally()
  const failures = new FailureSet()
  let errors = 0
  const suites = root.name === 'testsuite' ? [root] : descendants(root, 'testsuite')
  const cases = suites.length === 0 ? descendants(root, 'testcase') : []
  const all: [XmlElement, XmlElement | undefined][] = [
    ...suites.flatMap((suite) =>
      suite.children
        .filter((child) => child.name === 'testcase')
        .map((c) => [c, suite] as [XmlElement, XmlElement])
    ),
    ...cases.map((c) => [c, undefined] as [XmlElement, undefined])
  ]
  for (const [testcase, suite] of all) {
    const failure = testcase.children.find(
      (child) => child.name === 'failure' || child.name === 'error'
    )
    if (testcase.children.some((child) => child.name === 'skipped')) {
      tally.skipped++
      continue
    }
    if (failure === undefined) {
      tally.passed++
      continue
    }
    if (failure.name === 'error') errors++
    else tally.failed++
    failures.add(junitFailure(testcase, suite, failure, cwd))
  }
  tally.sawTotals = true
  const producer = root.attributes.name?.split(' ')[0]
  const section = testSection(label('junit', producer, file), 0, tally, failures)
  if (errors === 0) return section
  return {
    ...section,
    counts: { ...section.counts, errors },
    summary: `${section.summary}, ${plural(errors, 'error')}`
  }
}

function junitFailure(
  testcase: XmlElement,
  suite: XmlElement | undefined,
  failure: XmlElement,
  cwd: string | undefined
): TestFailure {
  const name = testcase.attributes.name ?? '(unnamed test)'
  const message = failure.attributes.message ?? failure.text.trim().split('\n')[0] ?? ''
  const result: TestFailure = { test: name, message: message === '' ? [] : [message] }
  const file = caseFile(testcase, suite)
  if (file === undefined) {
    const classname = testcase.attributes.classname
    const place = classname === undefined ? null : pythonPlace(failure.text, classname)
    if (place !== null) {
      result.file = relativeToCwd(place.file, cwd)
      result.line = place.line
    }
    return result
  }
  result.file = relativeToCwd(file, cwd)
  const line = Number(testcase.attributes.line)
  if (Number.isInteger(line) && line > 0) {
    result.line = line
    const column = Number(testcase.attributes.column)
    if (Number.isInteger(column) && column > 0) result.column = column
    return result
  }
  const place = placeIn(failure.text, file)
  if (place !== null) {
    result.line = place.line
    if (place.column !== undefined) result.column = place.column
  }
  return result
}

function severityOf(level: string | undefined): FindingSeverity {
  if (level === 'error' || level === 'fatal') return 'error'
  if (level === 'warning' || level === 'warn') return 'warning'
  return 'notice'
}

function diagnosticsSummary(diagnostics: Diagnostics): Record<string, number> {
  return {
    errors: diagnostics.errors,
    warnings: diagnostics.warnings,
    notices: diagnostics.notices
  }
}

function checkstyleSection(root: XmlElement, cwd: string | undefined, file?: string): ToolSection {
  const diagnostics = new Diagnostics(cwd)
  let producer: string | undefined
  for (const fileElement of root.children.filter((child) => child.name === 'file')) {
    const name = fileElement.attributes.name
    for (const error of fileElement.children.filter((child) => child.name === 'error')) {
      const line = Number(error.attributes.line)
      const column = Number(error.attributes.column)
      const source = error.attributes.source
      producer ??= source?.includes('.') === true ? source.split('.')[0] : undefined
      diagnostics.add({
        severity: severityOf(error.attributes.severity),
        message: error.attributes.message ?? '',
        ...(source === undefined ? {} : { code: source }),
        ...(name === undefined ? {} : { file: name }),
        ...(Number.isInteger(line) && line > 0 ? { line } : {}),
        ...(Number.isInteger(column) && column > 0 && line > 0 ? { column } : {})
      })
    }
  }
  return diagnostics.section(
    label('checkstyle', producer, file),
    0,
    diagnostics.describe(),
    diagnosticsSummary(diagnostics)
  )
}

function uriPath(uri: string): string {
  if (!uri.startsWith('file:')) return decodeURIComponent(uri)
  try {
    return fileURLToPath(uri)
  } catch {
    return uri
  }
}

function sarifSection(
  log: Record<string, unknown>,
  cwd: string | undefined,
  file?: string
): ToolSection {
  const diagnostics = new Diagnostics(cwd)
  const producers: string[] = []
  for (const run of arrayField(log, 'runs')) {
    const name = stringField(objectField(objectField(run, 'tool'), 'driver'), 'name')
    if (name !== undefined && !producers.includes(name)) producers.push(name)
    for (const result of arrayField(run, 'results')) {
      const text = stringField(objectField(result, 'message'), 'text') ?? ''
      const physical = objectField(arrayField(result, 'locations')[0], 'physicalLocation')
      const uri = stringField(objectField(physical, 'artifactLocation'), 'uri')
      const region = objectField(physical, 'region')
      const line = numberField(region, 'startLine')
      const column = numberField(region, 'startColumn')
      const endLine = numberField(region, 'endLine')
      const ruleId = stringField(result, 'ruleId')
      diagnostics.add({
        // SARIF's default level is "warning".
        severity: severityOf(stringField(result, 'level') ?? 'warning'),
        message: text,
        ...(ruleId === undefined ? {} : { code: ruleId }),
        ...(uri === undefined ? {} : { file: uriPath(uri) }),
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
        ...(endLine === undefined ? {} : { endLine })
      })
    }
  }
  return diagnostics.section(
    label('sarif', producers.join(', '), file),
    0,
    diagnostics.describe(),
    diagnosticsSummary(diagnostics)
  )
}

function eslintJsonSection(files: unknown[], cwd: string | undefined, file?: string): ToolSection {
  const diagnostics = new Diagnostics(cwd)
  for (const entry of files) {
    const filePath = stringField(entry, 'filePath')
    for (const message of arrayField(entry, 'messages')) {
      const line = numberField(message, 'line')
      const column = numberField(message, 'column')
      const endLine = numberField(message, 'endLine')
      const ruleId = stringField(message, 'ruleId')
      diagnostics.add({
        severity: numberField(message, 'severity') === 2 ? 'error' : 'warning',
        message: stringField(message, 'message') ?? '',
        ...(ruleId === undefined ? {} : { code: ruleId }),
        ...(filePath === undefined ? {} : { file: filePath }),
        ...(line === undefined || line < 1 ? {} : { line }),
        ...(column === undefined || line === undefined || line < 1 ? {} : { column }),
        ...(endLine === undefined ? {} : { endLine })
      })
    }
  }
  return diagnostics.section(label('eslint', undefined, file), 0, diagnostics.describe(), {
    errors: diagnostics.errors,
    warnings: diagnostics.warnings
  })
}

function tapSection(text: string, cwd: string | undefined, file?: string): ToolSection {
  const tally = emptyTally()
  const failures = new FailureSet()
  const output = new NodeTestOutput(tally, failures, cwd)
  let ok = 0
  let notOk = 0
  for (const line of text.split('\n')) {
    output.line(line)
    if (/^ok \d+/.test(line) && !/# (?:SKIP|TODO)\b/i.test(line)) ok++
    else if (/^not ok \d+/.test(line) && !/# (?:SKIP|TODO)\b/i.test(line)) notOk++
  }
  output.finish()
  // Without "# pass"/"# fail" totals, the top-level "ok"/"not ok" lines are the counts.
  if (!tally.sawTotals) {
    tally.passed = ok
    tally.failed = notOk
    tally.sawTotals = true
  }
  return testSection(label('tap', undefined, file), 0, tally, failures)
}
