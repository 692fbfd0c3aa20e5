/**
 * The one ANSI stripper: every ECMA-48 sequence a terminal tool prints, removed in the runner's
 * lines, in the tool parsers and in the rendered report alike.
 */
import { stripAnsi } from '../src/ansi-escapes.js'
import { cleanText } from '../src/report/inert-markdown.js'
import { ProcessRunner } from '../src/run/runner.js'
import { temporaryDirectory } from './support/temporary.js'

// What `printf '\033[1mbold\033(B\033[m'` writes: bold on, charset reset (tput sgr0), SGR reset.
const TPUT_BOLD = '\x1b[1mbold\x1b(B\x1b[m'

describe('stripAnsi', () => {
  it.each([
    ['bold, then the "ESC ( B" charset reset tput sgr0 prints', TPUT_BOLD, 'bold'],
    ['CSI colours with parameters', '\x1b[1;32m   Compiling\x1b[0m foo', '   Compiling foo'],
    ['CSI cursor moves and erase', 'a\x1b[2K\x1b[1A\x1b[10Gb\x1b[?25l', 'ab'],
    ['OSC hyperlink ended by BEL', '\x1b]8;;https://example.com\x07link\x1b]8;;\x07', 'link'],
    ['OSC hyperlink ended by ST', '\x1b]8;;file:///x\x1b\\x\x1b]8;;\x1b\\', 'x'],
    ['OSC window title ended by ST', '\x1b]0;my title\x1b\\after', 'after'],
    ['an unterminated OSC ends at the line break', '\x1b]0;title\nnext', '\nnext'],
    ['charset designations G0 and G1', '\x1b(Bplain\x1b)0 \x1b(0lines\x1b(B', 'plain lines'],
    ['DCS string ended by ST', 'a\x1bPq#0;2;0;0;0\x1b\\b', 'ab'],
    ['keypad mode, reset and single shift', '\x1b=a\x1b>b\x1bcc\x1bNd', 'abcd'],
    ['text without escapes, brackets included', 'plain [31m text', 'plain [31m text']
  ])('%s', (_, raw, plain) => {
    expect(stripAnsi(raw)).toBe(plain)
  })

  it('is the stripper the report uses, which also drops invisible controls', () => {
    expect(cleanText(`${TPUT_BOLD}\u0007\u202e`)).toBe('bold')
  })

  it("is the stripper the runner uses: printf's bytes reach lines and captured output as 'bold'", async () => {
    const scratch = temporaryDirectory('ansi-escapes-')
    try {
      const lines: string[] = []
      const outcome = await new ProcessRunner().run({
        command: String.raw`printf '\033[1mbold\033(B\033[m\n'`,
        cwd: scratch.dir,
        // TERM=dumb and NO_COLOR are set by the runner; printf ignores them.
        env: {},
        timeoutMs: 30_000,
        onLine: (line) => lines.push(line)
      })
      expect(outcome.exitCode).toBe(0)
      expect(lines).toEqual(['bold'])
      expect(outcome.output.head).toBe('bold\n')
    } finally {
      scratch.remove()
    }
  })
})
