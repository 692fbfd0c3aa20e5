/**
 * The tree-state proof: the gate never changes the user's tree, and this module is how it knows.
 * It records the working tree's state, compares two records, and names what changed.
 *
 * In a git repository (the usual case) the state is what git reports for the project root (the
 * action's working-directory, the CLI's --cwd; pathspec `.`): tracked files and untracked files
 * that are not ignored (`git status --porcelain=v1 -z --untracked-files=all --ignore-submodules
 * --no-renames -- .`), a content hash of every file that status lists (so a second
 * change to a file that was already dirty is caught), HEAD (a commit, reset or checkout by a
 * validation is a change) and the index (`git ls-files --stage`: a `git add` is a change). Ignored
 * files (`target/`, `node_modules/`, an ignored `dist/`) are not the user's tree and never count.
 * Git runs with argv only (execFile, no shell), with `GIT_OPTIONAL_LOCKS=0` so that a snapshot
 * never writes the index, and with `core.fsmonitor=false` so it starts no hook of the repository's.
 *
 * Outside a git repository nothing says what is ignored, so the state is every file under the
 * root except in the directories build tools and package managers write on their own
 * (SKIPPED_DIRECTORIES: node_modules, target, dist, build, caches, virtualenvs…) and a few such
 * files (*.tsbuildinfo, *.pyc, .eslintcache, coverage.py's .coverage). A project that keeps its sources in one of those
 * directories is not covered there outside git.
 *
 * Bounds (both modes): a file is hashed (SHA-256) when it is at most MAX_HASHED_FILE_BYTES and
 * the snapshot has hashed less than MAX_HASHED_TOTAL_BYTES; beyond that it is fingerprinted by
 * size, mtime, ctime, inode and mode, which any write changes. Outside git, at most MAX_WALKED_FILES
 * files are recorded; a bigger tree is checked only that far and the snapshot says so. Every
 * hash is cached by the file's stat, so later snapshots only re-read files that were written.
 */
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { lstat, open, readdir, readlink } from 'node:fs/promises'
import { existsSync, type BigIntStats } from 'node:fs'
import path from 'node:path'

export const MAX_HASHED_FILE_BYTES = 8 * 1024 * 1024
export const MAX_HASHED_TOTAL_BYTES = 256 * 1024 * 1024
export const MAX_WALKED_FILES = 100_000

/** Directories skipped outside git: build outputs, dependencies, caches, other VCS metadata. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'target',
  'dist',
  'build',
  'out',
  'coverage',
  '.nyc_output',
  '.cache',
  '.next',
  '.nuxt',
  '.turbo',
  '.parcel-cache',
  '.gradle',
  '__pycache__',
  '.pytest_cache',
  '.hypothesis',
  'htmlcov',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.nox',
  '.venv',
  'venv'
])

/** Files skipped outside git: caches tools write beside the sources. */
// coverage.py's data files (.coverage, and .coverage.<host>.<pid>… in parallel mode) too.
const SKIPPED_FILE = /(?:\.tsbuildinfo|\.pyc|^\.eslintcache|^\.coverage(?:\..+)?)$/

/** Keys of the two git-wide entries of a state (never a path: a path has no NUL). */
const HEAD_KEY = '\0HEAD'
const INDEX_KEY = '\0index'

export type TreeMode = 'git' | 'files'

/** One record of the tree. Entries map a root-relative path (or HEAD/index) to its fingerprint. */
export interface TreeState {
  mode: TreeMode
  /** In git mode, a path without an entry is clean (as committed); in files mode, absent. */
  entries: ReadonlyMap<string, string>
  /** Why this record does not cover the whole tree (a bound was hit), or null. */
  incomplete: string | null
}

export type TreeChangeKind = 'modified' | 'added' | 'deleted' | 'head' | 'index'

/** One difference between two records. */
export interface TreeChange {
  kind: TreeChangeKind
  /** Path relative to the project root ('/' separators); null for HEAD and the index. */
  path: string | null
  /** "src/a.ts was modified", "HEAD moved from 1a2b3c4 to 5d6e7f8". */
  description: string
}

/** Where snapshots read the tree, and the git they run (a seam for tests). */
export interface SnapshotOptions {
  git?: string
}

/** Remembers file hashes by stat so that later snapshots re-read only files that were written. */
export class HashCache {
  private readonly byPath = new Map<string, { stat: string; fingerprint: string }>()
  hashedBytes = 0

  async fingerprint(absolute: string): Promise<string> {
    let stats: BigIntStats
    try {
      stats = await lstat(absolute, { bigint: true })
    } catch {
      return 'absent'
    }
    const statKey = `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`
    const cached = this.byPath.get(absolute)
    if (cached?.stat === statKey) return cached.fingerprint
    const fingerprint = await this.read(absolute, stats, statKey)
    this.byPath.set(absolute, { stat: statKey, fingerprint })
    return fingerprint
  }

  private async read(absolute: string, stats: BigIntStats, statKey: string): Promise<string> {
    if (stats.isSymbolicLink()) {
      return `link:${await readlink(absolute).catch(() => '?')}`
    }
    if (stats.isDirectory()) return 'directory'
    if (!stats.isFile()) return `special:${statKey}`
    const size = Number(stats.size)
    const mode = (Number(stats.mode) & 0o111) === 0 ? 'file' : 'exec'
    if (size > MAX_HASHED_FILE_BYTES || this.hashedBytes + size > MAX_HASHED_TOTAL_BYTES) {
      return `${mode}:stat:${statKey}`
    }
    this.hashedBytes += size
    try {
      return `${mode}:sha256:${await hashFile(absolute)}`
    } catch (error) {
      // Unreadable (permissions): its stat still changes when it is written.
      return `${mode}:unreadable:${statKey}:${(error as NodeJS.ErrnoException).code ?? ''}`
    }
  }
}

async function hashFile(absolute: string): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(absolute, 'r')
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      hash.update(chunk as Buffer)
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

/** Runs git with argv only; resolves with stdout, or rejects with git's message. */
function runGit(git: string, cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      git,
      ['-c', 'core.fsmonitor=false', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
      },
      (error, stdout, stderr) => {
        if (error === null) resolve(stdout)
        else {
          const message = stderr.toString('utf8').trim().split('\n')[0] ?? ''
          reject(
            new Error(`git ${args[0] ?? ''} failed: ${message === '' ? error.message : message}`)
          )
        }
      }
    )
  })
}

/** The repository's top directory when `root` is inside a git work tree, else null. */
export async function gitTopLevel(
  root: string,
  options: SnapshotOptions = {}
): Promise<string | null> {
  return (await findRepository(root, options)).top
}

interface RepositoryLookup {
  top: string | null
  /** Why git could not read a repository that is there ("detected dubious ownership"…), or null. */
  problem: string | null
}

async function findRepository(root: string, options: SnapshotOptions): Promise<RepositoryLookup> {
  try {
    const out = await runGit(options.git ?? 'git', root, ['rev-parse', '--show-toplevel'])
    const top = out.toString('utf8').trim()
    return { top: top === '' ? null : top, problem: null }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/not a git repository/i.test(message) || !hasGitDirectory(root)) {
      return { top: null, problem: null }
    }
    return {
      top: null,
      problem: `${message}; the tree was checked by file hashes instead, without .gitignore`
    }
  }
}

/** A `.git` in `root` or above: a repository git should have been able to read. */
function hasGitDirectory(root: string): boolean {
  for (let directory = path.resolve(root); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, '.git'))) return true
    if (path.dirname(directory) === directory) return false
  }
}

/** A recorder of one tree: git mode when `gitTop` is given, else files mode. */
export class TreeRecorder {
  private readonly cache = new HashCache()

  constructor(
    readonly root: string,
    readonly gitTop: string | null,
    private readonly options: SnapshotOptions = {},
    /** Why git mode was wanted but not possible (files mode used instead), or null. */
    readonly fallback: string | null = null
  ) {}

  static async for(root: string, options: SnapshotOptions = {}): Promise<TreeRecorder> {
    const { top, problem } = await findRepository(root, options)
    return new TreeRecorder(root, top, options, problem)
  }

  get mode(): TreeMode {
    return this.gitTop === null ? 'files' : 'git'
  }

  snapshot(): Promise<TreeState> {
    return this.gitTop === null ? this.filesSnapshot() : this.gitSnapshot(this.gitTop)
  }

  private async gitSnapshot(top: string): Promise<TreeState> {
    const git = this.options.git ?? 'git'
    // Status and the index are read for the project root only (pathspec '.', run in the root):
    // the gate's promise is about the project it checks. Status prints top-relative paths.
    const [head, status, index] = await Promise.all([
      runGit(git, this.root, ['rev-parse', '-q', '--verify', 'HEAD']).then(
        (out) => out.toString('utf8').trim(),
        () => 'unborn'
      ),
      runGit(git, this.root, [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--ignore-submodules',
        '--no-renames',
        '--',
        '.'
      ]),
      runGit(git, this.root, ['ls-files', '--stage', '-z', '--', '.'])
    ])
    const entries = new Map<string, string>([
      [HEAD_KEY, head],
      [INDEX_KEY, createHash('sha256').update(index).digest('hex')]
    ])
    for (const { code, file } of parsePorcelain(status)) {
      const absolute = path.join(top, file)
      const fingerprint = await this.cache.fingerprint(absolute)
      entries.set(toRootRelative(this.root, absolute), `${code}|${fingerprint}`)
    }
    return { mode: 'git', entries, incomplete: null }
  }

  private async filesSnapshot(): Promise<TreeState> {
    const entries = new Map<string, string>()
    let incomplete: string | null = null
    const pending = [this.root]
    while (pending.length > 0 && incomplete === null) {
      const directory = pending.shift()!
      const names = await readdir(directory, { withFileTypes: true }).catch(() => [])
      names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const entry of names) {
        const absolute = path.join(directory, entry.name)
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute)
          continue
        }
        if (SKIPPED_FILE.test(entry.name)) continue
        if (entries.size >= MAX_WALKED_FILES) {
          incomplete = `the tree has more than ${MAX_WALKED_FILES.toLocaleString('en-US')} files outside git; only the first were checked`
          break
        }
        entries.set(toRootRelative(this.root, absolute), await this.cache.fingerprint(absolute))
      }
    }
    return { mode: 'files', entries, incomplete }
  }
}

interface PorcelainEntry {
  code: string
  file: string
}

/** `XY path\0` records of `git status --porcelain=v1 -z --no-renames`. */
export function parsePorcelain(output: Buffer): PorcelainEntry[] {
  const records = output.toString('utf8').split('\0')
  const entries: PorcelainEntry[] = []
  for (const record of records) {
    if (record.length < 4) continue
    entries.push({ code: record.slice(0, 2), file: record.slice(3) })
  }
  return entries
}

function toRootRelative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/')
}

/** Keys whose fingerprint differs between two records (a missing entry is its own state). */
export function changedKeys(before: TreeState, after: TreeState): string[] {
  const keys = new Set([...before.entries.keys(), ...after.entries.keys()])
  return [...keys].filter((key) => before.entries.get(key) !== after.entries.get(key)).sort()
}

/** What changed from `before` to `after`, in path order (HEAD and the index first). */
export function compareTreeStates(before: TreeState, after: TreeState): TreeChange[] {
  return changedKeys(before, after).map((key) => describeChange(key, before, after))
}

/** One key's change, in words. */
export function describeChange(key: string, before: TreeState, after: TreeState): TreeChange {
  const was = before.entries.get(key)
  const now = after.entries.get(key)
  if (key === HEAD_KEY) {
    return {
      kind: 'head',
      path: null,
      description: `HEAD moved from ${shortCommit(was)} to ${shortCommit(now)} (a commit, reset or checkout)`
    }
  }
  if (key === INDEX_KEY) {
    return {
      kind: 'index',
      path: null,
      description: 'the index (staging area) changed (git add, rm or reset)'
    }
  }
  const kind = after.mode === 'git' ? gitKind(was, now) : filesKind(was, now)
  return { kind, path: key, description: `${key} ${KIND_WORDS[kind]}` }
}

const KIND_WORDS: Readonly<Record<TreeChangeKind, string>> = {
  modified: 'was modified',
  added: 'was created',
  deleted: 'was deleted',
  head: 'moved',
  index: 'changed'
}

function shortCommit(value: string | undefined): string {
  if (value === undefined || value === 'unborn') return '(no commit)'
  return value.slice(0, 12)
}

/** From the status codes: "??" is untracked, a D is a deletion, a clean path is absent. */
function gitKind(was: string | undefined, now: string | undefined): TreeChangeKind {
  const code = now?.slice(0, 2)
  if (code === undefined) return 'modified' // dirty before, clean now: restored or committed
  if (code === '??' && (was === undefined || !was.startsWith('??'))) return 'added'
  if (code.includes('D') && now?.endsWith('|absent') === true) return 'deleted'
  return 'modified'
}

function filesKind(was: string | undefined, now: string | undefined): TreeChangeKind {
  if (was === undefined || was === 'absent') return 'added'
  if (now === undefined || now === 'absent') return 'deleted'
  return 'modified'
}
