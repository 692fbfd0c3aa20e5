/** Validation ids: unique slugs made from names ("Code formatting" → "code-formatting"). */
import { slug } from '../wording.js'

/** Unique slug ids: collisions get -2, -3… */
export class IdAllocator {
  private readonly used: Set<string>

  constructor(used: Iterable<string> = []) {
    this.used = new Set(used)
  }

  take(name: string): string {
    const base = validationSlug(name)
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    return id
  }

  reserve(id: string): string {
    this.used.add(id)
    return id
  }
}

/** A validation id made from its name: at most 60 characters, "validation" when none is left. */
export function validationSlug(name: string): string {
  return slug(name, 'validation', 60)
}
