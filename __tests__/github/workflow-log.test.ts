// Issue 17, defect 2: untrusted text printed to the log spoke to the runner. Each hostile text is
// shown to be a live command when printed as core.info printed it, and inert through
// printUntrusted — checked with a model of the runner's command parser (support/runner-commands).
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  neutraliseLine,
  printUntrusted,
  runnerLines,
  type TokenSource
} from '../../src/github/workflow-log.js'
import { RunnerCommandModel } from '../support/runner-commands.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { planValidations } from '../../src/plan/plan.js'
import { formatPlan } from '../../src/log/run-log.js'

/** What the action's stdout holds after printing `text` through printUntrusted. */
function printed(text: string, newToken?: TokenSource): string {
  const lines: string[] = []
  printUntrusted((line) => lines.push(line), text, newToken)
  return lines.map((line) => `${line}\n`).join('')
}

/** core.info: the text, then a line break. */
const coreInfo = (text: string): string => `${text}\n`

/** The commands the runner acted on other than our own stop-commands window. */
function unintended(model: RunnerCommandModel): string[] {
  const ours = model.processed.filter((c, i) =>
    i % 2 === 0 ? c.name === 'stop-commands' : model.processed[i - 1]?.data === c.name
  )
  return model.processed.length === ours.length && ours.length % 2 === 0
    ? []
    : model.processed.map(
        (c) => `${c.name} ${JSON.stringify(c.properties)} ${JSON.stringify(c.data)}`
      )
}

const HOSTILE: Array<[string, string, string]> = [
  [
    'a Verify command smuggling a legacy set-output',
    'npm test ##[set-output name=report-path;]/home/runner/.docker/config.json%0A',
    'set-output'
  ],
  ['a bare CR starting a new line', 'Checking…\r::add-mask::Not ready', 'add-mask'],
  ['stop-commands after leading spaces', '  ::stop-commands::x', 'stop-commands'],
  ['a problem matcher the PR chose', '::add-matcher::/tmp/pr/matcher.json', 'add-matcher'],
  ['a fake annotation', '::error file=src/main.rs,line=1,title=Security::Token leaked', 'error'],
  ['a command in capitals after a tab', '\t::ADD-MASK::Ready', 'ADD-MASK'],
  ['a command after a no-break space', '\u00a0::warning::spoofed', 'warning'],
  ['a command after a form feed', '\f::set-output name=ready::true', 'set-output'],
  ['a command after an ideographic space', '\u3000::add-mask::Ready', 'add-mask'],
  ['a command after a unit separator', '\u001f::add-mask::Ready', 'add-mask'],
  ['a legacy group in the middle of output', 'output ##[group]Looks like ours', 'group'],
  ['stop-commands with an empty token (never resumes)', '::stop-commands::', 'stop-commands'],
  ['echo on', '##[echo]on', 'echo'],
  ['a legacy form behind an unregistered ::form::', '::nope:: ##[add-path]/tmp/bin', 'add-path']
]

describe('printUntrusted against the runner model', () => {
  test.each(HOSTILE)(
    '%s: live through core.info, inert through printUntrusted',
    (_, text, name) => {
      const raw = new RunnerCommandModel().feed(coreInfo(text))
      expect(raw.processed.map((c) => c.name)).toContain(name)

      const model = new RunnerCommandModel().feed(printed(text))
      expect(unintended(model)).toEqual([])
      expect(model.stopped).toBe(false)
      // The action's own commands work again right after.
      model.feed('::warning::our own warning\n')
      expect(model.processed.at(-1)).toMatchObject({ name: 'warning', data: 'our own warning' })
    }
  )

  test('the report-path injection: set-output never reaches the runner, the text still shows', () => {
    const text = 'npm test ##[set-output name=report-path;]/home/runner/.docker/config.json%0A'
    expect(new RunnerCommandModel().feed(coreInfo(text)).processed[0]).toMatchObject({
      name: 'set-output',
      properties: { name: 'report-path' },
      data: '/home/runner/.docker/config.json\n'
    })
    const model = new RunnerCommandModel().feed(printed(text))
    expect(model.processed.map((c) => c.name).filter((n) => n === 'set-output')).toEqual([])
    expect(model.output).toContain(
      'npm test #＃[set-output name=report-path;]/home/runner/.docker/config.json%0A'
    )
  })

  test("the plan of a pull request's checklist (printed even when its commands are refused)", () => {
    const markdown = [
      '# Checklist',
      '',
      '## Phase 1: Ship (CRITICAL)',
      '',
      '- [ ] Verify: `npm test ##[set-output name=report-path;]/home/runner/.docker/config.json%0A` passes',
      ''
    ].join('\n')
    const plan = formatPlan(planValidations(parseChecklist(markdown, 'CHECKLIST.md'), null))
    expect(new RunnerCommandModel().feed(coreInfo(plan)).processed[0]).toMatchObject({
      name: 'set-output',
      properties: { name: 'report-path' }
    })
    expect(unintended(new RunnerCommandModel().feed(printed(plan)))).toEqual([])
  })

  test('a stop token that occurs in the text (any case) is never used: a fresh one is drawn', () => {
    const planted = 'c0ffee00c0ffee00c0ffee00c0ffee00'
    const text = `resume with ::${planted.toUpperCase()}:: then\n::add-mask::secret-word`
    const draws = [planted, 'feedfacefeedfacefeedfacefeedface']
    const model = new RunnerCommandModel().feed(printed(text, () => draws.shift() ?? 'x'))
    expect(draws).toEqual([])
    expect(model.processed.map((c) => c.name)).toEqual([
      'stop-commands',
      'feedfacefeedfacefeedfacefeedface'
    ])
  })

  test('text with neither colon nor hash sign is printed as is, with no window', () => {
    const lines: string[] = []
    printUntrusted((line) => lines.push(line), 'Running cargo fmt --check\nok\n')
    expect(lines).toEqual(['Running cargo fmt --check', 'ok'])
  })

  test('every line the runner would see is printed, neutralised but readable', () => {
    expect(runnerLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd'])
    expect(neutraliseLine('  ::add-mask::x')).toBe('  ：:add-mask::x')
    expect(neutraliseLine('std::vector ##[x] ###[y]')).toBe('std::vector #＃[x] ##＃[y]')
    expect(neutraliseLine('error[E0308]: mismatched types')).toBe('error[E0308]: mismatched types')
  })

  test('property: for generated hostile text, the runner acts on no command but our window, and no line is lost', () => {
    const fragment = fc.constantFrom(
      '::',
      '##[',
      '#',
      ':',
      ']',
      '[',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '\f',
      '\v',
      '\r',
      '\n',
      '\r\n',
      'add-mask',
      'ADD-MASK',
      'set-output name=x;',
      'stop-commands',
      'group',
      'error file=a,line=1',
      '%0A',
      'text',
      '\u200b',
      '\u00ad',
      '\u001f'
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const model = new RunnerCommandModel().feed(printed(text))
        expect(unintended(model)).toEqual([])
        expect(model.stopped).toBe(false)
        // Neutralising alone holds too, for a runner that ignores stop-commands.
        const bare = runnerLines(text).map((line) => `${neutraliseLine(line)}\n`)
        expect(new RunnerCommandModel().feed(bare.join('')).processed).toEqual([])
        const shown = model.output.map((line) =>
          line.replace(/#＃\[/g, '##[').replace(/^([^:：]*?)：/, '$1:')
        )
        const expected = runnerLines(text).filter((line) => line !== '' || text !== '')
        expect(shown.filter((line) => line !== '')).toEqual(expected.filter((line) => line !== ''))
      }),
      { seed: 17, numRuns: 2000 }
    )
  })
})
