// Every regular expression literal in src/ runs in linear time on hostile text. Checklists and
// tool output are untrusted, and a regex that retries a long run from each of its positions
// (`/\s+$/`, `/[ \t]*\n[ \t]*/g`, `/"(?:[^"\\]|\\.)*"/g` on unclosed quotes) turns a 100 KB line
// into minutes of CPU. Each literal is run on long repetitions of one or two characters; one that
// takes 16× longer for 16× the input is linear, one that takes ~256× longer is quadratic.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { linearBound } from './support/linearity.js'

const SRC = path.resolve(import.meta.dirname, '..', 'src')

interface Literal {
  where: string
  regex: RegExp
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return file.endsWith('.ts') ? [file] : []
  })
}

function regexLiterals(): Literal[] {
  const literals: Literal[] = []
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
        literals.push({
          where: `${path.relative(SRC, file)}:${line}`,
          // Sticky matching would only ever try position 0.
          regex: new RegExp(text.slice(1, slash), text.slice(slash + 1).replace('y', ''))
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return literals
}

const SINGLES = Array.from(' \t\n\r\v\f\u00a0aA0-#`[]()*_<>|=:./\\"\'~!é@,;{}+%$&?^xXv')
const PAIRED = Array.from(' \t\n\r\\"\'/-`[]<>*_#:a0')
const UNITS = [...SINGLES, ...PAIRED.flatMap((a) => PAIRED.map((b) => a + b))]

/** 'a', the unit repeated to about `size` characters, and a character no pattern expects. */
const hostile = (unit: string, size: number): string =>
  `a${unit.repeat(Math.ceil(size / unit.length))}\u0001`

function runMs(regex: RegExp, text: string): number {
  const start = performance.now()
  regex.lastIndex = 0
  if (regex.global) text.replace(regex, '')
  else regex.exec(text)
  return performance.now() - start
}

const fastest = (regex: RegExp, text: string): number =>
  Math.min(...[0, 1, 2].map(() => runMs(regex, text)))

const literals = regexLiterals()

test('src has the regex literals this test reads', () => {
  expect(literals.length).toBeGreaterThan(150)
})

test('every regex literal in src runs in linear time on long runs of one or two characters', () => {
  const superlinear: string[] = []
  for (const { where, regex } of literals) {
    // The units that cost this regex most on a short input are timed again at 16× the size.
    const ranked = UNITS.map((unit) => ({ unit, ms: runMs(regex, hostile(unit, 1_000)) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
    for (const { unit } of ranked) {
      // Minimums of three runs, so that a garbage collection or a busy CPU is not mistaken for
      // growth. Linear: ~16× for 16× the input, a fraction of a millisecond. Quadratic: ~256×,
      // hundreds of milliseconds. The bound, 16^1.5 = 64, is the one support/linearity.ts uses.
      const large = fastest(regex, hostile(unit, 16_000))
      if (large < 20) continue
      const small = fastest(regex, hostile(unit, 1_000))
      if (large > linearBound(16) * Math.max(small, 0.05)) {
        superlinear.push(
          `${where} ${String(regex)} on ${JSON.stringify(unit)}: ${large.toFixed(0)} ms`
        )
        break
      }
    }
  }
  expect(superlinear).toEqual([])
})
