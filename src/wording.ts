/**
 * Words made from counts and names, one rule each: "2 errors", and the slug that makes an id of
 * a name (validation ids, the sticky comment's marker).
 */
import { trimRuns } from './linear-text.js'

/** "1 error", "2 errors"; irregular plurals passed explicitly ("2 entries"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/**
 * "Code formatting" → "code-formatting", "Café / Prod" → "cafe-prod": accents folded, every run
 * of anything but ASCII letters and digits one "-", cut to `maxLength`; `fallback` when nothing
 * is left.
 */
export function slug(text: string, fallback: string, maxLength = Number.POSITIVE_INFINITY): string {
  const dashed = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
  const id = trimRuns(dashed, '-')
  return id === '' ? fallback : id
}
