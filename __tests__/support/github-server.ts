/**
 * A local GitHub REST API for tests, on 127.0.0.1 and a random port, that behaves like
 * api.github.com for the operations Readiness Gate uses:
 * - it refuses (and records as a violation) any request GitHub's OpenAPI description does not
 *   allow: unknown route, bad path/query parameter, body that fails the operation's schema, or an
 *   unknown body field (GitHub would silently ignore a misspelt field; here it fails the test);
 * - it keeps state: check runs with every annotation batch, statuses, comments with their authors,
 *   and pages lists with a real `Link` header;
 * - it knows tokens the way GitHub does (GITHUB_TOKEN, another app's installation token, a
 *   personal token, permissions) and answers with GitHub's errors;
 * - faults can be scripted per operation or per request index, and every request is logged;
 *   besides GitHub's own errors, the faults of a broken API or proxy: an answer that never comes
 *   (`silent`), a body that trickles forever (`drip`), a body of hundreds of MB (`huge`), a 2xx
 *   that is not the JSON the operation returns (`answer`), a redirect (`redirect`), a Link header
 *   leading elsewhere (`next-page-at`). Held connections stay open until the test closes the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { OperationCatalog, type RouteMatch } from './github-openapi.js'
import {
  type AppInfo,
  authenticatedUserJson,
  defaultTokens,
  type Account,
  type Identity,
  type Permissions
} from './github-identities.js'
import {
  GitHubState,
  actingApp,
  checkRunJson,
  commentJson,
  fullName,
  reviewJson,
  statusJson,
  type CheckRunAnnotation,
  type CheckRunRecord,
  type CommentRecord,
  type IssueRecord,
  type RepositoryRecord,
  type ReviewRecord
} from './github-state.js'
import { answerGraphql } from './github-graphql.js'

export type Fault =
  | { kind: 'error'; status: number; message?: string }
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfterSeconds?: number }
  | { kind: 'rate-limit'; status?: 403 | 429; resetInSeconds: number }
  | { kind: 'not-accessible' }
  | { kind: 'connection-reset' }
  /** Reads the request and never answers. */
  | { kind: 'silent' }
  /** Sends the status and headers, then one byte of body every `everyMs`, never ending. */
  | { kind: 'drip'; status?: number; everyMs?: number }
  /** Streams `bytes` of body (chunked unless `announce`), with backpressure. */
  | { kind: 'huge'; status?: number; bytes: number; announce?: boolean }
  /** A 2xx (or any status) with this raw body and content type instead of the real answer. */
  | { kind: 'answer'; status: number; body: string; contentType?: string }
  /** A redirect to `location` instead of the answer. */
  | { kind: 'redirect'; status: 301 | 302 | 307 | 308; location: string }
  /** The real answer, with a `Link: <url>; rel="next"` header pointing at `url`. */
  | { kind: 'next-page-at'; url: string }

/** Faults that take the response over: the server writes it (or not) itself. */
type StreamFault = Extract<Fault, { kind: 'silent' | 'drip' | 'huge' }>

/** What the server did with a request whose answer it held or streamed. */
export interface HeldAnswer {
  /** Body bytes written before the client went away. */
  bytesSent: number
  /** Settles when the client closes the connection (or the test closes the server). */
  closed: Promise<void>
}

export interface RecordedRequest {
  index: number
  method: string
  path: string
  query: Record<string, string>
  operationId: string | null
  body: unknown
  /** Login of the token's identity, null when unauthenticated or unknown. */
  login: string | null
  /** The request carried an Authorization header. */
  authorized: boolean
  status: number | 'connection-reset' | 'no answer'
  fault: Fault['kind'] | null
  /** For silent, dripping and huge answers: what was sent and when the client left. */
  held?: HeldAnswer
}

export interface GitHubServerOptions {
  /** Token → identity. Default: defaultTokens() (GITHUB_TOKEN, another app, a personal token). */
  tokens?: Record<string, Identity>
  now?: () => Date
}

interface Reply {
  status: number
  body?: unknown
  /** Sent as is instead of `body` as JSON. */
  rawBody?: string
  headers?: Record<string, string>
}

interface HandlerInput {
  identity: Identity
  repository: RepositoryRecord | null
  pathParams: Record<string, unknown>
  query: Record<string, unknown>
  body: Record<string, unknown>
  url: URL
}

type Handler = (server: GitHubServer, input: HandlerInput) => Reply

const NOT_ACCESSIBLE = 'Resource not accessible by integration'

/** The app whose check runs the evidence tests read (a CI's `build` job). */
const OTHER_CI_APP: AppInfo = {
  id: 15368001,
  slug: 'ci',
  name: 'CI',
  owner: { login: 'octo-org', id: 6811672, type: 'Organization' }
}
const COMMENT_BODY_LIMIT = 65536
const STATUS_DESCRIPTION_LIMIT = 140

export class GitHubServer {
  readonly state = new GitHubState()
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  readonly catalog = sharedCatalog()
  private readonly tokens: Record<string, Identity>
  private readonly now: () => Date
  private readonly faultsByOperation = new Map<string, Fault[]>()
  private readonly faultsByIndex = new Map<number, Fault>()
  private readonly files = new Map<string, string>()
  private readonly http: Server
  private baseUrl = ''

  private constructor(options: GitHubServerOptions) {
    this.tokens = options.tokens ?? defaultTokens()
    this.now = options.now ?? (() => new Date())
    this.http = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(
          `test server crashed on ${request.method} ${request.url}: ${String(error)}`
        )
        if (!response.headersSent)
          send(response, { status: 500, body: { message: 'Server Error' } })
      })
    })
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    const server = new GitHubServer(options)
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve))
    const { port } = server.http.address() as AddressInfo
    server.baseUrl = `http://127.0.0.1:${port}`
    return server
  }

  /** The API base URL, as GITHUB_API_URL. */
  get url(): string {
    return this.baseUrl
  }

  async close(): Promise<void> {
    this.http.closeAllConnections()
    await new Promise<void>((resolve, reject) => {
      this.http.close((error) => {
        if (error) reject(error)
        else resolve()
      })
    })
  }

  // ── seeding ──────────────────────────────────────────────────────────────────────────────

  /** Creates what a webhook payload implies exists: the repository, its PR, the commits. */
  seedFromEvent(payload: Record<string, unknown>): RepositoryRecord {
    const repositoryName = (payload.repository as { full_name: string }).full_name
    const repository = this.state.addRepository(repositoryName)
    const pull = payload.pull_request as
      | {
          number: number
          head: { sha: string }
          base: { sha: string }
          merge_commit_sha?: string | null
        }
      | undefined
    if (pull) {
      this.addPullRequest(repositoryName, pull.number, pull.head.sha)
      repository.commits.add(pull.base.sha)
      if (pull.merge_commit_sha) repository.commits.add(pull.merge_commit_sha)
    }
    if (typeof payload.after === 'string') repository.commits.add(payload.after)
    return repository
  }

  addCommit(repositoryName: string, sha: string): void {
    this.state.addRepository(repositoryName).commits.add(sha)
  }

  addPullRequest(repositoryName: string, number: number, headSha: string): void {
    const repository = this.state.addRepository(repositoryName)
    repository.commits.add(headSha)
    repository.issues.set(number, { number, isPullRequest: true, headSha })
  }

  /** An issue (or a pull request, with `isPullRequest`) in the given state. */
  addIssue(
    repositoryName: string,
    number: number,
    issue: Partial<Omit<IssueRecord, 'number'>> = {}
  ): void {
    const repository = this.state.addRepository(repositoryName)
    repository.issues.set(number, { isPullRequest: false, headSha: null, ...issue, number })
  }

  /** A review submitted on a pull request, after every review seeded before it. */
  addReview(
    repositoryName: string,
    pullNumber: number,
    user: Account,
    state: ReviewRecord['state']
  ): ReviewRecord {
    const repository = this.state.addRepository(repositoryName)
    const pull = repository.issues.get(pullNumber)
    const review: ReviewRecord = {
      id: this.state.newId(),
      repository: fullName(repository),
      pullNumber,
      user,
      state,
      commitId: pull?.headSha ?? '0'.repeat(40),
      submittedAt: this.now()
    }
    this.state.reviews.push(review)
    return review
  }

  /** A check run another app made on a commit (e.g. the CI's `build` job). */
  addCheckRun(
    repositoryName: string,
    headSha: string,
    name: string,
    status: string,
    conclusion: string | null,
    startedAt: Date = this.now()
  ): CheckRunRecord {
    const repository = this.state.addRepository(repositoryName)
    repository.commits.add(headSha)
    const run: CheckRunRecord = {
      id: this.state.newId(),
      repository: fullName(repository),
      headSha,
      name,
      status,
      conclusion,
      startedAt,
      completedAt: status === 'completed' ? startedAt : null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      annotationsPerRequest: [],
      app: OTHER_CI_APP
    }
    this.state.checkRuns.push(run)
    return run
  }

  /** The pull request is gone (deleted, or transferred away): its routes answer 404. */
  removeIssue(repositoryName: string, number: number): void {
    this.state.addRepository(repositoryName).issues.delete(number)
  }

  /** A comment someone else already left, e.g. a spoofed marker or an earlier run's duplicate. */
  seedComment(
    repositoryName: string,
    issueNumber: number,
    body: string,
    author: Identity,
    createdAt: Date = this.now()
  ): CommentRecord {
    const repository = this.state.addRepository(repositoryName)
    const comment: CommentRecord = {
      id: this.state.newId(),
      repository: fullName(repository),
      issueNumber,
      body,
      author: author.account,
      app: actingApp(author),
      createdAt,
      updatedAt: createdAt
    }
    this.state.comments.push(comment)
    return comment
  }

  /** A file as it is at `ref` (a commit SHA, branch or tag), served by the contents API. */
  addFile(repositoryName: string, ref: string, path: string, content: string): void {
    const repository = this.state.addRepository(repositoryName)
    this.files.set(fileKey(fullName(repository), ref, path), content)
  }

  fileAt(repository: RepositoryRecord, ref: string, path: string): string | undefined {
    return this.files.get(fileKey(fullName(repository), ref, path))
  }

  // ── faults and inspection ────────────────────────────────────────────────────────────────

  /** The next requests to this operation get these faults, one each, in order. */
  failNext(operationId: string, ...faults: Fault[]): void {
    if (!this.catalog.has(operationId)) throw new Error(`No operation ${operationId} in the subset`)
    this.faultsByOperation.set(operationId, [
      ...(this.faultsByOperation.get(operationId) ?? []),
      ...faults
    ])
  }

  /** The request with this 0-based index (over all requests received) gets this fault. */
  failRequest(index: number, fault: Fault): void {
    this.faultsByIndex.set(index, fault)
  }

  callsTo(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId)
  }

  commentsOn(repositoryName: string, issueNumber: number): CommentRecord[] {
    const repository = this.state.addRepository(repositoryName)
    return this.state.commentsOn(repository, issueNumber)
  }

  checkRun(id: number): CheckRunRecord {
    const run = this.state.checkRuns.find((candidate) => candidate.id === id)
    if (!run) throw new Error(`No check run ${id}`)
    return run
  }

  /** Throws when any request broke GitHub's contract (call it in afterEach). */
  assertNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(`GitHub API contract violations:\n- ${this.violations.join('\n- ')}`)
    }
  }

  // ── request handling ─────────────────────────────────────────────────────────────────────

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl)
    const method = request.method ?? 'GET'
    const record: RecordedRequest = {
      index: this.requests.length,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: null,
      body: undefined,
      login: null,
      authorized: request.headers.authorization !== undefined,
      status: 0,
      fault: null
    }
    this.requests.push(record)
    if (method === 'POST' && url.pathname === '/graphql') {
      await this.handleGraphql(request, response, record)
      return
    }
    const route = this.catalog.match(method, url.pathname)
    record.operationId = route?.operation.operationId ?? null
    const fault = this.takeFault(record)
    if (fault?.kind === 'connection-reset') {
      record.fault = fault.kind
      record.status = 'connection-reset'
      request.socket.destroy()
      return
    }
    const rawBody = await readBody(request)
    if (fault && isStreamFault(fault)) {
      record.fault = fault.kind
      record.status = fault.kind === 'silent' ? 'no answer' : (fault.status ?? 200)
      record.held = holdAnswer(fault, response)
      return
    }
    const answerFault = fault?.kind === 'next-page-at' ? undefined : fault
    const reply = this.respond(
      record,
      route,
      rawBody,
      url,
      request.headers.authorization,
      answerFault
    )
    if (fault?.kind === 'next-page-at') {
      record.fault = fault.kind
      reply.headers = { ...reply.headers, link: `<${fault.url}>; rel="next"` }
    }
    record.status = reply.status
    send(response, withStandardHeaders(reply, record.index, this.now()))
  }

  /**
   * POST /graphql: the query is validated against GitHub's public GraphQL schema (a query GitHub
   * would refuse is a violation) and answered from the same state as the REST routes.
   */
  private async handleGraphql(
    request: IncomingMessage,
    response: ServerResponse,
    record: RecordedRequest
  ): Promise<void> {
    record.operationId = 'graphql'
    const rawBody = await readBody(request)
    const fault = this.takeFault(record)
    let reply: Reply
    if (
      fault !== undefined &&
      !isStreamFault(fault) &&
      fault.kind !== 'connection-reset' &&
      fault.kind !== 'next-page-at'
    ) {
      record.fault = fault.kind
      reply = faultReply(fault, this.now())
    } else {
      const identity = this.authenticate(request.headers.authorization)
      if ('status' in identity) {
        reply = identity
      } else {
        record.login = identity.account.login
        const answer = answerGraphql(this.state, identity, rawBody)
        record.body = answer.request
        for (const problem of answer.violations) this.violations.push(`graphql: ${problem}`)
        reply = { status: answer.status, body: answer.body }
      }
    }
    record.status = reply.status
    send(response, withStandardHeaders(reply, record.index, this.now()))
  }

  private takeFault(record: RecordedRequest): Fault | undefined {
    const byIndex = this.faultsByIndex.get(record.index)
    if (byIndex) {
      this.faultsByIndex.delete(record.index)
      return byIndex
    }
    return record.operationId ? this.faultsByOperation.get(record.operationId)?.shift() : undefined
  }

  private respond(
    record: RecordedRequest,
    route: RouteMatch | null,
    rawBody: string,
    url: URL,
    authorization: string | undefined,
    fault: AnswerFault | undefined
  ): Reply {
    if (!route) {
      return this.violation(
        `${record.method} ${record.path} matches no operation in the OpenAPI subset`,
        {
          status: 404,
          body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
        }
      )
    }
    const operationId = route.operation.operationId
    let body: unknown = undefined
    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody)
      } catch {
        return this.violation(`${operationId}: body is not JSON`, {
          status: 400,
          body: { message: 'Problems parsing JSON' }
        })
      }
    }
    record.body = body
    const pathParams: Record<string, unknown> = { ...route.pathParams }
    const query: Record<string, unknown> = { ...record.query }
    const problems = this.catalog.validateRequest(operationId, pathParams, query, body)
    if (problems.length > 0) {
      const message = problems.map((problem) => problem.message).join('; ')
      const inPath = problems.some((problem) => problem.where === 'path')
      return this.violation(`${operationId}: ${message}`, {
        status: inPath ? 404 : 422,
        body: {
          message: inPath ? 'Not Found' : `Invalid request.\n\n${message}`,
          documentation_url: route.operation.documentationUrl
        }
      })
    }
    if (fault) {
      record.fault = fault.kind
      return faultReply(fault, this.now())
    }
    const identity = this.authenticate(authorization)
    if ('status' in identity) return identity
    record.login = identity.account.login
    const repository =
      typeof pathParams.owner === 'string' && typeof pathParams.repo === 'string'
        ? (this.state.repository(pathParams.owner, pathParams.repo) ?? null)
        : null
    if ('owner' in pathParams && !repository) return notFound()
    const handler = HANDLERS[operationId]
    if (!handler) {
      return this.violation(`${operationId} is not implemented by the test server`, {
        status: 501,
        body: { message: 'Not implemented by the test server' }
      })
    }
    const input = {
      identity,
      repository,
      pathParams,
      query,
      body: (body ?? {}) as Record<string, unknown>,
      url
    }
    const reply = handler(this, input)
    if (reply.status < 300) {
      for (const problem of this.catalog.validateResponse(operationId, reply.status, reply.body)) {
        this.violations.push(`test server bug: ${operationId} answer ${problem.message}`)
      }
    }
    return reply
  }

  private violation(message: string, reply: Reply): Reply {
    this.violations.push(message)
    return reply
  }

  private authenticate(authorization: string | undefined): Identity | Reply {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1]
    if (!token) return { status: 401, body: { message: 'Requires authentication' } }
    const identity = this.tokens[token]
    if (!identity) return { status: 401, body: { message: 'Bad credentials' } }
    return identity
  }

  // ── used by handlers ─────────────────────────────────────────────────────────────────────

  timeNow(): Date {
    return this.now()
  }
}

let catalog: OperationCatalog | undefined

/** Compiling GitHub's schemas takes a while: once per test file is enough. */
function sharedCatalog(): OperationCatalog {
  catalog ??= new OperationCatalog()
  return catalog
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  return GitHubServer.start(options)
}

/**
 * A fresh server for every test of the file: started before each test and handed to `slot.set`
 * (the file keeps it in its `let server`), closed after the test — the one `slot.get` returns
 * then, so a test may close it and start another — and the test fails when the server saw a
 * request GitHub's OpenAPI description refuses. Call once at the top level of the file, before
 * any beforeEach that seeds the server.
 */
export function gitHubServerPerTest(
  slot: { set: (server: GitHubServer) => void; get: () => GitHubServer },
  options: GitHubServerOptions = {}
): void {
  beforeEach(async () => {
    slot.set(await startGitHubServer(options))
  })
  afterEach(async () => {
    const server = slot.get()
    await server.close()
    server.assertNoViolations()
  })
}

// ── handlers, one per operation ────────────────────────────────────────────────────────────

const HANDLERS: Record<string, Handler> = {
  'checks/create': createCheckRun,
  'checks/update': updateCheckRun,
  'repos/create-commit-status': createStatus,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'users/get-authenticated': getAuthenticatedUser,
  'pulls/list-reviews': listReviews,
  'checks/list-for-ref': listCheckRunsForRef,
  'repos/get-content': getContent,
  'apps/get-authenticated': () => ({
    // GET /app needs a JWT signed with the app's private key; no token we handle is one.
    status: 401,
    body: { message: 'A JSON web token could not be decoded' }
  })
}

function fileKey(repository: string, ref: string, path: string): string {
  return `${repository.toLowerCase()}@${ref}:${path}`
}

/**
 * GET /repos/{owner}/{repo}/contents/{path}?ref=: a file seeded with addFile, in GitHub's
 * "Content File" shape (base64 in 60-character lines); 404 for anything else. Every token that
 * can see the repository can read its contents (the GITHUB_TOKEN always has contents: read).
 */
function getContent(server: GitHubServer, input: HandlerInput): Reply {
  const repository = input.repository!
  const path = String(input.pathParams.path)
  const ref = typeof input.query.ref === 'string' ? input.query.ref : 'main'
  const content = server.fileAt(repository, ref, path)
  if (content === undefined) return notFound()
  const bytes = Buffer.from(content, 'utf8')
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
  const name = fullName(repository)
  const api = `https://api.github.com/repos/${name}`
  const html = `https://github.com/${name}/blob/${ref}/${path}`
  return {
    status: 200,
    body: {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: path.split('/').at(-1),
      path,
      content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
      sha,
      url: `${api}/contents/${path}?ref=${ref}`,
      git_url: `${api}/git/blobs/${sha}`,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${name}/${ref}/${path}`,
      _links: { git: `${api}/git/blobs/${sha}`, self: `${api}/contents/${path}?ref=${ref}`, html }
    }
  }
}

function createCheckRun(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requireAppPermission(input.identity, 'checks')
  if (denied) return denied
  const repository = input.repository!
  const body = input.body
  const headSha = body.head_sha as string
  if (!repository.commits.has(headSha)) return unprocessable(`No commit found for SHA: ${headSha}`)
  const conclusionProblem = completedNeedsConclusion(body)
  if (conclusionProblem) return conclusionProblem
  const now = server.timeNow()
  const output = body.output as CheckRunOutput | undefined
  const conclusion = (body.conclusion as string | undefined) ?? null
  const run: CheckRunRecord = {
    id: server.state.newId(),
    repository: fullName(repository),
    headSha,
    name: body.name as string,
    // Providing a conclusion sets the status to completed.
    status: conclusion ? 'completed' : ((body.status as string | undefined) ?? 'queued'),
    conclusion,
    startedAt: body.started_at ? new Date(body.started_at as string) : now,
    completedAt: conclusion
      ? body.completed_at
        ? new Date(body.completed_at as string)
        : now
      : null,
    detailsUrl: (body.details_url as string | undefined) ?? null,
    externalId: (body.external_id as string | undefined) ?? null,
    output: {
      title: output?.title ?? null,
      summary: output?.summary ?? null,
      text: output?.text ?? null
    },
    annotations: [...(output?.annotations ?? [])],
    annotationsPerRequest: [output?.annotations?.length ?? 0],
    app: (input.identity as Extract<Identity, { kind: 'installation' }>).app
  }
  server.state.checkRuns.push(run)
  return { status: 201, body: checkRunJson(run) }
}

interface CheckRunOutput {
  title?: string
  summary?: string
  text?: string
  annotations?: CheckRunAnnotation[]
}

function updateCheckRun(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requireAppPermission(input.identity, 'checks')
  if (denied) return denied
  const run = server.state.checkRuns.find(
    (candidate) =>
      candidate.id === input.pathParams.check_run_id &&
      candidate.repository === fullName(input.repository!)
  )
  if (!run) return notFound()
  // Only the app that created a check run may change it.
  if (input.identity.kind !== 'installation' || input.identity.app.id !== run.app.id) {
    return forbidden(NOT_ACCESSIBLE)
  }
  const body = input.body
  const conclusionProblem = completedNeedsConclusion(body)
  if (conclusionProblem) return conclusionProblem
  const output = body.output as CheckRunOutput | undefined
  if (output) {
    run.output = {
      title: output.title ?? run.output.title,
      summary: output.summary ?? run.output.summary,
      text: output.text ?? run.output.text
    }
    run.annotations.push(...(output.annotations ?? []))
  }
  run.annotationsPerRequest.push(output?.annotations?.length ?? 0)
  if (typeof body.name === 'string') run.name = body.name
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url
  if (typeof body.status === 'string') run.status = body.status
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion
    run.status = 'completed'
    run.completedAt = body.completed_at ? new Date(body.completed_at as string) : server.timeNow()
  }
  return { status: 200, body: checkRunJson(run) }
}

/** GitHub: "Required if you provide completed_at or a status of completed". */
function completedNeedsConclusion(body: Record<string, unknown>): Reply | null {
  const completing = body.status === 'completed' || body.completed_at !== undefined
  if (completing && body.conclusion === undefined) {
    return unprocessable('Invalid request.\n\nNo conclusion given for a completed check run.')
  }
  return null
}

function createStatus(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['statuses'])
  if (denied) return denied
  const repository = input.repository!
  const sha = input.pathParams.sha as string
  if (!repository.commits.has(sha)) return unprocessable(`No commit found for SHA: ${sha}`)
  const description = (input.body.description as string | null | undefined) ?? null
  if (description !== null && Array.from(description).length > STATUS_DESCRIPTION_LIMIT) {
    return validationFailed(
      'Status',
      'description',
      'description is too long (maximum is 140 characters)'
    )
  }
  const status = {
    id: server.state.newId(),
    repository: fullName(repository),
    sha,
    state: input.body.state as string,
    description,
    targetUrl: (input.body.target_url as string | null | undefined) ?? null,
    context: (input.body.context as string | undefined) ?? 'default',
    creator: input.identity.account,
    createdAt: server.timeNow()
  }
  server.state.statuses.push(status)
  return { status: 201, body: statusJson(status) }
}

function listComments(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['issues', 'pull_requests'], 'read')
  if (denied) return denied
  const repository = input.repository!
  const issueNumber = input.pathParams.issue_number as number
  if (!repository.issues.has(issueNumber)) return notFound()
  const since = typeof input.query.since === 'string' ? new Date(input.query.since) : null
  const comments = server.state
    .commentsOn(repository, issueNumber)
    .filter((comment) => since === null || comment.updatedAt >= since)
  return paginate(comments.map(commentJson), input)
}

function createComment(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['issues', 'pull_requests'])
  if (denied) return denied
  const repository = input.repository!
  const issueNumber = input.pathParams.issue_number as number
  if (!repository.issues.has(issueNumber)) return notFound()
  const tooLong = commentBodyTooLong(input.body.body as string)
  if (tooLong) return tooLong
  const now = server.timeNow()
  const comment: CommentRecord = {
    id: server.state.newId(),
    repository: fullName(repository),
    issueNumber,
    body: input.body.body as string,
    author: input.identity.account,
    app: actingApp(input.identity),
    createdAt: now,
    updatedAt: now
  }
  server.state.comments.push(comment)
  const json = commentJson(comment)
  return { status: 201, body: json, headers: { location: json.url as string } }
}

function findComment(server: GitHubServer, input: HandlerInput): CommentRecord | undefined {
  return server.state.comments.find(
    (comment) =>
      comment.id === input.pathParams.comment_id &&
      comment.repository === fullName(input.repository!)
  )
}

function updateComment(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['issues', 'pull_requests'])
  if (denied) return denied
  const comment = findComment(server, input)
  if (!comment) return notFound()
  const tooLong = commentBodyTooLong(input.body.body as string)
  if (tooLong) return tooLong
  // Anyone with write access may edit any comment: that is why the adapter must check authors.
  comment.body = input.body.body as string
  comment.updatedAt = server.timeNow()
  return { status: 200, body: commentJson(comment) }
}

function deleteComment(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['issues', 'pull_requests'])
  if (denied) return denied
  const comment = findComment(server, input)
  if (!comment) return notFound()
  server.state.comments.splice(server.state.comments.indexOf(comment), 1)
  return { status: 204 }
}

function listReviews(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['pull_requests'], 'read')
  if (denied) return denied
  const repository = input.repository!
  const number = input.pathParams.pull_number as number
  if (repository.issues.get(number)?.isPullRequest !== true) return notFound()
  const reviews = server.state.reviews.filter(
    (review) => review.repository === fullName(repository) && review.pullNumber === number
  )
  return paginate(reviews.map(reviewJson), input)
}

/** GET …/commits/{ref}/check-runs: filter=latest keeps the newest run per name and app. */
function listCheckRunsForRef(server: GitHubServer, input: HandlerInput): Reply {
  const denied = requirePermission(input.identity, ['checks'], 'read')
  if (denied) return denied
  const repository = input.repository!
  const ref = input.pathParams.ref as string
  if (!repository.commits.has(ref)) return unprocessable(`No commit found for SHA: ${ref}`)
  let runs = server.state.checkRuns.filter(
    (run) =>
      run.repository === fullName(repository) &&
      run.headSha === ref &&
      (input.query.check_name === undefined || run.name === input.query.check_name)
  )
  if (input.query.filter !== 'all') {
    const newest = new Map<string, CheckRunRecord>()
    for (const run of runs) {
      const key = `${run.name}\0${run.app.id}`
      const seen = newest.get(key)
      if (seen === undefined || run.startedAt >= seen.startedAt) newest.set(key, run)
    }
    runs = [...newest.values()]
  }
  const page = paginate(runs.map(checkRunJson), input)
  return { ...page, body: { total_count: runs.length, check_runs: page.body } }
}

function getAuthenticatedUser(_server: GitHubServer, input: HandlerInput): Reply {
  // An installation token (GITHUB_TOKEN included) is not a user: GitHub answers 403.
  if (input.identity.kind === 'installation') return forbidden(NOT_ACCESSIBLE)
  return { status: 200, body: authenticatedUserJson(input.identity.account) }
}

function commentBodyTooLong(body: string): Reply | null {
  if (Array.from(body).length <= COMMENT_BODY_LIMIT) return null
  return validationFailed('IssueComment', 'data', 'Body is too long (maximum is 65536 characters)')
}

/** GitHub's page-based pagination: per_page (default 30, at most 100), page, and a Link header. */
function paginate(items: unknown[], input: HandlerInput): Reply {
  const perPage = Math.min(Math.max(Number(input.query.per_page ?? 30), 1), 100)
  const page = Math.max(Number(input.query.page ?? 1), 1)
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1)
  const pageUrl = (target: number): string => {
    const url = new URL(input.url)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(target))
    return url.toString()
  }
  const links: string[] = []
  if (page < lastPage) {
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
  }
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

// ── permissions ────────────────────────────────────────────────────────────────────────────

/** The Checks API is for GitHub Apps only: personal tokens get 403 whatever their scopes. */
function requireAppPermission(identity: Identity, permission: keyof Permissions): Reply | null {
  if (identity.kind === 'user') return forbidden('You must authenticate via a GitHub App.')
  return requirePermission(identity, [permission])
}

/** Any one of `permissions` at `level` (write implies read); users are assumed to have write access. */
function requirePermission(
  identity: Identity,
  permissions: (keyof Permissions)[],
  level: 'read' | 'write' = 'write'
): Reply | null {
  if (identity.kind === 'user') return null
  const granted = permissions.some((permission) => {
    const value = identity.permissions[permission]
    return value === 'write' || (level === 'read' && value === 'read')
  })
  return granted ? null : forbidden(NOT_ACCESSIBLE)
}

// ── replies ────────────────────────────────────────────────────────────────────────────────

function notFound(): Reply {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
  }
}

function forbidden(message: string): Reply {
  return { status: 403, body: { message, documentation_url: 'https://docs.github.com/rest' } }
}

function unprocessable(message: string): Reply {
  return { status: 422, body: { message, documentation_url: 'https://docs.github.com/rest' } }
}

function validationFailed(resource: string, field: string, message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest'
    }
  }
}

/** Faults answered with a (possibly wrong) reply. */
type AnswerFault = Exclude<Fault, { kind: 'connection-reset' | 'next-page-at' } | StreamFault>

function isStreamFault(fault: Fault): fault is StreamFault {
  return fault.kind === 'silent' || fault.kind === 'drip' || fault.kind === 'huge'
}

/**
 * Writes (or withholds) the answer for a stream fault until the client goes away: no timer or
 * stream outlives the connection, and closing the server ends every held connection.
 */
function holdAnswer(fault: StreamFault, response: ServerResponse): HeldAnswer {
  let resolveClosed: () => void = () => undefined
  const held: HeldAnswer = {
    bytesSent: 0,
    closed: new Promise<void>((resolve) => {
      resolveClosed = resolve
    })
  }
  const stops: (() => void)[] = []
  response.on('close', () => {
    for (const stop of stops) stop()
    resolveClosed()
  })
  if (fault.kind === 'silent') return held
  const json = { 'content-type': 'application/json; charset=utf-8' }
  if (fault.kind === 'drip') {
    response.writeHead(fault.status ?? 200, json)
    response.flushHeaders()
    const timer = setInterval(() => {
      response.write(' ')
      held.bytesSent++
    }, fault.everyMs ?? 20)
    stops.push(() => {
      clearInterval(timer)
    })
    return held
  }
  response.writeHead(fault.status ?? 200, {
    ...json,
    ...(fault.announce ? { 'content-length': String(fault.bytes) } : {})
  })
  const chunk = Buffer.alloc(64 * 1024, ' ')
  let stopped = false
  stops.push(() => {
    stopped = true
  })
  const pump = (): void => {
    while (!stopped && held.bytesSent < fault.bytes) {
      const piece = chunk.subarray(0, Math.min(chunk.length, fault.bytes - held.bytesSent))
      held.bytesSent += piece.length
      if (!response.write(piece)) {
        response.once('drain', pump)
        return
      }
    }
    if (!stopped) response.end()
  }
  pump()
  return held
}

function faultReply(fault: AnswerFault, now: Date): Reply {
  switch (fault.kind) {
    case 'redirect':
      return { status: fault.status, rawBody: '', headers: { location: fault.location } }
    case 'answer':
      return {
        status: fault.status,
        rawBody: fault.body,
        headers: fault.contentType ? { 'content-type': fault.contentType } : {}
      }
    case 'error':
      return {
        status: fault.status,
        body: { message: fault.message ?? defaultErrorMessage(fault.status) }
      }
    case 'not-accessible':
      return forbidden(NOT_ACCESSIBLE)
    case 'secondary-rate-limit':
      return {
        status: fault.status ?? 403,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        }
      }
    case 'rate-limit':
      return {
        status: fault.status ?? 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(now.getTime() / 1000) + fault.resetInSeconds)
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'
        }
      }
  }
}

function defaultErrorMessage(status: number): string {
  if (status === 404) return 'Not Found'
  if (status === 422) return 'Validation Failed'
  if (status === 502) return 'Bad Gateway'
  if (status === 503) return 'Service Unavailable'
  return 'Server Error'
}

function withStandardHeaders(reply: Reply, index: number, now: Date): Reply {
  return {
    ...reply,
    headers: {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `0000:${index.toString(16).padStart(4, '0')}:TEST`,
      'x-ratelimit-limit': '5000',
      // Never "0" here: plugin-throttling reads a 0 as "primary rate limit reached".
      'x-ratelimit-remaining': String(Math.max(4999 - index, 1)),
      'x-ratelimit-reset': String(Math.floor(now.getTime() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers
    }
  }
}

function send(response: ServerResponse, reply: Reply): void {
  if (reply.rawBody !== undefined) {
    response.writeHead(reply.status, reply.headers)
    response.end(reply.rawBody)
    return
  }
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body)
  response.writeHead(reply.status, {
    ...(payload === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...reply.headers
  })
  response.end(payload)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export type { Account, Identity }
