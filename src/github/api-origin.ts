/**
 * Where the token may go: only inside the API the client was made for. octokit sends the token
 * with every request it makes, to whatever URL, so a URL taken from an answer (a `Link` header,
 * a redirect) is checked here first.
 */
import { trimTrailing } from '../linear-text.js'

/**
 * Null when `url` is inside the API at `base` (same scheme, host and port, and under its path,
 * e.g. /api/v3 on GitHub Enterprise Server); otherwise what it points at, for the message: the
 * origin, or the whole URL when only the path is outside.
 */
export function outsideApi(url: URL, base: string): string | null {
  const api = new URL(base)
  const basePath = trimTrailing(api.pathname, '/')
  if (url.origin !== api.origin) return url.origin
  return basePath === '' || url.pathname.startsWith(`${basePath}/`) ? null : url.href
}
