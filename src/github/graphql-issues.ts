/**
 * Every referenced issue and pull request in one GraphQL query per 100 (aliases `i0`…`i99`), with
 * owners, names and numbers passed as variables, never spliced into the query text. A reference
 * GitHub does not find (or the token cannot see) comes back null with a NOT_FOUND error; the
 * others are still answered, so a partial answer is used, not thrown away.
 */
import type { IssueLookup } from '../readiness/github-evidence.js'
import type { GitHubClient } from './client.js'
import type { CallCounter } from './reviews.js'

export interface IssueRef {
  owner: string
  repo: string
  number: number
}

/** GitHub allows 500,000 nodes per query; 100 aliases of one node each stay far below. */
export const ISSUES_PER_QUERY = 100

export function issueQuery(count: number): string {
  const variables: string[] = []
  const fields: string[] = []
  for (let i = 0; i < count; i++) {
    variables.push(`$o${i}: String!, $r${i}: String!, $n${i}: Int!`)
    fields.push(
      `  i${i}: repository(owner: $o${i}, name: $r${i}) { issueOrPullRequest(number: $n${i}) { ...state } }`
    )
  }
  return [
    `query ReadinessGateReferences(${variables.join(', ')}) {`,
    ...fields,
    '}',
    'fragment state on IssueOrPullRequest {',
    '  __typename',
    // Aliased: Issue.state and PullRequest.state have different enum types, and GraphQL refuses
    // one field name with two types in a selection.
    '  ... on Issue { issueState: state stateReason url }',
    '  ... on PullRequest { pullRequestState: state merged url }',
    '}'
  ].join('\n')
}

export function issueVariables(refs: readonly IssueRef[]): Record<string, string | number> {
  const variables: Record<string, string | number> = {}
  refs.forEach((ref, i) => {
    variables[`o${i}`] = ref.owner
    variables[`r${i}`] = ref.repo
    variables[`n${i}`] = ref.number
  })
  return variables
}

/** What one batch of references gave: a lookup for each, or null where GitHub refused one. */
export interface IssueAnswers {
  /** In the order given; null: GitHub answered with an error other than NOT_FOUND (FORBIDDEN…). */
  lookups: (IssueLookup | null)[]
  /** GitHub's message for the first refused reference, when there is one. */
  refused: string | null
}

/**
 * The state of each reference, in the order given. A reference GitHub does not find is
 * `not-found`; one it refuses (a pull request the token may not read) is null, the others are
 * still used. Throws what octokit throws when the whole query failed (401, 403, network).
 */
export async function readIssues(
  octokit: GitHubClient,
  refs: readonly IssueRef[],
  counter: CallCounter
): Promise<IssueAnswers> {
  const lookups: (IssueLookup | null)[] = []
  let refused: string | null = null
  for (let start = 0; start < refs.length; start += ISSUES_PER_QUERY) {
    const batch = refs.slice(start, start + ISSUES_PER_QUERY)
    counter.calls++
    const { data, errors } = await partialAnswer(() =>
      octokit.graphql<Record<string, unknown>>(issueQuery(batch.length), issueVariables(batch))
    )
    batch.forEach((_ref, i) => {
      const error = errors.get(`i${i}`)
      if (error !== undefined && error.type !== 'NOT_FOUND') {
        refused ??= error.message
        lookups.push(null)
      } else {
        lookups.push(issueLookupOf(data[`i${i}`]))
      }
    })
  }
  return { lookups, refused }
}

interface AliasError {
  type: string | undefined
  message: string
}

/**
 * The data of an answer, with its errors by alias. GitHub answers a query whose some fields
 * failed with those fields null and an error naming their path; octokit throws that as a
 * GraphqlResponseError carrying both. An error without a path (the query itself) is thrown.
 */
async function partialAnswer(
  query: () => Promise<Record<string, unknown>>
): Promise<{ data: Record<string, unknown>; errors: Map<string, AliasError> }> {
  try {
    return { data: await query(), errors: new Map() }
  } catch (error) {
    // octokit's GraphqlResponseError (matched by shape: @octokit/graphql is octokit's dependency).
    const { name, errors, data } = error as { name?: unknown; errors?: unknown; data?: unknown }
    if (name !== 'GraphqlResponseError' || !Array.isArray(errors)) throw error
    if (typeof data !== 'object' || data === null) throw error
    const byAlias = new Map<string, AliasError>()
    for (const entry of errors as { type?: unknown; path?: unknown; message?: unknown }[]) {
      const alias: unknown = Array.isArray(entry.path) ? (entry.path as unknown[])[0] : undefined
      if (typeof alias !== 'string') throw error
      byAlias.set(alias, {
        type: typeof entry.type === 'string' ? entry.type : undefined,
        message: typeof entry.message === 'string' ? entry.message : 'refused'
      })
    }
    return { data: data as Record<string, unknown>, errors: byAlias }
  }
}

function issueLookupOf(repository: unknown): IssueLookup {
  const node = (repository as { issueOrPullRequest?: unknown } | null | undefined)
    ?.issueOrPullRequest as Record<string, unknown> | null | undefined
  if (node === null || node === undefined) return { kind: 'not-found' }
  const url = typeof node.url === 'string' ? node.url : ''
  if (node.__typename === 'PullRequest') {
    const state =
      node.merged === true ? 'merged' : node.pullRequestState === 'OPEN' ? 'open' : 'closed'
    return { kind: 'pull-request', state, url }
  }
  return {
    kind: 'issue',
    state: node.issueState === 'OPEN' ? 'open' : 'closed',
    stateReason: typeof node.stateReason === 'string' ? node.stateReason : null,
    url
  }
}
