/**
 * Who approved the pull request, from its reviews (GET /repos/{owner}/{repo}/pulls/{n}/reviews,
 * 100 a page): the latest review state per user decides. A COMMENTED review does not override an
 * earlier APPROVED or CHANGES_REQUESTED one (GitHub's own rule for the merge box); a DISMISSED one
 * does (the approval was withdrawn). Errors are values: an `unreadable` Approvals with the reason.
 */
import type { Approvals } from '../readiness/approvals.js'
import { normalizeLogin } from '../readiness/approvals.js'
import type { GitHubClient } from './client.js'
import { readFailureReason } from './publish-failures.js'

export interface PullRequestRef {
  owner: string
  repo: string
  pullRequest: number | null
}

/** Counts the requests made (each page is one). */
export interface CallCounter {
  calls: number
}

export const REVIEWS_WHAT = "the pull request's reviews"
export const REVIEWS_PERMISSION = 'pull-requests: read'

export async function readApprovals(
  octokit: GitHubClient,
  target: PullRequestRef,
  counter: CallCounter
): Promise<Approvals> {
  if (target.pullRequest === null) return { kind: 'no-pull-request' }
  const reviews: ReviewLike[] = []
  try {
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullRequest,
      per_page: 100
    })
    counter.calls++
    for await (const page of pages) {
      reviews.push(...(page.data as ReviewLike[]))
      // The iterator asks for the next page only when the loop goes on.
      if (hasNextPage(page.headers)) counter.calls++
    }
  } catch (error) {
    return {
      kind: 'unreadable',
      reason: readFailureReason(error, REVIEWS_WHAT, REVIEWS_PERMISSION)
    }
  }
  return { kind: 'read', approvers: approversOf(reviews) }
}

interface ReviewLike {
  user?: { login?: string } | null
  state?: string
}

/** Logins (normalised) whose latest deciding review is APPROVED. Reviews in GitHub's order. */
export function approversOf(reviews: readonly ReviewLike[]): Set<string> {
  const latest = new Map<string, string>()
  for (const review of reviews) {
    const login = review.user?.login
    const state = review.state
    if (login === undefined || state === undefined || !DECIDING.has(state)) continue
    latest.set(normalizeLogin(login), state)
  }
  return new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login))
}

/** COMMENTED and PENDING reviews do not change what a reviewer decided. */
const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

function hasNextPage(headers: { link?: string }): boolean {
  return /\brel="next"/.test(headers.link ?? '')
}
