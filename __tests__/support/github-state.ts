/**
 * What the local GitHub server remembers: repositories with their commits and pull requests,
 * check runs (with every annotation batch received), commit statuses and issue comments, and the
 * JSON GitHub would answer for each.
 */
import {
  integrationJson,
  simpleUserJson,
  type Account,
  type AppInfo,
  type Identity
} from './github-identities.js'

const API = 'https://api.github.com'
const WEB = 'https://github.com'

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunRecord {
  id: number
  repository: string
  headSha: string
  name: string
  status: string
  conclusion: string | null
  startedAt: Date
  completedAt: Date | null
  detailsUrl: string | null
  externalId: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation received, in order: GitHub appends them across requests. */
  annotations: CheckRunAnnotation[]
  /** How many annotations each request (create or update) carried, in order. */
  annotationsPerRequest: number[]
  app: AppInfo
}

export interface StatusRecord {
  id: number
  repository: string
  sha: string
  state: string
  description: string | null
  targetUrl: string | null
  context: string
  creator: Account
  createdAt: Date
}

export interface CommentRecord {
  id: number
  repository: string
  issueNumber: number
  body: string
  author: Account
  /** The app a comment was made through (installation tokens), as `performed_via_github_app`. */
  app: AppInfo | null
  createdAt: Date
  updatedAt: Date
}

export interface IssueRecord {
  number: number
  isPullRequest: boolean
  headSha: string | null
  /** Default open. A pull request that was merged is closed and merged. */
  state?: 'open' | 'closed'
  /** GraphQL's IssueStateReason for closed issues: COMPLETED, NOT_PLANNED, DUPLICATE, REOPENED. */
  stateReason?: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED' | null
  merged?: boolean
}

export interface ReviewRecord {
  id: number
  repository: string
  pullNumber: number
  user: Account
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
  submittedAt: Date
}

export interface RepositoryRecord {
  owner: string
  name: string
  id: number
  commits: Set<string>
  issues: Map<number, IssueRecord>
}

/** GitHub's timestamps have whole seconds: 2024-05-01T12:00:00Z. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export class GitHubState {
  readonly repositories = new Map<string, RepositoryRecord>()
  readonly checkRuns: CheckRunRecord[] = []
  readonly statuses: StatusRecord[] = []
  readonly comments: CommentRecord[] = []
  readonly reviews: ReviewRecord[] = []
  private nextId = 1_000_001

  newId(): number {
    return this.nextId++
  }

  /** Owner and name are case-insensitive on GitHub. */
  repository(owner: string, name: string): RepositoryRecord | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase())
  }

  addRepository(fullName: string): RepositoryRecord {
    const existing = this.repositories.get(fullName.toLowerCase())
    if (existing) return existing
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`Repository must be owner/name, got ${fullName}`)
    const record: RepositoryRecord = {
      owner,
      name,
      id: this.newId(),
      commits: new Set(),
      issues: new Map()
    }
    this.repositories.set(fullName.toLowerCase(), record)
    return record
  }

  commentsOn(repository: RepositoryRecord, issueNumber: number): CommentRecord[] {
    return this.comments
      .filter((c) => c.repository === fullName(repository) && c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
  }
}

export function fullName(repository: RepositoryRecord): string {
  return `${repository.owner}/${repository.name}`
}

export function actingApp(identity: Identity): AppInfo | null {
  return identity.kind === 'installation' ? identity.app : null
}

export function checkRunJson(run: CheckRunRecord): Record<string, unknown> {
  const url = `${API}/repos/${run.repository}/check-runs/${run.id}`
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: Buffer.from(`04:CheckRun${run.id}`).toString('base64'),
    external_id: run.externalId ?? '',
    url,
    html_url: `${WEB}/${run.repository}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${WEB}/apps/${run.app.slug}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: timestamp(run.startedAt),
    completed_at: run.completedAt ? timestamp(run.completedAt) : null,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`
    },
    name: run.name,
    check_suite: { id: 5_000_000 + run.id },
    app: integrationJson(run.app),
    pull_requests: []
  }
}

export function statusJson(status: StatusRecord): Record<string, unknown> {
  return {
    url: `${API}/repos/${status.repository}/statuses/${status.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${status.creator.id}?v=4`,
    id: status.id,
    node_id: Buffer.from(`011:StatusContext${status.id}`).toString('base64'),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: timestamp(status.createdAt),
    updated_at: timestamp(status.createdAt),
    creator: simpleUserJson(status.creator)
  }
}

export function commentJson(comment: CommentRecord): Record<string, unknown> {
  const issueUrl = `${API}/repos/${comment.repository}/issues/${comment.issueNumber}`
  return {
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString('base64'),
    url: `${API}/repos/${comment.repository}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${comment.repository}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUserJson(comment.author),
    created_at: timestamp(comment.createdAt),
    updated_at: timestamp(comment.updatedAt),
    issue_url: issueUrl,
    author_association: comment.author.type === 'Bot' ? 'NONE' : 'OWNER',
    performed_via_github_app: comment.app ? integrationJson(comment.app) : null,
    reactions: {
      url: `${API}/repos/${comment.repository}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
  }
}

/** GitHub's pull-request-review object. */
export function reviewJson(review: ReviewRecord): Record<string, unknown> {
  const pull = `${API}/repos/${review.repository}/pulls/${review.pullNumber}`
  const html = `${WEB}/${review.repository}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
  return {
    id: review.id,
    node_id: Buffer.from(`017:PullRequestReview${review.id}`).toString('base64'),
    user: simpleUserJson(review.user),
    body: review.state === 'APPROVED' ? 'LGTM' : '',
    state: review.state,
    html_url: html,
    pull_request_url: pull,
    _links: { html: { href: html }, pull_request: { href: pull } },
    ...(review.state === 'PENDING' ? {} : { submitted_at: timestamp(review.submittedAt) }),
    commit_id: review.commitId,
    author_association: 'MEMBER'
  }
}
