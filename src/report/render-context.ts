/** Where the report is for (repository, commit, run) and links into it. */
import * as path from 'node:path'
import { capList } from './format.js'
import { trimTrailing } from '../linear-text.js'

export interface RenderContext {
  /** The check run's name, e.g. "Readiness Gate". */
  checkName: string
  /** The workflow run's URL, linked from every surface when given. */
  runUrl: string | null
  /** "owner/repo". With `sha`, checklist lines become links to the file at that commit. */
  repository: string | null
  sha: string | null
  /** The pull request reported on, when there is one (kept in the JSON report for report-from). */
  pullRequest?: number | null
  ref: string | null
  /** The checklist's path relative to the repository root (annotations point there). */
  checklistPath: string
  /** The project root relative to the repository root ("." or "examples/app"): validation cwds and finding paths are under it. */
  validationRoot: string
  /** Absolute repository root (GITHUB_WORKSPACE): turns absolute finding paths into repository paths. */
  workspace?: string | null
  /** Defaults to https://github.com (set GITHUB_SERVER_URL for GitHub Enterprise Server). */
  serverUrl?: string | null
  /** ISO timestamp for the JSON report; omitted when not given (keeps outputs deterministic). */
  generatedAt?: string | null
}

/** Where a run happened, as an entry point knows it (the action's settings, the CLI's flags). */
export interface RunLocation {
  checkName: string
  /** Absolute repository root: GITHUB_WORKSPACE in the action, --cwd in the CLI. */
  workspace: string
  /** Absolute project root the validations run in. */
  root: string
  /** Absolute path of the checklist. */
  checklistPath: string
  /** The GitHub run, or null outside GitHub Actions (the CLI, a local run). */
  github: {
    owner: string
    repo: string
    sha: string
    ref: string
    runUrl: string | null
    serverUrl: string
    /** The pull request the run is for (kept in the JSON report, which report-from checks). */
    pullRequest?: number | null
  } | null
}

/** The one RenderContext builder, shared by the action and the CLI. */
export function renderContextFor(location: RunLocation): RenderContext {
  const { github, workspace } = location
  return {
    checkName: location.checkName,
    runUrl: github?.runUrl ?? null,
    repository: github === null ? null : `${github.owner}/${github.repo}`,
    sha: github?.sha ?? null,
    ...(typeof github?.pullRequest === 'number' ? { pullRequest: github.pullRequest } : {}),
    ref: github?.ref ?? null,
    checklistPath: toPosix(path.relative(workspace, location.checklistPath)),
    validationRoot: toPosix(path.relative(workspace, location.root)) || '.',
    workspace,
    serverUrl: github?.serverUrl ?? null
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** A link to a line of the checklist at the reported commit, or null when there is no commit. */
export function checklistLineUrl(context: RenderContext, line: number): string | null {
  return fileLineUrl(context, context.checklistPath, line)
}

/** A link to a line of a repository file at the reported commit, or null when there is no commit. */
export function fileLineUrl(
  context: RenderContext,
  repositoryPath: string,
  line: number
): string | null {
  if (context.repository === null || context.sha === null) return null
  const server = trimTrailing(context.serverUrl ?? 'https://github.com', '/')
  const file = repositoryPath
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/')
  const repository = context.repository.split('/').map(encodeURIComponent).join('/')
  return `${server}/${repository}/blob/${encodeURIComponent(context.sha)}/${file}#L${line}`
}

/**
 * A URL made safe inside Markdown's `(…)` link destination: characters that would end or break
 * it are percent-encoded; existing escapes are left alone (no double encoding).
 */
export function linkDestination(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must be encoded too
  return url.replace(/[\u0000-\u0020\u007f()<>\\`"'[\]|]/g, (c) =>
    Array.from(
      Buffer.from(c, 'utf8'),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    ).join('')
  )
}

/** "line 26", linked to the checklist at the commit when the context allows. */
export function lineRef(context: RenderContext, line: number): string {
  const url = checklistLineUrl(context, line)
  return url === null ? `line ${line}` : `[line ${line}](${linkDestination(url)})`
}

/** "26", linked like lineRef (for table columns already headed "Line"). */
export function lineNumberRef(context: RenderContext, line: number): string {
  const url = checklistLineUrl(context, line)
  return url === null ? String(line) : `[${line}](${linkDestination(url)})`
}

/**
 * "lines 14, 15, 17", capped at `max` with "…and N more". Only the first is linked: a link per
 * line would multiply the report's size for little use (the lines are next to each other).
 */
export function linesRef(context: RenderContext, lines: number[], max: number): string {
  if (lines.length === 1) return lineRef(context, lines[0]!)
  const { shown, more } = capList(lines, Math.max(1, max))
  const refs = shown.map((line, i) => (i === 0 ? lineNumberRef(context, line) : String(line)))
  return `lines ${refs.join(', ')}${more > 0 ? ` …and ${more} more` : ''}`
}
