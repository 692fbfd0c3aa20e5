/**
 * A JavaScript tool that stopped before checking anything because a package its configuration
 * names is not installed: Vitest's coverage provider or test environment, Jest's test
 * environment or preset, an ESLint plugin its config imports, a Prettier plugin. Each tool says
 * so in its own words, read here; a missing package the project's own code imports is the
 * project's failure and is not read.
 */

/** What a tool's output says about the package it lacked. */
export interface MissingJsDependency {
  /** The npm package to install ("@vitest/coverage-v8"). */
  packageName: string
  /** The tool that said so ("vitest"). */
  tool: string
  /** Its words, short. */
  said: string
}

interface Reader {
  tool: string
  pattern: RegExp
  said: (packageName: string) => string
}

// Lines as the runner captures them (NO_COLOR), trimmed, read last to first.
const READERS: readonly Reader[] = [
  {
    // " MISSING DEPENDENCY  Cannot find dependency '@vitest/coverage-v8'"
    tool: 'vitest',
    pattern: /^MISSING DEPENDENCY\s+Cannot find dependency '([^'\s]+)'$/,
    said: (name) => `Cannot find dependency '${name}'`
  },
  {
    // "Test environment jest-environment-jsdom cannot be found. Make sure the …"
    tool: 'jest',
    pattern: /^Test environment (\S+) cannot be found\./,
    said: (name) => `test environment ${name} cannot be found`
  },
  {
    // "Preset ts-jest not found relative to rootDir /home/runner/work/app."
    tool: 'jest',
    pattern: /^Preset (\S+) not found\b/,
    said: (name) => `preset ${name} not found`
  },
  {
    // ESLint 9: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'eslint-plugin-react'
    // imported from /home/runner/work/app/eslint.config.js"
    tool: 'eslint',
    pattern:
      /^Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package '([^'\s]+)' imported from \S*\beslint\.config\.[cm]?[jt]s$/,
    said: (name) => `its config imports ${name}, which cannot be found`
  },
  {
    // ESLint 8 (eslintrc): 'ESLint couldn't find the plugin "eslint-plugin-react".'
    tool: 'eslint',
    pattern: /^ESLint couldn't find the plugin "([^"\s]+)"\.$/,
    said: (name) => `couldn't find the plugin ${name}`
  },
  {
    // Prettier 3 loads plugins from a stand-in file: "[error] Cannot find package
    // 'prettier-plugin-tailwindcss' imported from /home/runner/work/app/noop.js"
    tool: 'prettier',
    pattern: /^\[error\] Cannot find package '([^'\s]+)' imported from \S*\/noop\.js$/,
    said: (name) => `Cannot find package '${name}'`
  }
]

/** The package a failed JavaScript tool lacked, from its output (lines last to first), or null. */
export function missingJsDependency(reversedLines: readonly string[]): MissingJsDependency | null {
  for (const raw of reversedLines) {
    const line = raw.trim()
    for (const reader of READERS) {
      const packageName = reader.pattern.exec(line)?.[1]
      if (packageName !== undefined) {
        return { packageName, tool: reader.tool, said: reader.said(packageName) }
      }
    }
  }
  return null
}
