/**
 * What GitHub's answers must look like before a surface counts as published. octokit takes any
 * 2xx as success and hands back whatever the body was: an HTML page from a proxy or a captive
 * portal becomes a string, a truncated body becomes "". A check run without a numeric id, or a
 * comment without one, was not created as far as the gate can tell, and saying otherwise would
 * be a claim nobody verified.
 */

/** The answer came back 2xx but is not what the operation returns. */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** The parts of an octokit response read here. */
export interface ApiAnswer {
  status: number
  data: unknown
  headers: Readonly<Record<string, string | number | undefined>>
}

/** A created or updated object: JSON with a positive integer `id`, and its page on GitHub. */
export interface IdentifiedObject {
  id: number
  html_url: string | null
  record: Record<string, unknown>
}

/**
 * The answer to a create or update: one of `statuses`, a JSON object, a positive integer `id`,
 * `html_url` a string when present. `what` names it in the error ("the check run").
 */
export function identifiedObject(
  answer: ApiAnswer,
  what: string,
  statuses: readonly number[]
): IdentifiedObject {
  const record = jsonObject(answer, what, statuses)
  const { id, html_url: htmlUrl } = record
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}'s numeric id (${id === undefined ? 'no id field' : `id is ${describeValue(id)}`})`,
      answer.status
    )
  }
  if (htmlUrl !== undefined && htmlUrl !== null && typeof htmlUrl !== 'string') {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} with ${what}'s html_url not a string`,
      answer.status
    )
  }
  return { id, html_url: typeof htmlUrl === 'string' ? htmlUrl : null, record }
}

/** The answer to a list: one of `statuses` and a JSON array. */
export function jsonArray(answer: ApiAnswer, what: string, statuses: readonly number[]): unknown[] {
  expectStatus(answer, what, statuses)
  if (!Array.isArray(answer.data)) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}: ${describeBody(answer)}`,
      answer.status
    )
  }
  return answer.data
}

function jsonObject(
  answer: ApiAnswer,
  what: string,
  statuses: readonly number[]
): Record<string, unknown> {
  expectStatus(answer, what, statuses)
  const { data } = answer
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without ${what}: ${describeBody(answer)}`,
      answer.status
    )
  }
  return data as Record<string, unknown>
}

function expectStatus(answer: ApiAnswer, what: string, statuses: readonly number[]): void {
  if (statuses.includes(answer.status)) return
  throw new UnexpectedAnswerError(
    `GitHub answered ${answer.status} where ${statuses.join(' or ')} was expected for ${what}`,
    answer.status
  )
}

/** "the body is not JSON (text/html, 23 bytes)", "the body is empty", "the body is a JSON array". */
function describeBody(answer: ApiAnswer): string {
  const { data } = answer
  const type = String(answer.headers['content-type'] ?? 'no content type').split(';')[0]
  if (data === '' || data === undefined || data === null) return `the body is empty (${type})`
  if (typeof data === 'string') {
    return `the body is not JSON (${type}, ${Buffer.byteLength(data)} bytes)`
  }
  if (data instanceof ArrayBuffer) return `the body is not JSON (${type}, ${data.byteLength} bytes)`
  return `the body is ${describeValue(data)}`
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a JSON array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`
  return `a JSON ${typeof value}${typeof value === 'number' ? ` ${String(value)}` : ''}`
}
