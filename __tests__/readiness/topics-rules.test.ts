// What a declared blocker or a validation is about, and when two of them are the same thing:
// the rules the "Current Status" comparison stands on. Written after mutation testing (npm run
// mutate) showed which keywords, tool names and thresholds no test told apart.
import {
  advisoriesIn,
  ecosystemsCompatible,
  matchSubjects,
  mergeSubjects,
  subjectOfText,
  subjectOfValidation,
  type Subject
} from '../../src/readiness/topics.js'

const subject = (overrides: Partial<Subject>): Subject => ({
  topic: null,
  ecosystems: [],
  advisories: [],
  words: [],
  ...overrides
})

describe('the topic of a declared blocker', () => {
  it.each([
    ['Protobuf security vulnerability (RUSTSEC-2024-0437)', 'audit'],
    ['29 clippy errors', 'clippy'],
    ['Code not formatted: cargo fmt reports diffs', 'fmt'],
    ['Rust test compilation failure', 'test'],
    ['Release build broken', 'build'],
    ['The executable does not start', 'cli'],
    ['The binary prints nothing for --help', 'cli'],
    ['Update the changelog wording', null]
  ])('%s → %s', (text, topic) => {
    expect(subjectOfText(text).topic).toBe(topic)
  })

  it.each([
    ['cargo clippy on the crate', ['rust']],
    ['one crate fails to build', ['rust']],
    ['npm audit reports GHSA-abcd-efgh-ijkl', ['npm']],
    ['the release notes', []]
  ])('%s is about ecosystems %j', (text, ecosystems) => {
    expect(subjectOfText(text).ecosystems).toEqual(ecosystems)
  })
})

describe('advisory ids', () => {
  it.each([
    ['RUSTSEC-2024-0437 in protobuf', ['RUSTSEC-2024-0437']],
    ['lower case rustsec-2024-0437', ['RUSTSEC-2024-0437']],
    ['GHSA-abcd-ef12-ijkl in lodash', ['GHSA-ABCD-EF12-IJKL']],
    ['CVE-2024-1234 and CVE-2023-123456', ['CVE-2024-1234', 'CVE-2023-123456']],
    ['the same twice: CVE-2024-1234, cve-2024-1234', ['CVE-2024-1234']],
    ['not ids: GHSA-abcd, CVE-24-1234, CVE-2024-12, CVE-abcd-1234', []]
  ])('%s → %j', (text, ids) => {
    expect(advisoriesIn(text)).toEqual(ids)
  })
})

describe('significant words', () => {
  it('drops stop words, generic verbs, numbers and words under three letters', () => {
    expect(
      subjectOfText('Fix the failing errors: ensure it should complete, ab 123 api 2fa v8x10').words
    ).toEqual(['api', '2fa', 'v8x10'])
  })

  it('splits on punctuation and trims dashes', () => {
    expect(subjectOfText('protobuf/decoder: --verbose-- flag, (parser)').words).toEqual([
      'protobuf',
      'decoder',
      'verbose',
      'flag',
      'parser'
    ])
  })
})

describe('the subject of a validation', () => {
  it.each([
    ['rustfmt', 'fmt'],
    ['clippy', 'clippy'],
    ['cargo-build', 'build'],
    ['npm-build', 'build'],
    ['cargo-test', 'test'],
    ['npm-test', 'test'],
    ['cargo-audit', 'audit'],
    ['npm-audit', 'audit'],
    ['cli', 'cli']
  ])('tool %s gives topic %s, whatever the command says', (tool, topic) => {
    expect(subjectOfValidation({ name: 'Step one', command: './ci.sh', tool }).topic).toBe(topic)
  })

  it('the tool wins over the command, the command over the name', () => {
    expect(
      subjectOfValidation({ name: 'Lint', command: 'cargo build', tool: 'cargo-test' }).topic
    ).toBe('test')
    expect(subjectOfValidation({ name: 'Lint', command: 'cargo build', tool: null }).topic).toBe(
      'build'
    )
    expect(
      subjectOfValidation({ name: 'Step one', command: 'cargo build', tool: null }).topic
    ).toBe('build')
    expect(subjectOfValidation({ name: 'Unit Tests', command: './ci.sh', tool: null }).topic).toBe(
      'test'
    )
  })

  it('reads command and name regardless of case', () => {
    expect(
      subjectOfValidation({ name: 'Step', command: 'CARGO CLIPPY --ALL', tool: null })
    ).toEqual({ topic: 'clippy', ecosystems: ['rust'], advisories: [], words: ['step'] })
    expect(subjectOfValidation({ name: 'Unit TESTS', command: './ci.sh', tool: null })).toEqual({
      topic: 'test',
      ecosystems: [],
      advisories: [],
      words: ['unit', 'tests']
    })
  })

  it('takes the ecosystem from the tool when the command does not say', () => {
    expect(
      subjectOfValidation({ name: 'Audit', command: './audit.sh', tool: 'cargo-audit' }).ecosystems
    ).toEqual(['rust'])
    expect(
      subjectOfValidation({ name: 'Audit', command: './audit.sh', tool: null }).ecosystems
    ).toEqual([])
  })
})

describe('merged subjects', () => {
  it('take the first topic that is not null and the union of the rest', () => {
    expect(
      mergeSubjects([
        subject({ words: ['alpha'], ecosystems: ['rust'] }),
        subject({ topic: 'test', words: ['alpha', 'beta'], advisories: ['CVE-2024-1234'] }),
        subject({ topic: 'build', ecosystems: ['npm', 'rust'] })
      ])
    ).toEqual({
      topic: 'test',
      ecosystems: ['rust', 'npm'],
      advisories: ['CVE-2024-1234'],
      words: ['alpha', 'beta']
    })
  })
})

describe('when a declared blocker and a computed one are the same thing', () => {
  const audit = subjectOfValidation({
    name: 'Security audit',
    command: 'cargo audit',
    tool: 'cargo-audit'
  })

  it('advisory ids on one side only do not stop a match by topic', () => {
    const declared = subjectOfText('Protobuf security vulnerability (RUSTSEC-2024-0437)')
    expect(matchSubjects(declared, audit)).toBe('topic: audit')
    expect(matchSubjects(audit, declared)).toBe('topic: audit')
  })

  it('advisory ids on both sides decide alone', () => {
    expect(
      matchSubjects(subjectOfText('RUSTSEC-2024-0437'), subjectOfText('audit: RUSTSEC-2024-0437'))
    ).toBe('RUSTSEC-2024-0437')
    expect(
      matchSubjects(
        subjectOfText('audit: RUSTSEC-2024-0437'),
        subjectOfText('audit: CVE-2024-1234')
      )
    ).toBeNull()
  })

  it('the same topic in incompatible ecosystems is not a match', () => {
    expect(matchSubjects(subjectOfText('npm audit'), audit)).toBeNull()
  })

  it.each([
    // shared words, words of a, words of b, expected
    [['protobuf', 'decoder'], ['protobuf', 'decoder'], 'words: protobuf, decoder'],
    // two shared words are half of the shorter side (four words): a match
    [['one', 'two', 'three', 'four'], ['one', 'two', 'five', 'six', 'seven'], 'words: one, two'],
    // the shorter side decides, not the longer: 2 of 2, although 2 of 6
    [['one', 'two'], ['one', 'two', 'three', 'four', 'five', 'six'], 'words: one, two'],
    // two shared words under half of both sides (five words each)
    [['one', 'two', 'three', 'four', 'five'], ['one', 'two', 'six', 'seven', 'eight'], null],
    // one shared word is never enough, even as the whole of a side
    [['protobuf'], ['protobuf', 'decoder'], null]
  ])('words %j and %j → %s', (a, b, expected) => {
    expect(matchSubjects(subject({ words: a }), subject({ words: b }))).toBe(expected)
  })
})

describe('compatible ecosystems', () => {
  it.each([
    [[], [], true],
    [[], ['rust'], true],
    [['rust'], [], true],
    [['rust'], ['npm'], false],
    [['rust', 'npm'], ['npm'], true],
    [['npm'], ['rust', 'npm'], true]
  ] as const)('%j and %j → %s', (a, b, expected) => {
    expect(
      ecosystemsCompatible(subject({ ecosystems: [...a] }), subject({ ecosystems: [...b] }))
    ).toBe(expected)
  })
})
