/** Validation ids: unique slugs made from names ("Code formatting" → "code-formatting"). */
import { trimRuns } from '../text.js'

/** Unique slug ids: collisions get -2, -3… */
export class IdAllocator {
  private readonly used: Set<string>

  constructor(used: Iterable<string> = []) {
    this.used = new Set(used)
  }

  take(name: string): string {
    const base = slug(name)
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

export function slug(text: string): string {
  const dashed = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
  const id = trimRuns(dashed, '-')
  return id === '' ? 'validation' : id
}
