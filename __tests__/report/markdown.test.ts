/**
 * Escaping untrusted text into Markdown, checked against a real CommonMark + GFM-tables parser
 * (markdown-it with raw HTML enabled, as GitHub allows some) and with generated inputs.
 */
import MarkdownIt from 'markdown-it'
import fc from 'fast-check'
import {
  cleanText,
  codeFence,
  codeSpan,
  escapeHtml,
  escapeHtmlKeepingCode,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  MARKER_PREFIX,
  splitCodeSpans
} from '../../src/report/inert-markdown.js'
import { truncate } from '../../src/linear-text.js'
import { expectLinear } from '../support/linearity.js'

const md = new MarkdownIt({ html: true })
const ZWJ = '\u200D'
const ZWSP = '\u200B'

/** The text content of rendered HTML: tags dropped, entities decoded, trimmed. */
function textOf(html: string): string {
  return exactTextOf(html).trim()
}

function exactTextOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** What escapeMarkdown promises to show: the input, cleaned, one line, trimmed. */
function shown(input: string): string {
  return cleanText(input)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .trim()
}

const nasty = [
  '*bold* _em_ **strong** ~~strike~~ `code` [link](https://evil.example) ![img](x.png)',
  '<b>html</b> <script>alert(1)</script> <!-- comment --> </details> &amp; &lt;',
  '# heading',
  '- list',
  '+ plus',
  '1. ordered',
  '1) ordered',
  '> quote',
  '| a | b |',
  '\\*not escaped\\*',
  '$x^2$ and $$y$$',
  'trailing backslash \\',
  '@team please look, cc @org/sub-team and #123',
  '    indented code?',
  '<https://autolink.example>',
  'www.example.com and https://example.com',
  '=====',
  '---',
  'line one\nline two\r\nline three\rfour'
]

describe('escapeMarkdown', () => {
  test.each(nasty)('renders %j as plain text in a paragraph', (input) => {
    const html = md.render(escapeMarkdown(input))
    expect(html.startsWith('<p>')).toBe(true)
    expect(html.match(/<[a-z]+/g)).toEqual(['<p'])
    expect(textOf(html).replaceAll(ZWJ, '')).toBe(shown(input))
  })

  test.each(nasty)('renders %j as plain text in a list item and in a table cell', (input) => {
    const item = md.render(`- ${escapeMarkdown(input)}`)
    expect(item.match(/<[a-z]+/g)).toEqual(['<ul', '<li'])
    expect(textOf(item).replaceAll(ZWJ, '')).toBe(shown(input))

    const table = md.render(`| A | B |\n| --- | --- |\n| ${escapeMarkdown(input)} | x |`)
    const cells = [...table.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!)
    expect(cells).toHaveLength(2)
    expect(cells[0]).not.toMatch(/<[a-z]/)
    expect(textOf(cells[0]!).replaceAll(ZWJ, '')).toBe(shown(input))
    expect(cells[1]).toBe('x')
  })

  test('any string renders as exactly its text, in a list item (generated inputs)', () => {
    const alphabet = fc.constantFrom(
      ...'ab <>&"\'`*_[]()!|~$#@1.-+=:\\\n\t{}/'.split(''),
      '\u0000',
      '\u202E'
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (input) => {
          const html = md.render(`- ${escapeMarkdown(input)}`)
          const tags = html.match(/<[a-z]+/g) ?? []
          expect(tags.filter((t) => t !== '<ul' && t !== '<li' && t !== '<p')).toEqual([])
          if (shown(input) !== '') expect(textOf(html).replaceAll(ZWJ, '')).toBe(shown(input))
        }
      ),
      { numRuns: 2000 }
    )
  })

  test('mentions and issue references cannot ping or link', () => {
    const out = escapeMarkdown('@octocat @org/team x@y #42 #abc')
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toMatch(/#\d/)
    expect(out).toContain(`@${ZWJ}octocat`)
    expect(out).toContain(`@${ZWJ}org/team`)
    expect(out).toContain(`#${ZWJ}42`)
    expect(out).toContain('#abc')
  })

  test('never emits <!--, </details> or the hidden marker raw', () => {
    const out = escapeMarkdown(`${MARKER_PREFIX}x --> </details> <details> <!-- hi -->`)
    expect(out).not.toContain('<')
    expect(out).not.toContain(MARKER_PREFIX)
    expect(out).toContain('&lt;/details&gt;')
  })

  test('removes control characters, ANSI colours and bidi overrides', () => {
    expect(escapeMarkdown('\u001b[31mred\u001b[0m a\u0000b \u202Eevil\u202C')).toBe('red ab evil')
  })

  test('escapes the first character that would open a block', () => {
    expect(escapeMarkdown('- x')).toBe('\\- x')
    expect(escapeMarkdown('  12. x')).toBe('12\\. x')
    expect(escapeMarkdown('3) x')).toBe('3\\) x')
    expect(escapeMarkdown('# x')).toBe('\\# x')
    expect(escapeMarkdown('plain - text')).toBe('plain - text')
  })
})

describe('escapeMarkdownKeepingCode', () => {
  test('keeps code spans as code and escapes the rest', () => {
    const out = escapeMarkdownKeepingCode('Verify: `npm test` passes *now* @team')
    const html = md.renderInline(out)
    expect(html).toBe(`Verify: <code>npm test</code> passes *now* @${ZWJ}team`)
  })

  test('code spans in a table cell keep their pipes inside the cell', () => {
    const cell = escapeMarkdownKeepingCode('run `a || b` then | c', { inTable: true })
    const html = md.render(`| A | B |\n| --- | --- |\n| ${cell} | x |`)
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!)
    expect(cells).toEqual(['run <code>a || b</code> then | c', 'x'])
  })

  test('an unmatched backtick run is literal, later spans still work', () => {
    expect(splitCodeSpans('a ``` b `c` d')).toEqual([
      { text: 'a ``` b ', code: false },
      { text: 'c', code: true },
      { text: ' d', code: false }
    ])
    expect(md.renderInline(escapeMarkdownKeepingCode('a ``` b `c` d'))).toBe(
      'a ``` b <code>c</code> d'
    )
  })

  test('agrees with markdown-it on where code spans are (generated inputs)', () => {
    const alphabet = fc.constantFrom('a', ' ', '`', '``', 'b', '*')
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 16 }).map((a) => a.join('')),
        (input) => {
          const ours = md.renderInline(escapeMarkdownKeepingCode(input))
          const theirs = md.renderInline(input.trim())
          const codes = (html: string): string[] =>
            [...html.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]!)
          expect(codes(ours)).toEqual(codes(theirs))
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('codeSpan', () => {
  test.each(['plain', 'a`b', '``x``', '`', ' lead', 'trail ', ' ', 'x | y', '<!-- no -->'])(
    'shows %j exactly',
    (input) => {
      const html = md.renderInline(codeSpan(input))
      const match = /^<code>(.*)<\/code>$/.exec(html)
      expect(match).not.toBeNull()
      expect(exactTextOf(match![1]!).replaceAll(ZWSP, '')).toBe(input)
    }
  )

  test('round-trips any backtick-heavy text (generated inputs)', () => {
    const alphabet = fc.constantFrom('`', 'a', ' ', '|', '\\', '*')
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 30 }).map((a) => a.join('')),
        (input) => {
          // markdown-it collapses an all-space code span to one space; cmark-gfm (GitHub) keeps them.
          fc.pre(input.trim() !== '')
          const html = md.renderInline(codeSpan(input))
          expect(html).toMatch(/^<code>.*<\/code>$/)
          expect(exactTextOf(html)).toBe(input)
        }
      ),
      { numRuns: 2000 }
    )
  })

  test('breaks <!-- and </details> inside code (no raw marker in the body)', () => {
    expect(codeSpan(`${MARKER_PREFIX}x -->`)).not.toContain('<!--')
    expect(codeSpan('</details>')).not.toContain('</details>')
  })
})

describe('codeFence', () => {
  const hostile = [
    'ok',
    '```',
    '````\nstill inside\n```',
    '~~~\nx\n~~~',
    '</details>\n<details>\n<!-- readiness-gate:spoof -->\n<!--',
    '   ```js\nindented fence',
    '`'.repeat(40),
    'tab\there'
  ]

  test.each(hostile)('content %j stays inside one code block', (content) => {
    const block = codeFence(content)
    const html = md.render(`<details>\n<summary>s</summary>\n\n${block}\n\n</details>\n\nafter`)
    expect(html.match(/<pre>/g)).toHaveLength(1)
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    expect(html.trimEnd().endsWith('<p>after</p>')).toBe(true)
    const code = /<pre><code[^>]*>([\s\S]*)<\/code><\/pre>/.exec(html)![1]!
    const expected = content.replace(/`{16,}/g, `${'`'.repeat(15)}…`)
    expect(textOf(code).replaceAll(ZWSP, '')).toBe(expected.trim())
  })

  test('never emits <!--, </details> or the marker raw', () => {
    const block = codeFence(`${MARKER_PREFIX}x -->\n</DETAILS>\n<details open>`)
    expect(block).not.toContain('<!--')
    expect(block.toLowerCase()).not.toContain('</details')
    expect(block.toLowerCase()).not.toContain('<details')
  })

  test('uses a fence longer than any backtick run, at most 16 long', () => {
    expect(codeFence('a ```` b').split('\n')[0]).toBe('`````text')
    expect(codeFence('`'.repeat(1000)).split('\n')[0]).toBe(`${'`'.repeat(16)}text`)
  })

  test('normalises line endings and strips ANSI colours', () => {
    expect(codeFence('a\r\nb\rc\u001b[1m!\u001b[0m\n\n')).toBe('```text\na\nb\nc!\n```')
  })
})

describe('escapeHtml', () => {
  test('escapes HTML specials and neutralises mentions', () => {
    expect(escapeHtml('<b>"x"</b> & @me #1')).toBe(
      `&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; @${ZWJ}me #${ZWJ}1`
    )
  })

  test('a 100,000-space run is kept, and one with a line break joined, in linear time', () => {
    // The former /\s*[\r\n]+\s*/g retried such a run from each of its positions: 28 s here.
    const run = ' '.repeat(100_000)
    expect(escapeHtml(`a${run}b`)).toBe(`a${run}b`)
    expect(escapeHtml(`a${run}\n${run}b`)).toBe('a b')
    expect(escapeMarkdown(`a${run}b\n${run}c`)).toBe(`a${run}b c`)
    // Runs of n and 8·n spaces: linear takes 8 times as long, the quadratic regex 64 times.
    expectLinear(
      (n) => {
        const spaces = ' '.repeat(n)
        const [kept, joined, both] = [
          `a${spaces}b`,
          `a${spaces}\n${spaces}b`,
          `a${spaces}b\n${spaces}c`
        ]
        return () => [escapeHtml(kept), escapeHtml(joined), escapeMarkdown(both)]
      },
      { n: 6_000 }
    )
  })

  test('keeps code spans as <code>', () => {
    expect(escapeHtmlKeepingCode('clippy: `x < y` fails')).toBe(
      'clippy: <code>x &lt; y</code> fails'
    )
  })
})

describe('truncate', () => {
  test('cuts with an ellipsis and never splits a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abc', 4)).toBe('abc')
    const cut = truncate('ab😀cd', 4)
    expect(cut).toBe('ab…')
    expect(cut.length).toBeLessThanOrEqual(4)
  })
})
