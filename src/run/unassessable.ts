/**
 * "Could not assess": a validation that could not reach what it needs from the network has
 * proved nothing — it is not the project's failure, and an audit among them must never read as
 * "0 vulnerabilities". It gets a status of its own (unassessable), which still counts as not
 * passed, so it blocks a ready verdict, but it never contradicts a ticked item.
 *
 * Two cases, decided in one place from the output text, the exit code and what the command is:
 * - an audit (by its parser's id or its command) that could not reach its advisory source (the
 *   npm registry's advisory endpoint, the RustSec advisory database, PyPI or OSV), when its
 *   parser found no vulnerability (an audit that found some and also warned about the network
 *   has failed on its findings);
 * - any build, install or test whose toolchain could not download the project's dependencies
 *   (go's module proxy, cargo's or npm's registry), when no test failed: read from the
 *   toolchain's own fetch messages together with a network cause, never from a network error
 *   alone — a test suite that prints ECONNREFUSED has failed.
 */
import type { ToolReport } from '../validations/model.js'
import { truncate } from '../linear-text.js'

export interface Unassessable {
  /** "could not assess: the registry answered 405 Method Not Allowed (POST http://…/bulk)". */
  summary: string
  hint: string
}

/** Parser ids of audits (their parsers live in tools/). */
const AUDIT_TOOLS: ReadonlySet<string> = new Set([
  'npm-audit',
  'cargo-audit',
  'pip-audit',
  'yarn-audit',
  'pnpm-audit'
])

// `npm audit`, `yarn audit`, `yarn npm audit`, `pnpm audit`, `cargo audit`, `pip-audit`,
// `python -m pip_audit`, `osv-scanner`, `safety check`, `bun audit`.
const AUDIT_COMMAND =
  /\b(?:(?:npm|yarn|pnpm|bun|cargo)\s+(?:npm\s+)?audit|pip-audit|pip_audit|osv-scanner|safety\s+(?:check|scan))\b/

export function isAuditCommand(command: string, toolId: string | null): boolean {
  return (toolId !== null && AUDIT_TOOLS.has(toolId)) || AUDIT_COMMAND.test(command)
}

interface Signature {
  pattern: RegExp
  /** Why the audit could not run, from the match. */
  reason: (match: RegExpExecArray) => string
}

// Each pattern reads one line (trimmed). URLs are shown without user:password@ (see cleanUrl).
const SIGNATURES: readonly Signature[] = [
  {
    // npm ≥ 7: "npm warn audit 405 Method Not Allowed - POST http://…/-/npm/v1/security/advisories/bulk - …"
    pattern: /^npm (?:warn|WARN|error|ERR!) audit (\d{3}) ([^-]*?) - ([A-Z]+) (\S+)/,
    reason: (m) => `the registry answered ${m[1]} ${m[2]} (${m[3]} ${cleanUrl(m[4])})`
  },
  {
    // npm: "npm warn audit request to http://…/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9"
    pattern: /request to (\S+) failed, reason: (.{1,200})/,
    reason: (m) => `could not reach ${cleanUrl(m[1])} (${m[2]?.trim()})`
  },
  {
    pattern: /^npm (?:error|ERR!) audit endpoint returned an error/,
    reason: () => "npm audit's registry endpoint returned an error"
  },
  {
    // cargo-audit: "error: couldn't fetch advisory database: git operation failed: …"
    pattern:
      /^error: (couldn't (?:fetch|open) advisory database|error loading advisory database)(.{0,200})/,
    reason: (m) => `${m[1]}${m[2] ?? ''}`
  },
  {
    // pip-audit: "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed"
    pattern: /Could not connect to (\S+) vulnerability (?:feed|service)/,
    reason: (m) => `could not connect to ${m[1]} vulnerability feed`
  },
  {
    // pnpm: "ERR_PNPM_AUDIT_BAD_RESPONSE  The audit endpoint (at …) responded with 500: …", also
    // as JSON ({"error":{"code":"ERR_PNPM_AUDIT_BAD_RESPONSE","message":"… responded with 503"}}).
    pattern: /ERR_PNPM_AUDIT_(\w+)(?:.{0,300}?responded with (\d{3}))?/,
    reason: (m) =>
      `pnpm audit: ERR_PNPM_AUDIT_${m[1]}${m[2] === undefined ? '' : ` (the registry answered ${m[2]})`}`
  },
  {
    // yarn 1: 'error An unexpected error occurred: "…: Request failed \"500 Internal Server Error\"".'
    pattern: /Request failed \\?"(\d{3}) ([^"\\]{1,60})/,
    reason: (m) => `the registry answered ${m[1]} ${m[2]}`
  },
  {
    // Python requests / urllib3: "HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded …"
    pattern: /HTTPS?ConnectionPool\(host='([^']{1,200})'.{0,40}\): Max retries exceeded/,
    reason: (m) => `could not reach ${m[1]}`
  },
  {
    pattern: /requests\.exceptions\.(\w+Error|ConnectTimeout|ReadTimeout)(?::\s*(.{0,200}))?/,
    reason: (m) => `${m[1]}${m[2] === undefined || m[2] === '' ? '' : `: ${m[2]}`}`
  },
  {
    // Node and libc network errors named in any other message.
    pattern:
      /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|Temporary failure in name resolution|Name or service not known|Could not resolve host)\b/,
    reason: (m) => `network error (${m[1]})`
  }
]

/** "http://user:token@host/x" → "http://host/x": credentials never reach a report. */
function cleanUrl(url: string | undefined): string {
  return (url ?? '').replace(/^([a-z][\w+.-]*:\/\/)[^/@\s]*@/i, '$1').replace(/[,.;]$/, '')
}

/** Findings that are what the audit looks for: a vulnerability, an unmaintained crate… */
function foundSomething(report: ToolReport): boolean {
  return report.findings.length > 0 || (report.counts.vulnerabilities ?? 0) > 0
}

/**
 * Why an audit could not assess anything, or null (not an audit, it succeeded, it found
 * vulnerabilities, or it failed for another reason). The earliest signature in SIGNATURES order
 * that matches any line wins: the specific ones (HTTP status, URL) come before the generic codes.
 */
export function detectUnassessable(
  command: string,
  toolId: string | null,
  outputText: string,
  exitCode: number | null,
  report: ToolReport
): Unassessable | null {
  if (exitCode === null || exitCode === 0) return null
  const lines = outputText.split(/\r?\n/).map((line) => line.trim())
  if (!isAuditCommand(command, toolId)) return dependencyFetchFailure(lines, report)
  if (foundSomething(report)) return null
  for (const signature of SIGNATURES) {
    for (const line of lines) {
      const match = signature.pattern.exec(line)
      if (match === null) continue
      return {
        summary: `could not assess: ${signature.reason(match)}`,
        hint: "the audit could not reach its advisory source (registry, advisory database or vulnerability feed): check the runner's network, proxy and registry settings (`npm_config_registry`, `.npmrc`, `CARGO_HOME`) and run it again; until it runs, nothing says there are no vulnerabilities"
      }
    }
  }
  return null
}

// go: "x.go:3:8: github.com/google/uuid@v1.3.0: Get "https://proxy.golang.org/…/v1.3.0.zip":
// dial tcp: lookup proxy.golang.org on 10.0.0.53:53: no such host" (also after "go: " or
// "verifying …: "). A proxy's 404/410 ("reading https://…: 404 Not Found") is a version that does
// not exist: the project's failure, not read here.
const GO_FETCH =
  /(\S{1,200}@v[^\s:]{1,100}): (?:verifying \S{1,200}: )?Get "(https?:\/\/[^"\s]{1,300})": (.{1,300})$/
const GO_NETWORK_CAUSE =
  /\b(?:dial tcp|no such host|connection refused|i\/o timeout|TLS handshake timeout|network is unreachable|proxyconnect)\b/
// cargo: "error: failed to get `serde` as a dependency of package `app v0.1.0 (/…)`", "error:
// failed to download from `https://static.crates.io/…`", "error: failed to load source for
// dependency `serde`", then "Caused by:" lines, one of which names the network cause.
const CARGO_FETCH =
  /^error: failed to (?:get `([^`\s]{1,200})` as a dependency of package|download (?:from )?`([^`\s]{1,300})`|load source for dependency `([^`\s]{1,200})`)/
const CARGO_NETWORK_CAUSE =
  /\b(Could not resolve host(?:name)?|Couldn't resolve host name|Could not connect to server|Failed to connect to|Connection refused|Timeout was reached|Operation timed out|network failure|SSL connect error)\b(.{0,120})/i

// npm (`npm ci`, `npm install` in a script): "npm error FetchError: request to
// https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz failed, reason: connect ECONNREFUSED …"
// or "npm error network request to … failed, reason: getaddrinfo ENOTFOUND …" — npm's own lines.
const NPM_FETCH =
  /^npm (?:error|ERR!) (?:network |FetchError: )request to (\S{1,300}) failed, reason: (.{1,200})$/

const FETCH_HINT =
  "the toolchain could not download the project's dependencies (module proxy or registry unreachable): check the runner's network and proxy settings (`GOPROXY`, `GOFLAGS`, `CARGO_HOME` and `.cargo/config.toml`, `npm_config_registry` and `.npmrc`, `HTTPS_PROXY`), or vendor or cache the dependencies, and run it again; until they download, nothing was built or tested"

/** A build or test that stopped at downloading its dependencies, or null. */
function dependencyFetchFailure(lines: readonly string[], report: ToolReport): Unassessable | null {
  if ((report.counts.failed ?? 0) > 0) return null
  for (const line of lines) {
    const go = GO_FETCH.exec(line)
    if (go !== null && GO_NETWORK_CAUSE.test(go[3]!)) {
      const host = hostOf(go[2]!)
      return {
        summary: `could not assess: go could not download ${go[1]} (${host}: ${clip(go[3]!)})`,
        hint: FETCH_HINT
      }
    }
  }
  const npm = firstMatch(lines, NPM_FETCH)
  if (npm !== null) {
    return {
      summary: `could not assess: npm could not download ${cleanUrl(npm[1])} (${clip(npm[2]!)})`,
      hint: FETCH_HINT
    }
  }
  const cargo = firstMatch(lines, CARGO_FETCH)
  if (cargo === null) return null
  const cause = firstMatch(lines, CARGO_NETWORK_CAUSE)
  if (cause === null) return null
  const what = cargo[1] ?? cargo[3] ?? cleanUrl(cargo[2])
  return {
    summary: `could not assess: cargo could not download ${what} (${clip(`${cause[1]}${cause[2] ?? ''}`)})`,
    hint: FETCH_HINT
  }
}

/** The first line's match, or null (stops at the first match). */
function firstMatch(lines: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const match = pattern.exec(line)
    if (match !== null) return match
  }
  return null
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return cleanUrl(url)
  }
}

function clip(text: string): string {
  return truncate(text.trim(), 120)
}
