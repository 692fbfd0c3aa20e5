/**
 * The script reader against bash itself (issue 17, defect 4): text bash treats as data —
 * here-document bodies in every form, `:` block comments, multi-line quotes, `$'…'`, comments —
 * never becomes a step, and a console transcript runs only its prompt lines. The property test
 * runs generated scripts in bash with stub programs that log their argv and stdin, and checks
 * that the steps the gate plans, run one by one, execute exactly the same commands.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parseChecklist } from '../../src/checklist/parse.js'
import { findValidationScript } from '../../src/checklist/validation-script.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'
import { readStatements, sourceLines } from '../../src/plan/bash-script.js'
import { expectLinear } from '../support/linearity.js'
import { runToEnd } from '../support/runner-processes.js'
import { scratchDirectory } from '../support/temporary.js'

const scratch = scratchDirectory('bash-script-test-')
const STUBS = ['alpha', 'beta', 'gamma']
/** The stub programs' directory, inside the scratch directory (made on first use). */
function stubDir(): string {
  return path.join(scratch.dir, 'bin')
}

beforeAll(() => {
  fs.mkdirSync(stubDir())
  // Each stub logs its name, argv and stdin, and does nothing else; `fails` exits 1.
  const log =
    '{ printf "CMD %s" "${0##*/}"; printf " [%s]" "$@"; printf "\\nSTDIN<"; cat; printf ">\\n"; } >> "$STUB_LOG"'
  for (const name of STUBS) {
    fs.writeFileSync(path.join(stubDir(), name), `#!/bin/bash\n${log}\n`, { mode: 0o755 })
  }
  fs.writeFileSync(path.join(stubDir(), 'fails'), `#!/bin/bash\n${log}\nexit 1\n`, { mode: 0o755 })
})

function plan(script: string, lang = 'bash'): Plan {
  const markdown = `# Release\n## Validation\n\`\`\`${lang}\n${script}\n\`\`\`\n`
  return planValidations(parseChecklist(markdown, 'CHECKLIST.md'), null)
}

function commands(script: string, lang = 'bash'): string[] {
  return plan(script, lang).validations.map((validation) => validation.command)
}

/**
 * Runs bash with the stubs first on PATH; returns what the stubs logged to `log` (a file name in
 * the scratch directory). Async, so Jest can time out a test that hangs in bash.
 */
async function logOf(args: string[], log = 'stub.log'): Promise<string> {
  const logFile = path.join(scratch.dir, log)
  fs.writeFileSync(logFile, '')
  const result = await runToEnd('bash', args, {
    cwd: scratch.dir,
    env: { PATH: `${stubDir()}:${process.env.PATH}`, STUB_LOG: logFile, HOME: scratch.dir }
  })
  if (result.code !== 0) throw new Error(`bash ${args.join(' ')} failed: ${result.stderr}`)
  return fs.readFileSync(logFile, 'utf8')
}

/** True when bash reads `args` (a file, or -c and a command) as valid syntax (`bash -n`). */
async function validBash(args: string[]): Promise<boolean> {
  return (await runToEnd('bash', ['-n', ...args])).code === 0
}

describe('what bash treats as data is never a step', () => {
  it.each([
    ['<<\\EOF', 'cat <<\\EOF\nalpha body\nEOF'],
    ["<<'EOF'", "cat <<'EOF'\nalpha body\nEOF"],
    ['<<"EOF"', 'cat <<"EOF"\nalpha body\nEOF'],
    ['<<EOF', 'cat <<EOF\nalpha body\nEOF'],
    ['<<-EOF with tab-indented terminator', 'cat <<-EOF\n\talpha body\n\tEOF'],
    [
      '<<EOF with a space-indented line that is not its terminator',
      'cat <<EOF\n  EOF\nalpha body\nEOF'
    ],
    ['two here-documents on one line', "cat <<A; cat <<'B'\nalpha a\nA\nbeta b\nB"],
    ['a here-document inside an if', 'if true; then\n  cat <<EOF\nfi\nalpha x\nEOF\nfi'],
    ['a continued line in an unquoted body', 'cat <<EOF\nbody \\\nEOF\nalpha x\nEOF']
  ])('the body of %s stays in its command', (_, heredoc) => {
    const planned = commands(`echo "1. Docs"\n${heredoc}\necho "2. After"\ngamma`)
    expect(planned).toEqual([heredoc, 'gamma'])
  })

  it.each([
    [": '…' block comment", ": '\nalpha hidden\nrm -rf target\n'"],
    [': "…" block comment', ': "\nalpha hidden\n"'],
    [": <<'COMMENT' block", ": <<'COMMENT'\nalpha hidden\ncargo fmt\nCOMMENT"],
    [': <<COMMENT without expansions', ': <<COMMENT\nalpha hidden\nCOMMENT'],
    ['a comment ending in a backslash', '# a comment \\\n# another']
  ])('%s is not a step at all', (_, comment) => {
    const result = plan(`${comment}\necho "1. Real"\ngamma`)
    expect(result.validations.map((v) => v.command)).toEqual(['gamma'])
    expect(result.refused).toEqual([])
  })

  it('a `:` that expands, substitutes or redirects still runs (or is refused as a write)', () => {
    const script = ': "${X:=1}"\n: > truncated\n: "$(alpha)"\nbeta'
    // `: > truncated` is a command, not a comment: it truncates a file in the project, which the
    // effect policy refuses.
    expect(plan(script).refused.map((refused) => [refused.command, refused.effect])).toEqual([
      [': > truncated', 'rewrite']
    ])
    expect(commands(script)).toEqual([': "${X:=1}"', ': "$(alpha)"', 'beta'])
  })

  it.each([
    ['single', "alpha 'one\nbeta two\nthree'"],
    ['double', 'alpha "one\nbeta two"'],
    ["$'…' with an escaped quote", "alpha $'it\\'s\nbeta two'"],
    ['$( … ) across lines', 'x=$(\n  alpha\n)'],
    ['a subshell across lines', '(\n  alpha\n  beta\n)']
  ])('a multi-line %s string is one command', (_, text) => {
    expect(commands(text)).toEqual([text])
  })

  it('an echo with a command substitution is a command, not a label', () => {
    expect(plan('echo "1. $(alpha)"\nbeta').validations.map((v) => v.name)).toEqual([
      'echo "1. $(alpha)"',
      'beta'
    ])
  })

  it('a script whose only command hides in an echo’s substitution is still a script', () => {
    expect(commands('echo "1. $(alpha sub)"')).toEqual(['echo "1. $(alpha sub)"'])
  })

  it('arithmetic shifts are not here-documents', () => {
    expect(commands('(( x = 1 << 2 ))\necho $(( 1 << 2 )) > out\nalpha')).toEqual([
      '(( x = 1 << 2 ))',
      'echo $(( 1 << 2 )) > out',
      'alpha'
    ])
  })

  it('an unterminated here-document takes the rest of the script, as in bash', () => {
    expect(commands('alpha <<EOF\nbeta\ngamma')).toEqual(['alpha <<EOF\nbeta\ngamma'])
    expect(readStatements(sourceLines('alpha <<EOF\nbeta', 1))[0]!.complete).toBe(false)
  })
})

describe('console transcripts run only their prompt lines', () => {
  it('output lines are never run: a `> file` output line does not truncate a file', async () => {
    const transcript = [
      '$ alpha --check',
      '> important.txt',
      'rm -rf target',
      '$ beta',
      'ok',
      '# gamma as root',
      '$'
    ].join('\n')
    const important = path.join(scratch.dir, 'important.txt')
    fs.writeFileSync(important, 'keep me\n')
    for (const lang of ['console', 'shell-session', 'shellsession', 'bash', '']) {
      const result = plan(transcript, lang)
      expect(result.validations.map((v) => [v.command, v.source.line])).toEqual([
        ['alpha --check', 4],
        ['beta', 7]
      ])
      // Run as the gate would: the file the output line names is untouched.
      let log = ''
      for (const v of result.validations) log += await logOf(['-e', '-c', v.command])
      expect(log).toBe('CMD alpha [--check]\nSTDIN<>\nCMD beta []\nSTDIN<>\n')
      expect(fs.readFileSync(important, 'utf8')).toBe('keep me\n')
    }
  })

  it('`> ` continues a command only while bash is still reading it', () => {
    const transcript = [
      '$ alpha "one', // 4
      '> two"',
      '$ beta \\', // 6
      '>   --all',
      '$ cat <<EOF', // 8
      '> alpha body',
      '> EOF',
      '$ gamma', // 11
      '> gamma-output-line'
    ].join('\n')
    expect(plan(transcript, 'console').validations.map((v) => [v.command, v.source.line])).toEqual([
      ['alpha "one\ntwo"', 4],
      ['beta \\\n  --all', 6],
      ['cat <<EOF\nalpha body\nEOF', 8],
      ['gamma', 11]
    ])
  })

  it('an unfinished command is dropped rather than swallow the commands after it', () => {
    const transcript = '$ alpha "open\nsome output\n$ beta'
    expect(commands(transcript, 'console')).toEqual(['beta'])
  })

  it('a console block without prompts has no command, so it is not a validation script', () => {
    const markdown = '## Validation\n```console\ncargo test\n> out.txt\n```\n'
    expect(findValidationScript(parseChecklist(markdown, 'x.md'))).toBeNull()
  })

  it('a bash block that only comments things out is not a validation script', () => {
    const markdown = "## Validation\n```bash\n: '\ncargo test\n'\ncat <<'EOF'\nEOF\n```\n"
    expect(findValidationScript(parseChecklist(markdown, 'x.md'))).not.toBeNull() // cat runs
    const onlyComments = "## Validation\n```bash\n: '\ncargo test\n'\necho done\n```\n"
    expect(findValidationScript(parseChecklist(onlyComments, 'x.md'))).toBeNull()
  })
})

describe('reading time stays linear on hostile scripts', () => {
  // Each case is read at n and 8·n (support/linearity.ts): linear reading takes about 8 times as
  // long, quadratic 64 times. The sizes stay under V8's large-object size (see there), except
  // the here-document operators' 8·n: at 1,250 → 10,000 an array copied per operator (a cheap
  // quadratic term) read only 23.9; at 6,000 → 48,000 it reads over 1,000, linear reading 8–11.
  const read = (script: (n: number) => string) => (n: number) => {
    const text = script(n)
    return () => readStatements(sourceLines(text, 1))
  }

  it.each([
    ['here-document operators on one line', 6_000, (n: number) => "alpha <<'A' ".repeat(n)],
    ['nested $( on one line', 1_500, (n: number) => '$('.repeat(n)],
    ['quotes of each kind', 3_000, (n: number) => `'"\`$'`.repeat(n)],
    ['continued lines', 1_500, (n: number) => 'alpha \\\n'.repeat(n) + 'end'],
    [
      'unterminated here-document lines',
      1_000,
      (n: number) => 'alpha <<EOF\n' + 'body \\\n'.repeat(n)
    ]
  ])('%s: n = %d and 8·n', (_, n, script) => {
    expectLinear(read(script), { n })
  })

  it('a transcript command continued over 20,000 `> ` lines', () => {
    const transcript = (n: number) => '$ cat <<EOF\n' + '> body\n'.repeat(n) + '> EOF\n$ beta'
    expect(commands(transcript(20_000), 'console')).toHaveLength(2)
    expectLinear(
      (n) => {
        const text = transcript(n)
        return () => commands(text, 'console')
      },
      { n: 1_000 }
    )
  })
})

// --- The property: the gate's steps execute exactly what bash executes ---

const stub = fc.constantFrom(...STUBS)
const argWord = fc.constantFrom('a', 'b-1', '--all', 'x.txt', '"two words"', "'q'")
const args = fc.array(argWord, { maxLength: 3 }).map((words) => words.join(' '))
const bodyLine = fc.constantFrom(
  'alpha from-body',
  'beta --body',
  'plain text',
  '  EOF',
  'EOFX',
  'echo "3. Not a label"',
  'if true; then',
  "it's",
  '"'
)
const body = fc.array(bodyLine, { maxLength: 3 })

const simpleCommand = fc
  .tuple(stub, args, fc.constantFrom('', ' | cat', ' && gamma', '; beta'))
  .map(([name, words, tail]) => `${name} ${words}`.trim() + tail)

const hereDocument = fc
  .tuple(
    stub,
    fc.constantFrom('EOF', "'EOF'", '"EOF"', '\\EOF', '-EOF', "-'EOF'"),
    body,
    fc.constantFrom('', ' | cat')
  )
  .map(([name, operator, lines, tail]) => {
    const tabs = operator.startsWith('-')
    const indent = tabs ? '\t' : ''
    return [`${name} <<${operator}${tail}`, ...lines.map((l) => indent + l), `${indent}EOF`].join(
      '\n'
    )
  })

const twoHereDocuments = fc
  .tuple(stub, stub, body, body)
  .map(([a, b, first, second]) =>
    [`${a} <<A; ${b} <<'B'`, ...first, 'A', ...second, 'B'].join('\n')
  )

const quoted = fc.tuple(stub, body, fc.constantFrom("'", '"', "$'")).map(([name, lines, quote]) => {
  const text = lines.join('\n').replace(/['"\\$`]/g, '')
  const close = quote === "$'" ? "'" : quote
  return `${name} ${quote}${text}\n${STUBS[0]} inside${close}`
})

const colonComment = fc.tuple(body, fc.constantFrom("'", '"', 'heredoc')).map(([lines, form]) => {
  const text = lines.join('\n').replace(/['"\\$`]/g, '')
  if (form === 'heredoc') return `: <<'COMMENT'\n${text}\nalpha hidden\nCOMMENT`
  return `: ${form}\n${text}\nalpha hidden\n${form}`
})

const comment = body.map((lines) => lines.map((l) => `# ${l}`).join('\n'))

const continued = fc
  .tuple(stub, argWord, argWord)
  .map(([name, a, b]) => `${name} ${a} \\\n    ${b}`)

const inner = fc.oneof(simpleCommand, hereDocument, quoted)

const ifBlock = fc
  .tuple(fc.constantFrom('alpha', 'fails'), fc.array(inner, { minLength: 1, maxLength: 2 }), inner)
  .map(([condition, then, otherwise]) =>
    [`if ${condition} cond; then`, ...then, 'else', otherwise, 'fi'].join('\n')
  )

const forBlock = fc
  .tuple(stub, fc.array(inner, { maxLength: 1 }))
  .map(([name, rest]) => [`for i in 1 2; do`, `  ${name} "$i"`, ...rest, 'done'].join('\n'))

const label = fc.nat(20).map((n) => `echo "${n + 1}. Step ${n}..."`)

const subshell = fc
  .array(inner, { minLength: 1, maxLength: 2 })
  .map((lines) => ['(', ...lines, ')'].join('\n'))

const caseBlock = fc
  .tuple(fc.constantFrom('a', 'b'), inner, inner)
  .map(([word, first, second]) =>
    ['case ' + word + ' in', '  a)', first, '  ;;', '  *)', second, '  ;;', 'esac'].join('\n')
  )

const substitutingEcho = fc
  .tuple(fc.nat(9), stub)
  .map(([n, name]) => `echo "${n + 1}. $(${name} sub)"`)

const part = fc.oneof(
  { arbitrary: label, weight: 3 },
  { arbitrary: simpleCommand, weight: 3 },
  { arbitrary: hereDocument, weight: 3 },
  { arbitrary: twoHereDocuments, weight: 1 },
  { arbitrary: quoted, weight: 2 },
  { arbitrary: colonComment, weight: 2 },
  { arbitrary: comment, weight: 1 },
  { arbitrary: continued, weight: 1 },
  { arbitrary: ifBlock, weight: 2 },
  { arbitrary: forBlock, weight: 1 },
  { arbitrary: subshell, weight: 1 },
  { arbitrary: caseBlock, weight: 1 },
  { arbitrary: substitutingEcho, weight: 1 }
)

const generatedScript = fc
  .array(part, { minLength: 1, maxLength: 7 })
  .map((parts) => ['set -e', ...parts].join('\n'))

describe('generated scripts (property): the planned steps run exactly what bash runs', () => {
  // 40 generated scripts, each run whole and then step by step in bash with stub programs: some
  // 400 bash processes, 20+ s on a loaded machine. Async (spawn), so this timeout can end it.
  it('the stubs log the same argv and stdin, in order; every step is valid bash', async () => {
    let runs = 0
    let stepsRun = 0
    await fc.assert(
      fc.asyncProperty(generatedScript, async (script) => {
        const file = path.join(scratch.dir, 'script.sh')
        fs.writeFileSync(file, script)
        expect(await validBash([file])).toBe(true)
        const result = plan(script)
        expect(result.refused).toEqual([])
        for (const validation of result.validations) expect(validation.cwd).toBe('.')
        // The whole script and the syntax of each step are checked side by side; the steps
        // themselves run one after the other, as the gate runs them, into a log of their own.
        const [expected, stepsValid] = await Promise.all([
          logOf([file], 'whole.log'),
          Promise.all(result.validations.map((v) => validBash(['-c', v.command])))
        ])
        expect(result.validations.filter((_, i) => !stepsValid[i]).map((v) => v.command)).toEqual(
          []
        )
        let actual = ''
        for (const validation of result.validations) {
          actual += await logOf(['-e', '-c', validation.command], 'steps.log')
          stepsRun++
        }
        expect(actual).toBe(expected)
        runs++
      }),
      { seed: 1717, numRuns: 40 }
    )
    console.log(`property: ${runs} generated scripts, ${stepsRun} planned steps run in bash`)
  }, 120_000)
})
