/**
 * What an item's text says about GitHub: issues and pull requests (`#123`, `owner/repo#45`, their
 * URLs on github.com or the run's GitHub Enterprise server), checks ("the `build` check passes",
 * "the `CI` workflow") and files of the repository (relative links, blob URLs of this repository).
 * Pure: the item's inline Markdown source in, references out. Text inside code spans and HTML
 * comments is not read — except the code span that names a check, which is how checks are named.
 */
import * as posix from 'node:path/posix'
import { findCodeSpans, maskCodeAndComments } from './inline.js'
import type { TaskItem } from './model.js'

export type GitHubReference =
  /** An issue or a pull request (which one is GitHub's to say). */
  | { kind: 'issue'; owner: string; repo: string; number: number }
  /** A check run (or the job of a workflow) by name, on the head commit. */
  | { kind: 'check'; name: string }
  /** A file of this repository, relative to the repository root. */
  | { kind: 'file'; path: string }

export interface ItemReferences {
  line: number
  text: string
  checked: boolean
  references: GitHubReference[]
}

/** Where the checklist lives: references without a repository are to this one. */
export interface ReferenceScope {
  owner: string
  repo: string
  /** The web server, e.g. https://github.com or a GitHub Enterprise Server URL. */
  serverUrl: string
  /** The checklist's path from the repository root ('' when at the root): relative links start there. */
  checklistDir: string
}

/** More than this many references in one item are not looked up (a list of links, not a claim). */
export const MAX_REFERENCES_PER_ITEM = 20

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})'
const REPO = '[A-Za-z0-9._-]{1,100}'
/** `#12` or `owner/repo#12`, not inside a word, a URL path or a heading anchor like `foo#bar`. */
const SHORT_REFERENCE = new RegExp(
  `(?<![\\w/#&.-])(?:(${OWNER})/(${REPO}))?#([1-9][0-9]{0,9})(?![\\w-])`,
  'g'
)
const URL_PATTERN = /https?:\/\/[^\s<>()[\]"'`]+/g
// The link text stops at the next '[' too, so a run of unmatched '[' costs one pass, not one each.
const MARKDOWN_LINK = /\[[^[\]\n]*\]\(\s*<?([^()<>\s]+)>?(?:\s+"[^"\n]*")?\s*\)/g
/** "the `build` check", "`CI` workflow", "check `lint`", "workflow `Release`". */
const CHECK_AFTER = /^\s+(?:check|workflow|job|CI\s+check)\b/i
const CHECK_BEFORE = /\b(?:the\s+)?(?:check|workflow|job)\s+(?:run\s+)?$/i

export function findItemReferences(
  items: readonly TaskItem[],
  scope: ReferenceScope
): ItemReferences[] {
  const found: ItemReferences[] = []
  for (const item of items) {
    const references = referencesIn(item, scope)
    if (references.length === 0) continue
    found.push({
      line: item.line,
      text: item.text,
      checked: item.checked,
      references: references.slice(0, MAX_REFERENCES_PER_ITEM)
    })
  }
  return found
}

/** The references of one item, each once, in the order they appear. */
export function referencesIn(item: TaskItem, scope: ReferenceScope): GitHubReference[] {
  const source = item.text
  const masked = maskCodeAndComments(source)
  const references: GitHubReference[] = []
  const seen = new Set<string>()
  const add = (reference: GitHubReference | null): void => {
    if (reference === null) return
    const key = referenceKey(reference)
    if (seen.has(key)) return
    seen.add(key)
    references.push(reference)
  }
  // URLs and link targets first; their text is then blanked so `#12` inside a URL is not read.
  let rest = masked
  for (const match of masked.matchAll(MARKDOWN_LINK)) {
    add(linkReference(match[1]!, scope))
    rest = blankRange(rest, match.index, match.index + match[0].length, match[0].indexOf('](') + 2)
  }
  for (const match of rest.matchAll(URL_PATTERN)) {
    add(urlReference(trimUrlEnd(match[0]), scope))
    rest = blankRange(rest, match.index, match.index + match[0].length)
  }
  for (const match of rest.matchAll(SHORT_REFERENCE)) {
    const [, owner, repo, number] = match
    add({
      kind: 'issue',
      owner: owner ?? scope.owner,
      repo: repo ?? scope.repo,
      number: Number(number)
    })
  }
  if (source.includes('`')) {
    for (const span of findCodeSpans(source)) {
      const name = span.text.trim()
      if (name === '' || name.length > 100 || name.includes('\n')) continue
      const before = masked.slice(Math.max(0, span.start - 30), span.start)
      const after = masked.slice(span.end, span.end + 30)
      if (CHECK_AFTER.test(after) || CHECK_BEFORE.test(before)) add({ kind: 'check', name })
    }
  }
  return references
}

export function referenceKey(reference: GitHubReference): string {
  switch (reference.kind) {
    case 'issue':
      return `issue:${reference.owner.toLowerCase()}/${reference.repo.toLowerCase()}#${reference.number}`
    case 'check':
      return `check:${reference.name}`
    case 'file':
      return `file:${reference.path}`
  }
}

/** `owner/repo#12`, `#12` for this repository; the check's and the file's name otherwise. */
export function referenceLabel(
  reference: GitHubReference,
  scope: { owner: string; repo: string }
): string {
  switch (reference.kind) {
    case 'issue':
      return sameRepository(reference, scope)
        ? `#${reference.number}`
        : `${reference.owner}/${reference.repo}#${reference.number}`
    case 'check':
      return reference.name
    case 'file':
      return reference.path
  }
}

function sameRepository(
  reference: { owner: string; repo: string },
  scope: { owner: string; repo: string }
): boolean {
  return (
    reference.owner.toLowerCase() === scope.owner.toLowerCase() &&
    reference.repo.toLowerCase() === scope.repo.toLowerCase()
  )
}

/** A link target: a URL, or a path relative to the checklist (or to the root with a leading /). */
function linkReference(target: string, scope: ReferenceScope): GitHubReference | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return urlReference(target, scope)
  if (target.startsWith('#') || target.startsWith('//')) return null
  const withoutFragment = target.replace(/[?#].*$/, '')
  if (withoutFragment === '') return null
  let decoded: string
  try {
    decoded = decodeURIComponent(withoutFragment)
  } catch {
    return null
  }
  return fileReference(
    decoded.startsWith('/') ? decoded.slice(1) : posix.join(scope.checklistDir, decoded)
  )
}

/** A github.com (or GHES) URL of an issue, a pull request, or a file of this repository. */
function urlReference(url: string, scope: ReferenceScope): GitHubReference | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!isServerUrl(parsed, scope.serverUrl)) return null
  const base = new URL(scope.serverUrl).pathname.replace(/\/$/, '')
  const segments = parsed.pathname.slice(base.length).split('/').filter(Boolean)
  const [owner, repo, kind, ...rest] = segments
  if (owner === undefined || repo === undefined || kind === undefined) return null
  if (!new RegExp(`^${OWNER}$`).test(owner) || !new RegExp(`^${REPO}$`).test(repo)) return null
  if ((kind === 'issues' || kind === 'pull') && /^[1-9][0-9]{0,9}$/.test(rest[0] ?? '')) {
    return { kind: 'issue', owner, repo, number: Number(rest[0]) }
  }
  // blob/<ref>/<path>: the ref is not read — the file is checked at the head being assessed.
  if (kind === 'blob' && rest.length >= 2 && sameRepository({ owner, repo }, scope)) {
    try {
      return fileReference(decodeURIComponent(rest.slice(1).join('/')))
    } catch {
      return null
    }
  }
  return null
}

function isServerUrl(url: URL, serverUrl: string): boolean {
  try {
    const server = new URL(serverUrl)
    const base = server.pathname.replace(/\/$/, '')
    return (
      url.host.toLowerCase() === server.host.toLowerCase() && url.pathname.startsWith(`${base}/`)
    )
  } catch {
    return false
  }
}

/** A normalised path inside the repository, or null for one that leaves it. */
function fileReference(path: string): GitHubReference | null {
  const normalized = posix.normalize(path).replace(/\/$/, '')
  if (
    normalized === '.' ||
    normalized === '' ||
    normalized.startsWith('../') ||
    normalized === '..'
  ) {
    return null
  }
  // eslint-disable-next-line no-control-regex -- control characters make no file name on GitHub
  if (/[\u0000-\u001f\\]/.test(normalized)) return null
  return { kind: 'file', path: normalized }
}

/** Sentence punctuation after a bare URL is not part of it (a loop: /[.,]+$/ is quadratic). */
function trimUrlEnd(url: string): string {
  let end = url.length
  while (end > 0 && '.,;:!?'.includes(url[end - 1]!)) end--
  return url.slice(0, end)
}

/** Blanks text[start+keep, end) with spaces, so later searches skip it and offsets stay put. */
function blankRange(text: string, start: number, end: number, keep = 0): string {
  return text.slice(0, start + keep) + ' '.repeat(end - start - keep) + text.slice(end)
}
