/**
 * Go tools: gofmt/goimports -w, go fmt, go generate, go get, go mod tidy (without -diff).
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
  gofmt: (w) => (hasShort(w, 'w') ? formats('gofmt -w', 'gofmt -l') : null),
  goimports: (w) => (hasShort(w, 'w') ? formats('goimports -w', 'goimports -l') : null),
  'golangci-lint': (w) =>
    has(w, '--fix') ? fixes('golangci-lint --fix', 'golangci-lint run') : null,
  go: goEffect
}

function goEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const next = subcommand(w, sub.index + 1)?.name
  switch (sub.name) {
    case 'fmt':
      return formats('go fmt', 'gofmt -l .')
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
      return next === 'sync' || next === 'use' || next === 'edit'
        ? dependencies(`go work ${next}`, 'go.work')
        : null
    case 'install':
      return null
    default:
      return null
  }
}
