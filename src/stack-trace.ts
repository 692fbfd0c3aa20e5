/**
 * Stack traces that point at src/: a stack printed from the bundled dist/ names positions in
 * dist/index.js or a chunk, which say little to the person reading a user's log. The bundle
 * ships a source map beside each file (`X.js.map`, scripts/bundle.mjs); this reads the ones a
 * stack names, when the stack is printed, and puts the source's position in place of each
 * bundled one.
 *
 * Why not `--enable-source-maps`: Node would parse every map of every module as it loads, on
 * every run (the action cannot pass Node flags anyway), and `process.setSourceMapsEnabled(true)`
 * called in the error path does not help: Node looks for a module's map only when it loads it,
 * so the modules already loaded keep their bundled positions (Node 20 and 24 alike).
 */
import * as fs from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { fileURLToPath } from 'node:url'

/** A source map larger than this is not read (dist's largest is about 1 MB). */
const MAX_MAP_BYTES = 16 * 1024 * 1024

/** `file:///…/name.js:LINE:COLUMN` as Node prints an ES module's position in a stack frame. */
const BUNDLED_POSITION = /\bfile:\/\/\/[^\s()]+?\.m?js:(\d+):(\d+)/g

/**
 * `stack` with every `file:…js:line:column` that has a source map beside its file replaced by
 * the position in the source it was built from (`file:…/src/main.ts:42:7`). Positions without a
 * map, or that the map does not cover, stay as they are; a map that cannot be read or parsed
 * leaves its positions too. Never throws: it runs while an error is being reported.
 */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, LoadedMap | null>()
  return stack.replace(BUNDLED_POSITION, (position: string, line: string, column: string) => {
    const file = position.slice(0, position.length - line.length - column.length - 2)
    if (!maps.has(file)) maps.set(file, loadMap(file))
    const map = maps.get(file)
    return map ? (originalPosition(map, Number(line), Number(column)) ?? position) : position
  })
}

interface LoadedMap {
  map: SourceMap
  /** The map file's URL: the map's sources are relative to it. */
  url: string
}

function loadMap(fileUrl: string): LoadedMap | null {
  try {
    const mapUrl = `${fileUrl}.map`
    const mapPath = fileURLToPath(mapUrl)
    if (fs.statSync(mapPath).size > MAX_MAP_BYTES) return null
    const payload = JSON.parse(fs.readFileSync(mapPath, 'utf8')) as SourceMapPayload
    return { map: new SourceMap(payload), url: mapUrl }
  } catch {
    return null
  }
}

/** The source position of a bundled one (both 1-based, as stacks print them), or null. */
function originalPosition(loaded: LoadedMap, line: number, column: number): string | null {
  // findEntry's positions are 0-based; it answers {} where the map has nothing.
  const entry = loaded.map.findEntry(line - 1, column - 1) as Partial<{
    originalSource: string
    originalLine: number
    originalColumn: number
  }>
  if (entry.originalSource === undefined || entry.originalLine === undefined) return null
  try {
    const source = new URL(entry.originalSource, loaded.url).href
    return `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`
  } catch {
    return null
  }
}
