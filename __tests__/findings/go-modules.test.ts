/** Where Go's files are below the step's directory: go.work, go.mod files, and the paths go prints. */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { findGoModules, GoModuleMap, workspaceUses } from '../../src/findings/go-modules.js'

let root: string
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-go-modules-'))
})
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

describe('workspaceUses', () => {
  it('reads single and block use directives, quoted or not, without comments', () => {
    const goWork =
      'go 1.19\n\nuse ./tools/gen\nuse (\n\t./services/api // the API\n\t"./services/web"\n)\n'
    expect(workspaceUses(goWork)).toEqual(['./services/api', './services/web', './tools/gen'])
  })
})

describe('findGoModules', () => {
  it('finds go.mod files below the directory, skipping vendor, testdata, node_modules and hidden folders', () => {
    write('go.mod', 'module example.com/root\n')
    write('services/api/go.mod', 'module example.com/api\n\ngo 1.19\n')
    write('vendor/x/go.mod', 'module example.com/vendored\n')
    write('node_modules/y/go.mod', 'module example.com/npm\n')
    write('.cache/z/go.mod', 'module example.com/hidden\n')
    write('services/api/testdata/go.mod', 'module example.com/fixture\n')
    expect(findGoModules(root).sort((a, b) => a.dir.localeCompare(b.dir))).toEqual([
      { path: 'example.com/root', dir: '' },
      { path: 'example.com/api', dir: 'services/api' }
    ])
  })

  it("takes go.work's modules even when they are deeper than the walk goes", () => {
    write('go.work', 'go 1.19\nuse ./a/b/c/d/e/f\n')
    write('a/b/c/d/e/f/go.mod', 'module example.com/deep\n')
    expect(findGoModules(root)).toEqual([{ path: 'example.com/deep', dir: 'a/b/c/d/e/f' }])
  })

  it('ignores a go.work use that leaves the directory', () => {
    write('go.work', 'go 1.19\nuse ../elsewhere\n')
    expect(findGoModules(root)).toEqual([])
  })
})

describe('GoModuleMap', () => {
  beforeEach(() => {
    write('services/api/go.mod', 'module example.com/api\n')
    write('services/api/internal/db/db.go', 'package db\n')
    write('services/api/main.go', 'package main\n')
    write('services/apiclient/go.mod', 'module example.com/api/client\n')
    write('services/apiclient/client.go', 'package client\n')
  })

  it("places a test log's file in its package's directory, by the longest module path", () => {
    const modules = new GoModuleMap(root)
    expect(modules.testFile('db_test.go', 'example.com/api/internal/db')).toBe(
      'services/api/internal/db/db_test.go'
    )
    expect(modules.testFile('client_test.go', 'example.com/api/client')).toBe(
      'services/apiclient/client_test.go'
    )
    expect(modules.testFile('x_test.go', 'example.org/unknown')).toBe('x_test.go')
  })

  it('places a path go printed inside a module; keeps one that exists here or nowhere', () => {
    const modules = new GoModuleMap(root)
    expect(modules.sourceFile('internal/db/db.go')).toBe('services/api/internal/db/db.go')
    expect(modules.sourceFile('main.go', 'example.com/api')).toBe('services/api/main.go')
    expect(modules.sourceFile('services/api/main.go')).toBe('services/api/main.go')
    expect(modules.sourceFile('nowhere.go')).toBe('nowhere.go')
    expect(modules.sourceFile('../outside.go')).toBe('../outside.go')
  })
})
