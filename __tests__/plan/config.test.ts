import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import yaml from 'js-yaml'
import { parseChecklist } from '../../src/checklist/parse.js'
import { ConfigurationError } from '../../src/errors.js'
import {
  describe as describeValue,
  loadConfig,
  parseConfig,
  parseDuration
} from '../../src/plan/config.js'
import { planValidations } from '../../src/plan/plan.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FIXTURES = path.join(ROOT, '__tests__/fixtures/config')
const FILE = '.github/readiness.yml'
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'schema/readiness.schema.json'), 'utf8')
) as Record<string, unknown>
// Strict, except that ajv's strictRequired does not see properties declared beside an anyOf.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
const validateSchema = ajv.compile(schema)
const validateDuration = ajv.getSchema(`${String(schema.$id)}#/$defs/duration`)!
const seed = parseChecklist(
  fs.readFileSync(path.join(ROOT, 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md'), 'utf8'),
  'PRODUCTION_CHECKLIST.md'
)

interface Fixture {
  name: string
  text: string
  /** The `# error: …` line the fixture expects, when it is an invalid one. */
  expected: string | null
  /** The YAML value, or undefined when the YAML itself does not parse. */
  data: unknown
  parses: boolean
}

function fixtures(kind: 'valid' | 'invalid' | 'plan-invalid'): Fixture[] {
  const dir = path.join(FIXTURES, kind)
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      let data: unknown
      let parses = true
      try {
        data = yaml.load(text, { schema: yaml.CORE_SCHEMA })
      } catch {
        parses = false
      }
      return { name, text, expected: /^# error: (.*)$/m.exec(text)?.[1] ?? null, data, parses }
    })
}

function errorOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, none was thrown')
}

describe('config fixtures: parseConfig and the JSON Schema agree', () => {
  const valid = fixtures('valid')
  const invalid = fixtures('invalid')
  const planInvalid = fixtures('plan-invalid')

  test('there are fixtures of every kind', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5)
    expect(invalid.length).toBeGreaterThanOrEqual(35)
    expect(planInvalid.length).toBeGreaterThanOrEqual(10)
    for (const fixture of [...invalid, ...planInvalid]) expect(fixture.expected).not.toBeNull()
  })

  test.each(valid.map((f) => [f.name, f] as const))(
    'valid/%s: schema accepts, parser accepts, plan builds',
    (_, fixture) => {
      expect(validateSchema(fixture.data)).toBe(true)
      const config = parseConfig(fixture.text, FILE)
      expect(() => planValidations(seed, config)).not.toThrow()
    }
  )

  test.each(invalid.map((f) => [f.name, f] as const))(
    'invalid/%s: schema rejects, parser gives the expected line',
    (_, fixture) => {
      const error = errorOf(() => parseConfig(fixture.text, FILE))
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toBe(fixture.expected)
      expect(error.message).not.toContain('\n')
      // YAML that does not parse never reaches the schema.
      if (fixture.parses) expect(validateSchema(fixture.data)).toBe(false)
      else expect(error.message).toContain('invalid YAML')
    }
  )

  test.each(planInvalid.map((f) => [f.name, f] as const))(
    'plan-invalid/%s: valid for the schema, refused when planned on the seed',
    (_, fixture) => {
      expect(validateSchema(fixture.data)).toBe(true)
      const config = parseConfig(fixture.text, FILE)
      const error = errorOf(() => planValidations(seed, config))
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error.message).toBe(fixture.expected)
      expect(error.message).not.toContain('\n')
    }
  )
})

describe('parseConfig', () => {
  test('reads every key, in kebab case, into the typed config with the line of each key', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'valid/full.yml'), 'utf8')
    const config = parseConfig(text, FILE)
    expect(config).toMatchObject({
      file: FILE,
      source: 'auto',
      timeoutMs: 20 * 60_000,
      concurrency: 2,
      gate: { requireValidations: true, requireItems: false },
      keyLines: { version: 2, source: 3, timeout: 4, concurrency: 5, gate: 6, validations: 9 }
    })
    expect(config.validations).toHaveLength(4)
    const [audit, tests, npmAudit, docs] = config.validations
    expect(audit).toMatchObject({
      id: 'security-audit',
      timeoutMs: 300_000,
      env: { CARGO_TERM_COLOR: 'never' },
      critical: true,
      lines: { entry: 10, keys: { id: 10, timeout: 11, env: 12, critical: 14 } }
    })
    expect(tests).toMatchObject({
      name: 'typescript tests',
      workingDirectory: 'clients/typescript',
      needs: ['typescript-build'],
      lines: { entry: 15, needs: [17] }
    })
    expect(npmAudit).toMatchObject({ id: 'npm-audit', disabled: true })
    expect(docs).toMatchObject({
      id: 'docs-build',
      name: 'Docs build',
      command: 'cargo doc --no-deps\ntest -d target/doc\n',
      timeoutMs: 600_000,
      needs: ['rust-build'],
      verifies: [82, 'Generate TypeScript docs'],
      critical: false,
      allowMutation: false,
      lines: {
        entry: 20,
        keys: { command: 22, timeout: 25, verifies: 28 },
        needs: [27],
        verifies: [29, 30]
      }
    })
  })

  test('lines are right for flow style, anchors and comments before the content', () => {
    const config = parseConfig(
      '# leading comment\n\n# another\nvalidations:\n  # the smoke test\n  - { id: smoke, command: ./smoke.sh }\n  -\n\n    id: later\n',
      FILE
    )
    expect(config.keyLines).toEqual({ validations: 4 })
    expect(config.validations.map((v) => v.lines?.entry)).toEqual([6, 9])
  })

  test('an error in the second of two anchored entries points at its own line', () => {
    const error = errorOf(() =>
      parseConfig('validations:\n  - &one\n    id: a\n  - id: b\n    critical: maybe\n', FILE)
    )
    expect(error.message).toBe(`${FILE}:5: 'critical' must be true or false (got "maybe")`)
  })

  test('an empty config file is refused, a config of comments alone too', () => {
    expect(errorOf(() => parseConfig('', FILE)).message).toBe(
      `${FILE}: must be a mapping of settings such as 'version: 1' and 'validations:' (got nothing); see schema/readiness.schema.json`
    )
    expect(errorOf(() => parseConfig('# nothing yet\n', FILE)).message).toBe(
      `${FILE}: must be a mapping of settings such as 'version: 1' and 'validations:' (got nothing); see schema/readiness.schema.json`
    )
  })

  test('long values are shortened in messages and strings are quoted as JSON', () => {
    expect(describeValue('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(57)}...`))
    expect(describeValue('a\nb')).toBe('"a\\nb"')
    expect(describeValue([1])).toBe('a list')
    expect(describeValue({})).toBe('a mapping')
    expect(describeValue(null)).toBe('nothing')
    expect(describeValue(false)).toBe('false')
  })

  test('a name of 100 characters is accepted, one of 101 is not, counted in characters', () => {
    const name = (n: number): string => `validations:\n  - name: "${'é'.repeat(n)}"\n`
    expect(parseConfig(name(100), FILE).validations[0]!.name).toHaveLength(100)
    expect(validateSchema(yaml.load(name(100)))).toBe(true)
    expect(errorOf(() => parseConfig(name(101), FILE)).message).toContain(
      `${FILE}:2: 'name' must be one line of text of at most 100 characters`
    )
    expect(validateSchema(yaml.load(name(101)))).toBe(false)
  })

  test('the schema and parseConfig accept exactly the same generated configs', () => {
    // Each key draws a valid value six times in seven, so whole configs are often valid too.
    const pick = (valid: unknown[], invalid: unknown[]): fc.Arbitrary<unknown> =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...valid), weight: 6 },
        { arbitrary: fc.constantFrom(...invalid), weight: 1 }
      )
    const duration = pick([600, 0.5, '20m', '90s', '86400'], ['25h', -5, 0, '1.5h', 'soon', null])
    const flag = pick([true, false], ['yes', 1, null])
    const entry = fc
      .record(
        {
          id: pick(['fmt', 'rust-tests'], ['Code Formatting', '', 'a--b', 'x'.repeat(65), 5]),
          name: pick(['Rust tests', 'é'.repeat(100)], ['', ' ', 'a\nb', 'é'.repeat(101), null]),
          command: pick(['cargo test', 'make\ncheck'], ['  ', '', ['a'], 'a\u0000b']),
          'working-directory': pick(['.', './x/', 'a..b'], ['/abs', 'a/../b', '..', 'a\nb', '']),
          timeout: duration,
          env: pick([{ A: '1' }, {}], [{ A: 1 }, { '1A': 'x' }, [], { A: null }, { A: 'a\u0000' }]),
          needs: pick([['fmt'], []], ['fmt', ['A b'], [1]]),
          verifies: pick([[12], ['Verify']], [[0], [''], [true], 'x', [1.5], [' ']]),
          critical: flag,
          disabled: flag,
          'allow-mutation': flag,
          comand: fc.constant('cargo test')
        },
        { requiredKeys: [] }
      )
      .map((value) => {
        // An unknown key now and then, not in half the entries.
        const { comand, ...rest } = value
        return comand !== undefined && Object.keys(rest).length % 5 === 0 ? value : rest
      })
    const root = fc.record(
      {
        version: pick([1], [2, '1']),
        source: pick(['auto', 'script', 'verify-items', 'config'], ['scripts']),
        timeout: duration,
        concurrency: pick([1, 64], [0, 65, 1.5, '2']),
        gate: pick([{}, { 'require-items': true }], [{ 'require-items': 'yes' }, [], { x: true }]),
        validations: fc.oneof(fc.array(entry, { maxLength: 3 }), fc.constantFrom({}, 'x', null))
      },
      { requiredKeys: [] }
    )
    let accepted = 0
    fc.assert(
      fc.property(root, (value) => {
        const text = yaml.dump(value)
        let parsed = true
        try {
          parseConfig(text, FILE)
        } catch (error) {
          if (!(error instanceof ConfigurationError)) throw error
          parsed = false
        }
        if (parsed) accepted++
        return parsed === validateSchema(yaml.load(text, { schema: yaml.CORE_SCHEMA }))
      }),
      { numRuns: 3000 }
    )
    // Both outcomes were exercised, not just rejections.
    expect(accepted).toBeGreaterThan(50)
  })
})

describe('durations', () => {
  test.each([
    [600, 600_000],
    [0.5, 500],
    ['600', 600_000],
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['1440m', 86_400_000],
    ['86400', 86_400_000],
    [86400, 86_400_000]
  ])('%p is %p ms', (value, ms) => {
    expect(parseDuration(value)).toBe(ms)
    expect(validateDuration(value)).toBe(true)
  })

  test.each([
    [0],
    [-5],
    ['0'],
    ['01m'],
    ['1.5h'],
    ['25h'],
    ['1441m'],
    ['86401'],
    ['86401s'],
    ['10 m'],
    [' 10m'],
    ['10M'],
    [''],
    [true],
    [null],
    [Infinity],
    [86400.5]
  ])('%p is refused', (value) => {
    expect(parseDuration(value)).toBeNull()
    expect(validateDuration(value)).toBe(false)
  })

  test('the schema pattern and parseDuration agree on any string or number', () => {
    const unit = fc.constantFrom('', 's', 'm', 'h', 'ms', 'd', ' ', 'M')
    const digits = fc.oneof(
      fc.integer({ min: 0, max: 200_000 }).map(String),
      fc.stringMatching(/^0?[0-9]{1,6}$/)
    )
    const shaped = fc.tuple(digits, unit).map(([d, u]) => d + u)
    const anyValue = fc.oneof(shaped, fc.string(), fc.double({ noNaN: false }), fc.integer())
    fc.assert(
      fc.property(anyValue, (value) => (parseDuration(value) !== null) === validateDuration(value)),
      { numRuns: 5000 }
    )
  })
})

describe('loadConfig', () => {
  // Made in beforeAll, not while Jest collects: a run that filters this block out (-t)
  // makes nothing.
  let dir = ''
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-config-'))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('a missing default config is no config', () => {
    expect(loadConfig(path.join(dir, 'absent.yml'), { required: false })).toBeNull()
  })

  test('a missing config that was asked for is an error naming it', () => {
    const file = path.join(dir, 'absent.yml')
    const error = errorOf(() => loadConfig(file, { required: true }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `Config file '${file}' does not exist; create it or point the 'config' input at your readiness config.`
    )
  })

  test('a directory is refused, even when not required', () => {
    const error = errorOf(() => loadConfig(dir, { required: false }))
    expect(error.message).toBe(
      `Config '${dir}' is not a file; point the 'config' input at a YAML file.`
    )
  })

  test('a file over 1 MiB is refused before it is parsed', () => {
    const file = path.join(dir, 'huge.yml')
    fs.writeFileSync(file, `# ${'x'.repeat(1024 * 1024)}\n`)
    expect(errorOf(() => loadConfig(file, { required: false })).message).toContain(
      'larger than 1 MiB'
    )
  })

  test('a real file is read and its path names it in messages', () => {
    const file = path.join(dir, 'readiness.yml')
    fs.writeFileSync(file, 'version: 1\nconcurrency: 3\n')
    expect(loadConfig(file, { required: true })).toMatchObject({ file, concurrency: 3 })
    fs.writeFileSync(file, 'version: 1\nconcurrency: 99\n')
    expect(errorOf(() => loadConfig(file, { required: false })).message).toBe(
      `${file}:2: 'concurrency' must be a whole number from 1 to 64 (got 99)`
    )
  })
})
