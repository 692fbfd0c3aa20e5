/**
 * Sign-off blocks: a heading containing "Sign-off", "Signoff" or "Sign off" whose own section (up to
 * the next heading) has task items or a signature line such as `**Signed:** ____ **Date:** ____`.
 * A parent heading like "Sign-off Requirements" that only holds other sign-off headings is not one.
 */
import type { SignatureField, SignOff } from './model.js'
import { fieldsInBody, isFilled, type Field } from './fields.js'
import type { HeadingEntry, Outline } from './outline.js'
import type { Structure } from './structure.js'
import { trimEndMatching } from '../linear-text.js'
import { UnicodeRegex } from '../unicode-regex.js'

const SIGN_OFF_HEADING = /sign[\s-]?offs?/i
const SIGNATURE_LABEL =
  /^(?:signed(?:[\s-]*off)?(?:\s+by)?|signature|approved\s+by|approver|deployed\s+by|reviewed\s+by)$/i
const DATE_LABEL = /^date(?:\s+signed)?$/i

/** What precedes the role: emoji, numbering, punctuation. */
export const ROLE_PREFIX = new UnicodeRegex(() => /^[^\p{L}\p{N}]+/u, /^[^A-Za-z0-9]+/)
/** What may not end the role: anything but a letter, a digit or a closing parenthesis. */
export const ROLE_UNWANTED_END = new UnicodeRegex(() => /[^\p{L}\p{N})]/u, /[^A-Za-z0-9)]/)

const isSignOffLabel = (label: string): boolean =>
  SIGNATURE_LABEL.test(label) || DATE_LABEL.test(label)

/** Whether the outline must keep this heading's section body for findSignOffs. */
export function isSignOffHeading(heading: HeadingEntry): boolean {
  return SIGN_OFF_HEADING.test(heading.title)
}

export function findSignOffs(outline: Outline, structure: Structure): SignOff[] {
  const signOffs: SignOff[] = []
  outline.headings.forEach((heading, index) => {
    if (!isSignOffHeading(heading)) return
    const section = structure.headingSections[index]!
    const fields = fieldsInBody(outline.bodies.get(index), isSignOffLabel)
    const signature = fields.find((field) => SIGNATURE_LABEL.test(field.label))
    if (section.items.length === 0 && signature === undefined) return
    signOffs.push({
      role: roleOf(heading.title),
      line: heading.line,
      items: section.items,
      signed: signatureField(signature),
      date: signatureField(fields.find((field) => DATE_LABEL.test(field.label)))
    })
  })
  return signOffs
}

/** "Technical Lead Sign-off" → "Technical Lead"; a bare "✅ Sign-off" keeps its whole title. */
function roleOf(title: string): string {
  const spaced = title.replace(SIGN_OFF_HEADING, ' ').replace(/\s+/g, ' ')
  const unprefixed = spaced.replace(ROLE_PREFIX.for(spaced), '')
  const role = trimEndMatching(unprefixed, ROLE_UNWANTED_END.for(unprefixed))
  return role === '' ? title : role
}

function signatureField(field: Field | undefined): SignatureField {
  if (field === undefined) return { filled: false, value: null, line: null }
  const value = field.value.replace(/^\*\*|\*\*$/g, '').trim()
  return { filled: isFilled(value), value: value === '' ? null : value, line: field.line }
}

/**
 * The GitHub login a signature names: `Jane Doe (@jdoe)`, `@jdoe`, anywhere in the value; the
 * first one wins. Lower-cased (logins are case-insensitive); null when it names none. An e-mail
 * address (`jane@example.com`) is not a login.
 */
export function signatureLogin(value: string | null): string | null {
  if (value === null) return null
  const match = SIGNATURE_LOGIN.exec(value)
  return match === null ? null : match[1]!.toLowerCase()
}

const SIGNATURE_LOGIN = /(?<![\w@./-])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w-])/
