/**
 * The local server's POST /graphql: every query is parsed and validated against GitHub's public
 * GraphQL schema (@octokit/graphql-schema's introspection, loaded with graphql-js) — a query
 * GitHub would refuse is a violation — then executed by graphql-js over the server's state, so
 * the answer has GitHub's shape: data with aliases, `null` and a NOT_FOUND error for a missing
 * issue, FORBIDDEN for a token without the permission.
 */
import { readFileSync } from 'node:fs'
import {
  buildClientSchema,
  execute,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'
import type { Identity } from './github-identities.js'
import type { GitHubState, IssueRecord, RepositoryRecord } from './github-state.js'

const WEB = 'https://github.com'

let schema: GraphQLSchema | undefined

/** GitHub's schema, built once per test file (about 1 s). */
export function githubSchema(): GraphQLSchema {
  if (schema === undefined) {
    // The package's exports map offers only its ESM entry, so its data file is read by path.
    const file = new URL('../../node_modules/@octokit/graphql-schema/schema.json', import.meta.url)
    const introspection = JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery
    schema = buildClientSchema(introspection)
  }
  return schema
}

export interface GraphqlAnswer {
  status: number
  body: unknown
  /** The request as received ({ query, variables }), for tests to inspect. */
  request: unknown
  /** What GitHub would refuse: the test fails on these. */
  violations: string[]
}

/** A resolver error carrying GitHub's error `type`. */
class GitHubGraphqlError extends Error {
  constructor(
    readonly type: 'NOT_FOUND' | 'FORBIDDEN',
    message: string
  ) {
    super(message)
  }
}

export function answerGraphql(
  state: GitHubState,
  identity: Identity,
  rawBody: string
): GraphqlAnswer {
  let request: { query?: unknown; variables?: unknown }
  try {
    request = JSON.parse(rawBody) as typeof request
  } catch {
    return refused(null, 'body is not JSON', 'Problems parsing JSON')
  }
  if (typeof request.query !== 'string')
    return refused(request, 'no query', 'A query attribute must be specified and must be a string.')
  let document
  try {
    document = parse(request.query)
  } catch (error) {
    return refused(request, `query does not parse: ${String(error)}`, String(error))
  }
  const problems = validate(githubSchema(), document)
  if (problems.length > 0) {
    const messages = problems.map((problem) => problem.message)
    return {
      status: 200,
      body: { errors: messages.map((message) => ({ message })) },
      request,
      violations: messages
    }
  }
  const result = execute({
    schema: githubSchema(),
    document,
    variableValues: (request.variables ?? {}) as Record<string, unknown>,
    rootValue: rootFor(state, identity)
  })
  if ('then' in result) throw new Error('the test GraphQL resolvers are synchronous')
  const body: Record<string, unknown> = { data: result.data ?? null }
  if (result.errors !== undefined && result.errors.length > 0) {
    body.errors = result.errors.map((error) => {
      const original = error.originalError
      const type = original instanceof GitHubGraphqlError ? original.type : undefined
      return {
        ...(type === undefined ? {} : { type }),
        path: error.path,
        locations: error.locations,
        message: error.message
      }
    })
    const unexpected = result.errors.filter(
      (error) => !(error.originalError instanceof GitHubGraphqlError)
    )
    if (unexpected.length > 0) {
      return {
        status: 200,
        body,
        request,
        violations: unexpected.map((error) => `test server bug: ${error.message}`)
      }
    }
  }
  return { status: 200, body, request, violations: [] }
}

function refused(request: unknown, violation: string, message: string): GraphqlAnswer {
  return { status: 400, body: { message }, request, violations: [violation] }
}

/** Query.repository → Repository.issueOrPullRequest, from the state, with GitHub's errors. */
function rootFor(state: GitHubState, identity: Identity): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repository = state.repository(owner, name)
      if (repository === undefined) {
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`
        )
      }
      return {
        issueOrPullRequest: ({ number }: { number: number }) =>
          issueNode(repository, identity, number)
      }
    }
  }
}

function issueNode(repository: RepositoryRecord, identity: Identity, number: number): unknown {
  const issue = repository.issues.get(number)
  if (issue === undefined) {
    throw new GitHubGraphqlError(
      'NOT_FOUND',
      `Could not resolve to an issue or pull request with the number of ${number}.`
    )
  }
  if (identity.kind === 'installation') {
    const permission = issue.isPullRequest
      ? identity.permissions.pull_requests
      : identity.permissions.issues
    if (permission === undefined) {
      throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration')
    }
  }
  return nodeJson(repository, issue)
}

function nodeJson(repository: RepositoryRecord, issue: IssueRecord): Record<string, unknown> {
  const base = `${WEB}/${repository.owner}/${repository.name}`
  const closed = issue.state === 'closed' || issue.merged === true
  if (issue.isPullRequest) {
    return {
      __typename: 'PullRequest',
      state: issue.merged === true ? 'MERGED' : closed ? 'CLOSED' : 'OPEN',
      merged: issue.merged === true,
      url: `${base}/pull/${issue.number}`
    }
  }
  return {
    __typename: 'Issue',
    state: closed ? 'CLOSED' : 'OPEN',
    stateReason: closed ? (issue.stateReason ?? 'COMPLETED') : null,
    url: `${base}/issues/${issue.number}`
  }
}
