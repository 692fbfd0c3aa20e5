/**
 * Who a token is, as GitHub sees it, for the local server: the workflow's GITHUB_TOKEN (an
 * installation token of the GitHub Actions app, commenting as github-actions[bot]), another
 * GitHub App's installation token (commenting as <slug>[bot]) and a personal access token
 * (commenting as its user). Plus the JSON GitHub returns for accounts and apps.
 */

export interface Account {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface AppInfo {
  id: number
  slug: string
  name: string
  owner: Account
}

export type Permission = 'read' | 'write'

/** A fine-grained permission set, as in a workflow's `permissions:` block. */
export interface Permissions {
  checks?: Permission
  statuses?: Permission
  issues?: Permission
  pull_requests?: Permission
}

export type Identity =
  | { kind: 'installation'; account: Account; app: AppInfo; permissions: Permissions }
  | { kind: 'user'; account: Account }

/** The real ids GitHub uses for the Actions app and its bot user. */
export const GITHUB_ACTIONS_APP: AppInfo = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  owner: { login: 'github', id: 9919, type: 'Organization' }
}

export const ALL_WRITE: Permissions = {
  checks: 'write',
  statuses: 'write',
  issues: 'write',
  pull_requests: 'write'
}

/** The workflow's GITHUB_TOKEN with the given `permissions:` (default: everything we use). */
export function actionsToken(permissions: Permissions = ALL_WRITE): Identity {
  return {
    kind: 'installation',
    account: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    app: GITHUB_ACTIONS_APP,
    permissions
  }
}

/** An installation token of another GitHub App, which acts as `<slug>[bot]`. */
export function appInstallationToken(
  slug: string,
  appId: number,
  permissions: Permissions = ALL_WRITE
): Identity {
  return {
    kind: 'installation',
    account: { login: `${slug}[bot]`, id: 100_000_000 + appId, type: 'Bot' },
    app: {
      id: appId,
      slug,
      name: slug,
      owner: { login: 'octo-org', id: 6811672, type: 'Organization' }
    },
    permissions
  }
}

export function personalToken(login: string, id: number): Identity {
  return { kind: 'user', account: { login, id, type: 'User' } }
}

/** Token strings in GitHub's formats (ghs_ = installation, ghp_ = personal), 40 characters. */
export const TOKENS = {
  actions: 'ghs_ActionsWorkflowToken0000000000000001',
  otherApp: 'ghs_OtherAppInstallationToken00000000002',
  personal: 'ghp_PersonalAccessToken00000000000000003',
  /** GITHUB_TOKEN of a job whose `permissions:` leave out what publishing needs. */
  readOnlyActions: 'ghs_ReadOnlyWorkflowToken000000000000004'
} as const

export const OTHER_APP_SLUG = 'readiness-bot'
export const PERSONAL_LOGIN = 'octocat'

export function defaultTokens(): Record<string, Identity> {
  return {
    [TOKENS.actions]: actionsToken(),
    [TOKENS.otherApp]: appInstallationToken(OTHER_APP_SLUG, 424242),
    [TOKENS.personal]: personalToken(PERSONAL_LOGIN, 583231),
    [TOKENS.readOnlyActions]: actionsToken({
      checks: 'read',
      statuses: 'read',
      issues: 'read',
      pull_requests: 'read'
    })
  }
}

/**
 * defaultTokens() and `token`, a GITHUB_TOKEN that may write checks, statuses and issues but has
 * no pull-requests permission: the pull request's reviews answer it 403.
 */
export function tokensWithoutPullRequests(token: string): Record<string, Identity> {
  return {
    ...defaultTokens(),
    [token]: actionsToken({ checks: 'write', statuses: 'write', issues: 'write' })
  }
}

const API = 'https://api.github.com'
const WEB = 'https://github.com'
const CREATED = '2011-01-26T19:01:12Z'

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind}${id}`).toString('base64')
}

/** GitHub's simple-user object. */
export function simpleUserJson(account: Account): Record<string, unknown> {
  const url = `${API}/users/${encodeURIComponent(account.login)}`
  const isBot = account.type === 'Bot'
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(isBot ? ':Bot' : ':User', account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: isBot
      ? `${WEB}/apps/${account.login.replace(/\[bot\]$/, '')}`
      : `${WEB}/${account.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false
  }
}

/** GET /user for a personal token: the public-user object. */
export function authenticatedUserJson(account: Account): Record<string, unknown> {
  return {
    ...simpleUserJson(account),
    name: 'The Octocat',
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 8,
    public_gists: 8,
    followers: 20,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED
  }
}

/** GitHub's integration (GitHub App) object, as in a check run's `app`. */
export function integrationJson(app: AppInfo): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId(':App', app.id),
    client_id: `Iv1.${String(app.id).padStart(16, '0')}`,
    owner: simpleUserJson(app.owner),
    name: app.name,
    description: '',
    external_url: `${WEB}/apps/${app.slug}`,
    html_url: `${WEB}/apps/${app.slug}`,
    created_at: CREATED,
    updated_at: CREATED,
    permissions: { checks: 'write', issues: 'write', metadata: 'read', statuses: 'write' },
    events: []
  }
}
