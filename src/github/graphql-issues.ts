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

/**
 * The state of each reference, in the order given (null entries: GitHub did not find it). Throws
 * what octokit throws when the whole query failed (401, 403, network).
 */
export async function readIssues(
  octokit: GitHubClient,
  refs: readonly IssueRef[],
  counter: CallCounter
): Promise<IssueLookup[]> {
  const found: IssueLookup[] = []
  for (let start = 0; start < refs.length; start += ISSUES_PER_QUERY) {
    const batch = refs.slice(start, start + ISSUES_PER_QUERY)
    counter.calls++
    const data = await partialData(() =>
      octokit.graphql<Record<string, unknown>>(issueQuery(batch.length), issueVariables(batch))
    )
    batch.forEach((_ref, i) => {
      found.push(issueLookupOf(data[`i${i}`]))
    })
  }
  return found
}

/** The data of an answer whose errors are only about references not found. */
async function partialData(
  query: () => Promise<Record<string, unknown>>
): Promise<Record<string, unknown>> {
  try {
    return await query()
  } catch (error) {
    // octokit's GraphqlResponseError (matched by shape: @octokit/graphql is octokit's dependency).
    const { name, errors, data } = error as { name?: unknown; errors?: unknown; data?: unknown }
    const onlyNotFound =
      Array.isArray(errors) &&
      errors.every((e) => (e as { type?: unknown } | null)?.type === 'NOT_FOUND')
    if (
      name === 'GraphqlResponseError' &&
      onlyNotFound &&
      typeof data === 'object' &&
      data !== null
    ) {
      return data as Record<string, unknown>
    }
    throw error
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
