// The GitHub evidence section as a reader of the PR comment sees it: ticked items GitHub
// contradicts, unticked ones GitHub says are done ("tick it"), what GitHub did not confirm (folded),
// and the closing count of references and API calls. Built from a real parse, the references the
// items name, GitHub's answers as given (no HTTP: __tests__/github/evidence.test.ts has that edge)
// and a real assessment; item text and evidence are escaped, only https links are linked.
import { describe, expect, test } from '@jest/globals'
import { parseChecklist } from '../../src/checklist/parse.js'
import { allItems } from '../../src/checklist/model.js'
import { findItemReferences, referenceKey } from '../../src/checklist/github-references.js'
import { assess, DEFAULT_GATE_RULES } from '../../src/readiness/assess.js'
import type { Assessment } from '../../src/readiness/model.js'
import type {
  CheckLookup,
  GitHubLookups,
  IssueLookup
} from '../../src/readiness/github-evidence.js'
import { githubEvidenceSection } from '../../src/report/evidence-section.js'
import { DETAIL_LEVELS } from '../../src/report/levels.js'
import { context } from './cases.js'

const CRITICAL = '## Phase 1: Critical (MUST COMPLETE)\n\n'
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const RICH = DETAIL_LEVELS[0]!
const SCOPE = { owner: 'octo', repo: 'shop', serverUrl: 'https://github.com', checklistDir: '' }

const issue = (number: number): string =>
  referenceKey({ kind: 'issue', owner: 'octo', repo: 'shop', number })
const check = (name: string): string => referenceKey({ kind: 'check', name })
const issueUrl = (number: number): string => `https://github.com/octo/shop/issues/${number}`
const open = (number: number): IssueLookup => ({
  kind: 'issue',
  state: 'open',
  stateReason: null,
  url: issueUrl(number)
})
const closed = (number: number): IssueLookup => ({
  kind: 'issue',
  state: 'closed',
  stateReason: 'COMPLETED',
  url: issueUrl(number)
})

interface Answers {
  issues?: [string, IssueLookup][]
  checks?: [string, CheckLookup][]
  files?: [string, boolean][]
  apiCalls?: number
}

function lookups(answers: Answers): GitHubLookups {
  return {
    issues: new Map(answers.issues ?? []),
    checks: new Map(answers.checks ?? []),
    files: new Map(answers.files ?? []),
    headSha: HEAD,
    unreadable: [],
    apiCalls: answers.apiCalls ?? 1,
    repository: { owner: 'octo', repo: 'shop' }
  }
}

function assessed(markdown: string, read: GitHubLookups | null): Assessment {
  const checklist = parseChecklist(markdown, 'C.md')
  return assess({
    checklist,
    validations: [],
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    github: { items: findItemReferences(allItems(checklist), SCOPE), lookups: read }
  })
}

function render(assessment: Assessment, level = RICH, overrides = {}): string {
  return githubEvidenceSection(assessment, context(overrides), level)
}

const MIXED = [
  CRITICAL,
  '- [x] Fix the *login* bug #12\n',
  '- [ ] Close #13 <b>now</b>\n',
  '- [x] Ship #14\n',
  '- [ ] Docs #15\n',
  '- [x] The `build` check passes\n',
  '- [ ] [Guide](docs/guide.md) written\n',
  '- [ ] Both #16 and #17\n'
].join('')
const ZWJ = '\u200d'

function mixedAnswers(): GitHubLookups {
  return lookups({
    issues: [
      [issue(12), open(12)],
      [issue(13), closed(13)],
      [issue(14), closed(14)],
      [issue(15), open(15)],
      [issue(16), closed(16)],
      [issue(17), open(17)]
    ],
    checks: [
      [
        check('build'),
        {
          kind: 'run',
          status: 'completed',
          conclusion: 'failure',
          url: 'javascript:alert(1)//https://x'
        }
      ]
    ],
    apiCalls: 7
  })
}

describe('GitHub consulted', () => {
  test('contradicted, tick-it and unconfirmed references listed; agreeing ones counted; text escaped, only https linked', () => {
    // Item 9 has one reference done (#16) and one open (#17): it is not "tick it" (that needs
    // every reference done), and its #16 counts among the references agreeing with the item.
    expect(render(assessed(MIXED, mixedAnswers()))).toBe(
      [
        '**Ticked, contradicted by GitHub** (2)',
        '',
        `- ☑ Fix the \\*login\\* bug #${ZWJ}12 (line 3) — [issue #${ZWJ}12 is open](https://github.com/octo/shop/issues/12)`,
        "- ☑ The `build` check passes (line 7) — check 'build' concluded failure on a1b2c3d",
        '',
        '**Done on GitHub — tick it** (1)',
        '',
        `- ☐ Close #${ZWJ}13 &lt;b&gt;now&lt;/b&gt; (line 4) — [issue #${ZWJ}13 is closed](https://github.com/octo/shop/issues/13)`,
        '',
        '<details>',
        '<summary>1 reference GitHub did not confirm</summary>',
        '',
        '- ? \\[Guide\\](docs/guide.md) written (line 8) — docs/guide.md could not be looked up',
        '',
        '</details>',
        '',
        '**GitHub evidence:** 8 references to GitHub checked in 7 API calls; 4 agree with their tick.'
      ].join('\n')
    )
  })

  test('one reference, one API call: singular words; nothing to list but the count', () => {
    const md = `${CRITICAL}- [x] Ship #14\n`
    expect(render(assessed(md, lookups({ issues: [[issue(14), closed(14)]] })))).toBe(
      '**GitHub evidence:** 1 reference to GitHub checked in 1 API call; 1 agree with their tick.'
    )
  })

  test('unconfirmed references alone: the folded list and the count, plural', () => {
    const md = `${CRITICAL}- [x] Ship #14 and #15\n`
    expect(render(assessed(md, lookups({ apiCalls: 0 })))).toBe(
      [
        '<details>',
        '<summary>2 references GitHub did not confirm</summary>',
        '',
        `- ? Ship #${ZWJ}14 and #${ZWJ}15 (line 3) — \\#${ZWJ}14 could not be read`,
        `- ? Ship #${ZWJ}14 and #${ZWJ}15 (line 3) — \\#${ZWJ}15 could not be read`,
        '',
        '</details>',
        '',
        '**GitHub evidence:** 2 references to GitHub checked in 0 API calls; 0 agree with their tick.'
      ].join('\n')
    )
  })

  test('item lines link to the checklist at the commit; a link destination is made inert', () => {
    const md = `${CRITICAL}- [x] The \`build\` check passes\n`
    const url = 'https://ci.example/run(1) "x"'
    const answers = lookups({
      checks: [[check('build'), { kind: 'run', status: 'completed', conclusion: 'failure', url }]]
    })
    expect(
      render(assessed(md, answers), RICH, { repository: 'octo/shop', sha: HEAD }).split('\n')[2]
    ).toBe(
      `- ☑ The \`build\` check passes ([line 3](https://github.com/octo/shop/blob/${HEAD}/examples/llm-memory-graph/PRODUCTION_CHECKLIST.md#L3)) — [check 'build' concluded failure on a1b2c3d](https://ci.example/run%281%29%20%22x%22)`
    )
  })
})

describe('GitHub not consulted, or nothing to consult', () => {
  test('every reference unconfirmed, and the count says GitHub was not consulted', () => {
    const md = `${CRITICAL}- [x] Ship #14\n- [ ] Docs #15\n`
    const why = 'GitHub was not consulted (no token or repository)'
    expect(render(assessed(md, null))).toBe(
      [
        '<details>',
        '<summary>2 references GitHub did not confirm</summary>',
        '',
        `- ? Ship #${ZWJ}14 (line 3) — ${why}`,
        `- ? Docs #${ZWJ}15 (line 4) — ${why}`,
        '',
        '</details>',
        '',
        '**GitHub evidence:** 2 references to GitHub not checked: GitHub was not consulted.'
      ].join('\n')
    )
    expect(
      render(assessed(`${CRITICAL}- [x] Ship #14\n`, null))
        .split('\n')
        .at(-1)
    ).toBe('**GitHub evidence:** 1 reference to GitHub not checked: GitHub was not consulted.')
  })

  test('items that point at nothing on GitHub: no section', () => {
    const md = `${CRITICAL}- [x] Keys rotated\n`
    expect(render(assessed(md, mixedAnswers()))).toBe('')
    expect(render(assessed(md, null))).toBe('')
  })
})

describe('detail levels cap every list', () => {
  test('past the level’s list size: “…and N more”, the title keeps the full count', () => {
    const capped = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
    const numbers = Array.from({ length: 11 }, (_, i) => 21 + i)
    const ticked = `${CRITICAL}${numbers.map((n) => `- [x] Ship #${n}\n`).join('')}`
    const unticked = ticked.replace(/- \[x\]/g, '- [ ]')
    const allOpen = lookups({ issues: numbers.map((n) => [issue(n), open(n)]) })
    const allClosed = lookups({ issues: numbers.map((n) => [issue(n), closed(n)]) })
    const row = (mark: string, n: number, state: string): string =>
      `- ${mark} Ship #${ZWJ}${n} (line ${n - 18}) — [issue #${ZWJ}${n} is ${state}](${issueUrl(n)})`
    const first10 = (mark: string, state: string): string =>
      numbers
        .slice(0, 10)
        .map((n) => row(mark, n, state))
        .join('\n')
    const count =
      '**GitHub evidence:** 11 references to GitHub checked in 1 API call; 0 agree with their tick.'
    expect(render(assessed(ticked, allOpen), capped)).toBe(
      `**Ticked, contradicted by GitHub** (11)\n\n${first10('☑', 'open')}\n- …and 1 more\n\n${count}`
    )
    expect(render(assessed(unticked, allClosed), capped)).toBe(
      `**Done on GitHub — tick it** (11)\n\n${first10('☐', 'closed')}\n- …and 1 more\n\n${count}`
    )
    expect(render(assessed(ticked, lookups({})), capped)).toContain(
      `${numbers
        .slice(0, 10)
        .map((n) => `- ? Ship #${ZWJ}${n} (line ${n - 18}) — \\#${ZWJ}${n} could not be read`)
        .join('\n')}\n- …and 1 more\n\n</details>`
    )
    expect(render(assessed(ticked, allOpen)).split('\n').length).toBe(11 + 4)
  })
})
