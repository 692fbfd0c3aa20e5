// Builds dist/ from src/*.ts with no dependencies: Node's own type stripping
// (module.stripTypeScriptTypes, Node >= 22.13) erases the types, and relative imports of
// "./x.ts" are rewritten to "./x.js" as tsc's rewriteRelativeImportExtensions would.
import * as nodeModule from 'node:module'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const srcDir = join(root, 'src')
const distDir = join(root, 'dist')

const strip = nodeModule.stripTypeScriptTypes
if (typeof strip !== 'function') {
  console.error(
    `error: building needs Node >= 22.13 for module.stripTypeScriptTypes (this is Node ${process.version})`
  )
  process.exit(1)
}

const RELATIVE_TS_SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g

function compile(file) {
  const source = readFileSync(join(srcDir, file), 'utf8')
  try {
    const code = strip(source, { mode: 'strip' })
    return code.replace(RELATIVE_TS_SPECIFIER, '$1$2$3.js$2')
  } catch (error) {
    // Report like a compiler would: file first, so the message can be followed to the source.
    console.error(`src/${file}: error: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

const sources = readdirSync(srcDir).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
rmSync(distDir, { recursive: true, force: true })
mkdirSync(distDir, { recursive: true })
let failed = 0
for (const file of sources) {
  const code = compile(file)
  if (code === null) {
    failed++
    continue
  }
  writeFileSync(join(distDir, file.replace(/\.ts$/, '.js')), code)
}
if (failed > 0) {
  console.error(`build failed: ${failed} of ${sources.length} files`)
  process.exit(1)
}
console.log(`built ${sources.length} files into dist/`)
