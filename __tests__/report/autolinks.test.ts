// Issue 17, defect 6: links injected through untrusted text. github.com turns bare URLs, `www.`
// hosts and e-mail addresses into links (GFM's autolink extension, which cmark-gfm implements:
// these tests render with it), and issue references (`#12`, `GH-12`, `owner/repo#12`, full issue
// and pull request URLs) and mentions into links, cross-references and notifications (GitHub's
// reference filters, which run on the rendered HTML's text outside code and links; modelled here
// from GitHub's documentation, "Autolinked references and URLs"). Each form, through each way
// untrusted text is escaped and in a whole rendered report, must give no link; our own links
// (checklist lines, finding files at the commit, the workflow run) must still render.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { evaluateReadiness } from '../../src/gate.js'
import { renderReport } from '../../src/report/render.js'
import {
  defuseLinks,
  escapeHtml,
  escapeHtmlKeepingCode,
  escapeMarkdown,
  escapeMarkdownKeepingCode
} from '../../src/report/inert-markdown.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { CMARK_GFM, cmarkAvailable } from '../checklist/helpers.js'
import { localGateOptions } from '../support/gate-options.js'

const haveCmark = cmarkAvailable()
if (!haveCmark) {
  console.warn('cmark-gfm is not installed (apt-get install -y cmark-gfm): autolink tests skipped')
}
const withCmark = haveCmark ? test : test.skip

/** github.com's renderer: cmark-gfm with the autolink and table extensions, raw HTML kept. */
function render(markdown: string): string {
  return execFileSync(CMARK_GFM, ['--extension', 'autolink', '--extension', 'table', '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
}

const hrefs = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!)

/**
 * What GitHub's reference filters would still see in the rendered HTML: text outside <code>,
 * <pre> and <a> (which they skip), entities decoded. A reference needs its digits right after
 * `#` or `GH-`; a mention an alphanumeric right after `@`; a URL its scheme right before `://`.
 */
const GITHUB_REFERENCE =
  /#\d|\bGH-\d|[\w.-]+\/[\w.-]+#\d|@[A-Za-z0-9_.+-]|[A-Za-z0-9]:\/\/|\bwww\.|\b[\w.+-]+@[\w-]/i

function linkableText(html: string): string {
  return html
    .replace(/<(code|pre|a)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

const FORMS: Readonly<Record<string, string>> = {
  'https URL': 'see https://evil.example/login?next=%2F',
  'http URL, capitals': 'HTTP://EVIL.EXAMPLE/x',
  'ftp URL': 'ftp://files.evil.example/a',
  'www host': 'www.evil.example/path',
  'WWW host': 'WWW.evil.example',
  'e-mail': 'write to admin@evil.example',
  'e-mail, odd domain': 'a@_b.example a@-b.example',
  'mailto:': 'mailto:admin@evil.example',
  'xmpp:': 'xmpp:admin@evil.example/res',
  'issue URL': 'https://github.com/other/repo/issues/26',
  'pull request URL': 'https://github.com/other/repo/pull/3#discussion_r1',
  '#n': 'fixes #12',
  'GH-n': 'GH-7',
  'gh-n': 'see gh-7',
  'owner/repo#n': 'other/repo#12',
  mention: '@octocat',
  team: '@org/team',
  'user@sha': 'octocat@a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  'owner/repo@sha': 'other/repo@a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  'escaped punctuation around': '*https://evil.example/_x_* (www.evil.example) ~a@b.example~'
}

/** Every way untrusted text is put into Markdown (inert-markdown.ts), each in its usual place. */
const PLACES: Readonly<Record<string, (text: string) => string>> = {
  paragraph: (text) => escapeMarkdown(text),
  'list item, code kept': (text) => `- ${escapeMarkdownKeepingCode(`\`ok\` ${text}`)}`,
  'table cell': (text) =>
    `| A | B |\n| :-- | :-- |\n| ${escapeMarkdownKeepingCode(text, { inTable: true })} | x |`,
  '<summary>': (text) => `<details>\n<summary>${escapeHtml(text)}</summary>\n\nbody\n\n</details>`,
  '<summary>, code kept': (text) =>
    `<details>\n<summary>${escapeHtmlKeepingCode(`\`ok\` ${text}`)}</summary>\n\nbody\n\n</details>`
}

describe('each form, each place: no link, no reference', () => {
  const cases = Object.entries(FORMS).flatMap(([form, text]) =>
    Object.entries(PLACES).map(([place, put]) => [form, place, text, put] as const)
  )

  withCmark.each(cases)('%s in a %s', (_form, _place, text, put) => {
    const html = render(put(text))
    expect(hrefs(html)).toEqual([])
    expect(linkableText(html)).not.toMatch(GITHUB_REFERENCE)
  })

  withCmark('the same forms unescaped do link (the oracle sees links)', () => {
    for (const form of ['https URL', 'ftp URL', 'www host', 'e-mail', 'mailto:', 'issue URL']) {
      expect(hrefs(render(FORMS[form]!))).toHaveLength(1)
    }
    for (const form of ['#n', 'GH-n', 'owner/repo#n', 'mention']) {
      expect(linkableText(render(FORMS[form]!))).toMatch(GITHUB_REFERENCE)
    }
  })

  test('the text reads the same: only invisible joiners are added', () => {
    for (const text of Object.values(FORMS)) {
      expect(defuseLinks(text).replaceAll('\u200D', '')).toBe(text)
    }
  })

  withCmark('generated text around the triggers gives no link (1,000 inputs, one document)', () => {
    const fragment = fc.constantFrom(
      'https',
      'http',
      'ftp',
      'HTTPS',
      '://',
      ':',
      '//',
      'www',
      '.',
      'WwW',
      '@',
      'a',
      'b.example',
      '#',
      '12',
      'GH',
      'gh',
      '-',
      '/',
      'repo',
      ' ',
      '_',
      '*',
      '~',
      '(',
      ')',
      '<',
      '>',
      '`',
      '\\',
      'mailto:',
      'xmpp:'
    )
    const texts = fc.sample(
      fc.array(fragment, { minLength: 1, maxLength: 14 }).map((parts) => parts.join('')),
      { numRuns: 1000, seed: 17 }
    )
    const places = Object.values(PLACES)
    const document = texts.map((text, i) => places[i % places.length]!(text)).join('\n\n')
    const html = render(document)
    expect(hrefs(html)).toEqual([])
    expect(linkableText(html)).not.toMatch(GITHUB_REFERENCE)
  })
})

describe('a whole report: only our own links', () => {
  const REPOSITORY = 'Codertocat/Hello-World'
  const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
  const RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/9876543210`
  const hostile = Object.values(FORMS).join(' ')
  let dir: string

  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-autolinks-')))
    fs.mkdirSync(path.join(dir, 'bin'))
    // A tsc stand-in (through npx) whose findings carry every form in file, message and code.
    const lines = [
      `src/www.evil.example/a.ts(4,1): error TS2322: ${hostile}`,
      `src/b.ts(2,3): error TS2304: Cannot find name 'x'; see https://evil.example and GH-9.`,
      ''
    ].join('\n')
    fs.writeFileSync(
      path.join(dir, 'bin', 'npx'),
      `#!/bin/sh\nprintf '%s' '${Buffer.from(lines).toString('base64')}' | base64 -d\nexit 2\n`,
      { mode: 0o755 }
    )
    fs.writeFileSync(
      path.join(dir, 'PRODUCTION_CHECKLIST.md'),
      [
        `# Checklist ${hostile}`,
        '',
        `### Phase 1: Critical (MUST COMPLETE) ${FORMS['#n']!} ${FORMS['www host']!}`,
        '',
        `- [ ] ${hostile}`,
        `- [ ] Owner: [SPECIFY] ${FORMS['issue URL']!}`,
        `- [x] Verify: \`PATH="$PWD/bin:$PATH" npx tsc --noEmit\` passes ${FORMS['GH-n']!}`,
        '',
        '## Status',
        '',
        `**Overall Readiness:** READY ${FORMS['https URL']!}`,
        `**Blockers:** ${FORMS['owner/repo#n']!} ${FORMS['e-mail']!}`,
        '',
        '## Sign-off',
        '',
        `- Security (${FORMS.mention!}): Signed: ____ Date: ____`,
        ''
      ].join('\n')
    )
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  withCmark('comment, check summary, check text and job summary', async () => {
    const outcome = await evaluateReadiness(localGateOptions(dir))
    const rendered = renderReport(
      maskForSurfaces(outcome.assessment, []),
      maskForSurfaces(
        {
          checkName: 'Readiness Gate',
          runUrl: RUN_URL,
          repository: REPOSITORY,
          sha: SHA,
          ref: 'refs/pull/2/merge',
          checklistPath: 'PRODUCTION_CHECKLIST.md',
          validationRoot: '.',
          workspace: dir
        },
        []
      )
    )
    const ours = (href: string): boolean =>
      href === RUN_URL || href.startsWith(`https://github.com/${REPOSITORY}/blob/${SHA}/`)
    for (const surface of ['comment', 'checkSummary', 'checkText', 'jobSummary'] as const) {
      const html = render(rendered[surface])
      expect(html).toContain('evil.example')
      expect(hrefs(html).filter((href) => !ours(href))).toEqual([])
      expect(linkableText(html)).not.toMatch(GITHUB_REFERENCE)
    }
    const comment = hrefs(render(rendered.comment))
    expect(comment).toContain(RUN_URL)
    expect(comment).toContain(`https://github.com/${REPOSITORY}/blob/${SHA}/src/b.ts#L2`)
    expect(comment.some((href) => href.endsWith('/PRODUCTION_CHECKLIST.md#L5'))).toBe(true)
  })
})
