/**
 * Looking a name up in a table written as an object literal. A plain `table[name]` with a name
 * from untrusted text (a checklist's command, a tool's output, a package.json script) returns
 * Object.prototype's members for "constructor", "toString" or "__proto__": a program named
 * `constructor` once got the hint "function Object() { [native code] }". Every such lookup goes
 * through here.
 */

/** `table[key]` when `key` is one of the table's own entries, else undefined. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
