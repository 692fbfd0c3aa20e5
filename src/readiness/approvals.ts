/**
 * Who approved the pull request: the evidence that waivers (an approver named in the checklist or
 * the config) and sign-offs (a login named in a sign-off block) are checked against. Read from
 * GitHub's reviews API — the latest review state per user — by the GitHub edge; plain data here so
 * the readiness stage stays pure.
 */
export type Approvals =
  /** Logins (lower-cased) whose latest review on the pull request is APPROVED. */
  | { readonly kind: 'read'; readonly approvers: ReadonlySet<string> }
  /** No pull request (push, release, tag, dispatch, local CLI run): nobody can approve. */
  | { readonly kind: 'no-pull-request' }
  /** There is a pull request but its reviews could not be read (no token, 403, network). */
  | { readonly kind: 'unreadable'; readonly reason: string }

/** What the evidence says about one login named as an approver or signer. */
export type ApprovalState = 'approved' | 'not-approved' | 'unverified'

/** GitHub logins are case-insensitive; a leading @ is accepted. */
export function normalizeLogin(login: string): string {
  return login.replace(/^@/, '').toLowerCase()
}

export function approvalState(approvals: Approvals, login: string): ApprovalState {
  if (approvals.kind !== 'read') return 'unverified'
  return approvals.approvers.has(normalizeLogin(login)) ? 'approved' : 'not-approved'
}
