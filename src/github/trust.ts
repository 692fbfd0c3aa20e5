/**
 * May the checkout's commands run? The checklist's and config's commands are code from the
 * checked-out files. They are refused when the run holds a privileged token (write access,
 * secrets) while the checked-out files may be someone else's — and whenever the gate cannot tell,
 * because the event could not be read (fail closed).
 *
 * Refused by name, each for its reason:
 * - pull_request_target: runs in the base repository with a write token and secrets for any pull
 *   request, forks included; workflows commonly check out the PR's head.
 * - workflow_run: runs with a write token and secrets after another run, which a fork's
 *   pull_request can trigger; its checkouts and artifacts are commonly that PR's.
 * - issue_comment: runs on the default branch with a write token and secrets whenever anyone
 *   comments; "/command" workflows commonly check out the pull request commented on.
 * - pull_request_review, pull_request_review_comment: run the pull request's merge commit whenever
 *   anyone reviews or comments, with a write token for same-repository PRs (and for forks where the
 *   repository sends write tokens to fork PRs); the gate belongs on pull_request, which runs on
 *   every push to the PR anyway.
 * Allowed: the events whose checkout is written by people with write access (push, merge_group,
 * schedule, workflow_dispatch, release, …) and pull_request (GitHub gives fork PRs a read-only
 * token and no secrets). Any other event name — a new one, or none — is refused until it is known.
 *
 * `allow-untrusted-commands: true` overrides every refusal: the workflow says the checkout is
 * trusted.
 */
import { quoteValue } from '../errors.js'
import type { GitHubContextReading } from './context.js'

/** Why each refused event is unsafe, in the words of the refusal. */
const PRIVILEGED_OVER_UNTRUSTED: Readonly<Record<string, string>> = {
  pull_request_target:
    'under pull_request_target the run has a write token and secrets while the checklist and config may come from the pull request',
  workflow_run:
    "under workflow_run the run has a write token and secrets while what it checked out may come from the triggering run's pull request",
  issue_comment:
    'under issue_comment anyone who comments starts the run, which has a write token and secrets, and the checkout may be the pull request commented on',
  pull_request_review:
    "under pull_request_review anyone who reviews starts a run of the pull request's code, with a write token for pull requests from the same repository",
  pull_request_review_comment:
    "under pull_request_review_comment anyone who comments starts a run of the pull request's code, with a write token for pull requests from the same repository"
}

/** Events whose checked-out code is trusted by default, or runs with a reduced token (pull_request). */
const KNOWN_SAFE = new Set([
  'push',
  'pull_request',
  'merge_group',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'release',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'check_run',
  'check_suite',
  'status',
  'label',
  'milestone',
  'page_build',
  'public',
  'registry_package',
  'branch_protection_rule',
  'project',
  'project_card',
  'project_column',
  'gollum',
  'issues',
  'discussion',
  'discussion_comment',
  'fork',
  'watch'
])

const FIX =
  'use the pull_request event (and publish for forks from workflow_run with report-from), or set allow-untrusted-commands: true if the checked-out code is trusted'

/**
 * Null when the checkout's commands may run; else the one-line reason they are not (it goes to
 * the plan's refused commands, the report and the log).
 */
export function untrustedCommandsRefusal(
  reading: GitHubContextReading,
  allowUntrustedCommands: boolean
): string | null {
  if (allowUntrustedCommands || reading.kind === 'none') return null
  if (reading.kind === 'unreadable') {
    return `the GitHub event could not be read (${reading.reason}), so the gate cannot tell whether the checkout is trusted and its commands are not run; fix the workflow's environment, or set allow-untrusted-commands: true if the checked-out code is trusted`
  }
  if (!reading.actions) return null // a local run that names a repository
  const event = reading.context.eventName
  const danger = PRIVILEGED_OVER_UNTRUSTED[event]
  if (danger !== undefined) return `${danger}, so their commands are not run; ${FIX}`
  if (!KNOWN_SAFE.has(event)) {
    return `the event ${quoteValue(event, 60)} is not one the gate knows to be safe for running the checkout's commands, so they are not run; ${FIX}`
  }
  return null
}
