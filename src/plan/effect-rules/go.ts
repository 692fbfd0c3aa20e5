/**
 * Go tools: gofmt/goimports -w, golangci-lint --fix and fmt, go fmt, go generate, go get,
 * go mod tidy (without -diff), go mod/work edits, go test -update (golden files).
 */
import {
  dependencies,
  fixes,
  formats,
  has,
  hasShort,
  refuse,
  subcommand,
  type Refusal,
  type RuleTable
} from './rule.js'

export const GO_RULES: RuleTable = {
  gofmt: (w) => (writesInPlace(w) ? formats('gofmt -w', 'gofmt -l') : null),
  goimports: (w) => (writesInPlace(w) ? formats('goimports -w', 'goimports -l') : null),
  'golangci-lint': golangciLintEffect,
  go: goEffect
}

/** The values Go's strconv.ParseBool reads as true (`-w=true`, `-w=1`, `-w=T`). */
const GO_TRUE = new Set(['1', 't', 'T', 'true', 'TRUE', 'True'])

/**
 * A boolean flag set as Go's flag package reads it: `-NAME`, `--NAME` or `-NAME=true` (any value
 * ParseBool reads as true), not `-NAME=false`. `name` is a regex source (spellings of one flag).
 */
function setsGoBool(words: readonly string[], name: string): boolean {
  const pattern = new RegExp(`^--?(?:${name})(?:=(.*))?$`)
  return words.some((word) => {
    const flag = pattern.exec(word)
    return flag !== null && (flag[1] === undefined || GO_TRUE.has(flag[1]))
  })
}

/**
 * gofmt's and goimports' -w, before a `--` (after which every word is a file). A cluster naming
 * w (`-sw`) is not a Go flag — the tool stops with a usage error — and is refused all the same.
 */
function writesInPlace(words: readonly string[]): boolean {
  const end = words.indexOf('--')
  const flags = end === -1 ? words : words.slice(0, end)
  return hasShort(flags, 'w') || setsGoBool(flags, 'w')
}

/**
 * The golden-file idiom of Go tests: a test package's own `flag.Bool("update", …)`, passed
 * anywhere on the line (`go test ./... -update`, `go test -run X -args -update`);
 * `-update-golden` and `-update_golden` are common spellings too.
 */
function updatesGoldenFiles(words: readonly string[]): boolean {
  return setsGoBool(words, 'update(?:[-_]golden)?')
}

function golangciLintEffect(w: readonly string[]): Refusal | null {
  if (has(w, '--fix')) return fixes('golangci-lint --fix', 'golangci-lint run')
  // `golangci-lint fmt` (v2) rewrites files unless it only shows (--diff) or reads stdin.
  if (
    subcommand(w)?.name === 'fmt' &&
    !has(w, '--diff', '--diff-colored', '--stdin') &&
    !hasShort(w, 'd')
  )
    return formats('golangci-lint fmt', 'golangci-lint fmt --diff')
  return null
}

function goEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const next = subcommand(w, sub.index + 1)?.name
  switch (sub.name) {
    case 'fmt':
      return formats('go fmt', 'gofmt -l .')
    case 'test':
      return updatesGoldenFiles(w)
        ? refuse(
            'snapshot-update',
            "'go test -update' rewrites the golden files the tests compare against, so they pass by definition (the check is 'go test' without -update)"
          )
        : null
    case 'generate':
      return refuse('rewrite', "'go generate' regenerates source files")
    case 'fix':
      return fixes('go fix', 'go vet')
    case 'get':
      return dependencies('go get', 'go.mod and go.sum')
    case 'mod':
      if (next === 'tidy')
        return has(w, '-diff', '--diff')
          ? null
          : dependencies('go mod tidy', "go.mod and go.sum (the check is 'go mod tidy -diff')")
      if (next === 'vendor') return dependencies('go mod vendor', 'the vendor directory')
      if (next === 'edit')
        return has(w, '-json', '-print') ? null : dependencies('go mod edit', 'go.mod')
      if (next === 'init') return refuse('rewrite', "'go mod init' creates go.mod")
      return null
    case 'work':
      if (next === 'init') return refuse('rewrite', "'go work init' creates go.work")
      if (next === 'vendor') return dependencies('go work vendor', 'the vendor directory')
      // `go work edit -json` and `-print` print go.work instead of writing it, as go mod edit.
      if (next === 'edit' && has(w, '-json', '-print')) return null
      return next === 'sync' || next === 'use' || next === 'edit'
        ? dependencies(`go work ${next}`, 'go.work')
        : null
    default:
      // go build, go test, go vet, go install (into GOBIN, outside the project)… only check.
      return null
  }
}
