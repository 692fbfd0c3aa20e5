/**
 * Where a Go package's files are, relative to the step's directory, so that findings land on
 * repository paths when the modules sit below it (a monorepo's `services/api/go.mod`, a go.work
 * with several modules) or when the step runs go from inside one (`cd services/api && go test`).
 *
 * Go names files in two ways:
 * - test logs print the file relative to its package's directory ("wordfreq_test.go:31"), and the
 *   package by its import path ("FAIL example.com/wordfreq/cmd/wordfreq"): the directory is
 *   the module's directory plus the import path below the module path;
 * - the compiler, vet and staticcheck print paths relative to the directory go ran in, which is
 *   the step's directory unless the command changed it: a path that names no file there is looked
 *   for in each module's directory.
 *
 * Modules are found from go.work's `use` directives, go.mod in the step's directory, and go.mod
 * files in the folders below it (a bounded walk that skips vendor, testdata, node_modules and
 * hidden folders, as the go command does).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { DiagnosticsReader } from './reader.js'
import type { ReaderContext } from './types.js'

import path from 'node:path'
import { existingFileUnder } from './located-lines.js'

export interface GoModule {
  /** The module path ("example.com/wordfreq"). */
  path: string
  /** Its directory relative to the step's, "/"-separated; "" for the step's own directory. */
  dir: string
}

/** Folders below the step's directory searched for go.mod, and how deep. */
const MAX_WALKED_FOLDERS = 2_000
const MAX_DEPTH = 4
const SKIPPED_FOLDERS = new Set(['vendor', 'testdata', 'node_modules'])
/** Distinct paths remembered per step (the rest are placed again each time). */
const MAX_PLACED_PATHS = 4_096
/** go.mod and go.work are short; more is never read. */
const MAX_MANIFEST_BYTES = 64 * 1024

function readManifest(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').slice(0, MAX_MANIFEST_BYTES)
  } catch {
    return null
  }
}

/** The module path a go.mod declares, or null. */
export function declaredModule(goMod: string): string | null {
  return /^module\s+(\S+)/m.exec(goMod)?.[1]?.replace(/^"|"$/g, '') ?? null
}

/** The directories go.work's `use` directives name (single and block forms), "/"-separated. */
export function workspaceUses(goWork: string): string[] {
  const uses: string[] = []
  const text = goWork.replace(/\/\/.*$/gm, '')
  for (const block of text.matchAll(/^use\s*\(([^)]*)\)/gm)) {
    for (const word of block[1]!.split(/\s+/)) if (word !== '') uses.push(word)
  }
  for (const single of text.matchAll(/^use\s+([^\s(]\S*)\s*$/gm)) uses.push(single[1]!)
  return uses.map((use) => use.replace(/^"|"$/g, ''))
}

function normalDir(dir: string): string | null {
  const normal = path.posix.normalize(dir.split(path.sep).join('/'))
  if (normal === '.' || normal === './') return ''
  if (normal.startsWith('..') || path.posix.isAbsolute(normal)) return null
  return normal.replace(/\/$/, '')
}

/** The go.mod files in `cwd` and below it (bounded), with the folders go.work uses first. */
export function findGoModules(cwd: string): GoModule[] {
  const modules = new Map<string, GoModule>()
  const add = (dir: string | null): void => {
    if (dir === null || modules.has(dir)) return
    const goMod = readManifest(path.join(cwd, dir, 'go.mod'))
    const declared = goMod === null ? null : declaredModule(goMod)
    if (declared !== null) modules.set(dir, { path: declared, dir })
  }
  const goWork = readManifest(path.join(cwd, 'go.work'))
  if (goWork !== null) for (const use of workspaceUses(goWork)) add(normalDir(use))
  let level = ['']
  let walked = 0
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = []
    for (const dir of level) {
      if (walked++ >= MAX_WALKED_FOLDERS) return [...modules.values()]
      let entries
      try {
        entries = readdirSync(path.join(cwd, dir), { withFileTypes: true })
      } catch {
        continue
      }
      for (const entry of entries) {
        if (entry.isFile() && entry.name === 'go.mod') add(dir)
        else if (entry.isDirectory() && !skipped(entry.name)) {
          next.push(dir === '' ? entry.name : `${dir}/${entry.name}`)
        }
      }
    }
    level = next
  }
  return [...modules.values()]
}

function skipped(folder: string): boolean {
  return folder.startsWith('.') || folder.startsWith('_') || SKIPPED_FOLDERS.has(folder)
}

/** The modules under a step's directory, found once and only when a path needs them. */
export class GoModuleMap {
  private found: GoModule[] | null = null
  /** Paths already placed: a tool prints the same file many times; each is looked up once. */
  private readonly placed = new Map<string, string>()

  constructor(private readonly cwd: string | undefined) {}

  private get modules(): GoModule[] {
    if (this.found === null) this.found = this.cwd === undefined ? [] : findGoModules(this.cwd)
    return this.found
  }

  /** The directory of package `pkg` relative to the step's ("" for its own), or null when no module holds it. */
  packageDirectory(pkg: string): string | null {
    const module = this.moduleOf(pkg)
    if (module === null) return null
    const below = pkg.slice(module.path.length + 1)
    return [module.dir, below].filter((part) => part !== '').join('/')
  }

  /** The module holding package `pkg`: the longest module path it starts with. */
  private moduleOf(pkg: string): GoModule | null {
    let best: GoModule | null = null
    for (const module of this.modules) {
      const holds = pkg === module.path || pkg.startsWith(`${module.path}/`)
      if (holds && (best === null || module.path.length > best.path.length)) best = module
    }
    return best
  }

  /**
   * A test log's file ("wordfreq_test.go", relative to its package's directory) as a path
   * relative to the step's directory.
   */
  testFile(file: string, pkg: string | undefined): string {
    if (pkg === undefined || file.includes('/') || path.isAbsolute(file)) return file
    const dir = this.packageDirectory(pkg)
    return dir === null || dir === '' ? file : `${dir}/${file}`
  }

  /**
   * A compiler, vet or staticcheck path relative to the directory go ran in, made relative to
   * the step's: kept when it names a file there; else the one module directory (the package's
   * module first) under which it names a file; else kept as printed.
   */
  sourceFile(file: string, pkg?: string): string {
    const key = `${pkg ?? ''}\u0000${file}`
    let placed = this.placed.get(key)
    if (placed === undefined) {
      placed = this.place(file, pkg)
      if (this.placed.size < MAX_PLACED_PATHS) this.placed.set(key, placed)
    }
    return placed
  }

  private place(file: string, pkg: string | undefined): string {
    const { cwd } = this
    if (cwd === undefined || path.isAbsolute(file) || existingFileUnder(cwd, file)) return file
    const preferred = pkg === undefined ? null : this.moduleOf(pkg)
    const dirs = [preferred?.dir, ...this.modules.map((module) => module.dir)]
    for (const dir of dirs) {
      if (dir === undefined || dir === '') continue
      const candidate = path.posix.normalize(`${dir}/${file}`)
      if (existingFileUnder(cwd, candidate)) return candidate
    }
    return file
  }
}

/**
 * A reader of a Go tool's located lines: its diagnostics, with paths placed by the modules below
 * the step's directory (go vet, staticcheck, golangci-lint).
 */
export abstract class GoLocatedReader extends DiagnosticsReader {
  protected readonly modules: GoModuleMap

  constructor(context: ReaderContext) {
    super(context)
    this.modules = new GoModuleMap(context.cwd)
  }
}
