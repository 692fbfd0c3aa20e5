/**
 * src/ imports in one direction: no module imports, however indirectly, a module that imports it
 * (type-only imports, re-exports and dynamic import() count too). A cycle is where a port or a
 * shared type lives in the wrong module (e.g. ActionIo once in main.ts, which action-io.ts
 * implements); the fix is to give it its own home lower down.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'

const SRC = path.resolve(import.meta.dirname, '..', 'src')

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Every module of src/ and the modules of src/ it imports (relative specifiers only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')))
      .filter((target) => fs.existsSync(target))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The strongly connected components with more than one module (Tarjan), as paths under src/. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(path.relative(SRC, member))
    } while (member !== node)
    if (component.length > 1) found.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

test('src/ has no import cycles', () => {
  const graph = importGraph()
  expect(graph.size).toBeGreaterThan(100)
  expect(cycles(graph)).toEqual([])
})

test('the cycle finder finds one (a → b → c → a)', () => {
  const graph = new Map([
    [path.join(SRC, 'a.ts'), [path.join(SRC, 'b.ts')]],
    [path.join(SRC, 'b.ts'), [path.join(SRC, 'c.ts')]],
    [path.join(SRC, 'c.ts'), [path.join(SRC, 'a.ts')]],
    [path.join(SRC, 'd.ts'), [path.join(SRC, 'a.ts')]]
  ])
  expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
})
