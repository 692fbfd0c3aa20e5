/**
 * The Go family of effect rules (src/plan/effect-rules/go.ts), table-driven: every refused
 * command with its exact effect and reason, next to the check-only forms that must run, and the
 * edges the rules read — Go's own flag syntax (`-w`, `--w`, `-w=true`), subcommands that look
 * alike, an option before the subcommand (`go -C sub mod tidy`). A rule that misses rewrites the
 * user's files; a rule that over-refuses leaves a claim unverified.
 */
import { refusal } from './effect-cases.js'

const GOFMT = "'gofmt -w' rewrites files with its formatting (the check is 'gofmt -l')"
const GOIMPORTS = "'goimports -w' rewrites files with its formatting (the check is 'goimports -l')"

describe('gofmt and goimports: -w writes, -l and -d only report', () => {
  test.each([
    ['gofmt -w .', 'format', GOFMT],
    ['gofmt -s -w .', 'format', GOFMT],
    ['gofmt -l -w main.go', 'format', GOFMT],
    // -w last, with no file (gofmt's usage error), is refused all the same.
    ['gofmt -l -w', 'format', GOFMT],
    // Go's flag package takes `--w`, `-w=true` and `--w=1` for the same flag.
    ['gofmt -w=true .', 'format', GOFMT],
    ['gofmt --w .', 'format', GOFMT],
    ['gofmt --w=1 .', 'format', GOFMT],
    ['gofmt -w=T .', 'format', GOFMT],
    ['gofmt -w=t .', 'format', GOFMT],
    ['gofmt -w=TRUE .', 'format', GOFMT],
    ['gofmt -w=True .', 'format', GOFMT],
    // Not a valid Go flag, but refusing a cluster that names -w costs nothing.
    ['gofmt -sw .', 'format', GOFMT],
    ['goimports -w .', 'format', GOIMPORTS],
    ['goimports -local example.com -w .', 'format', GOIMPORTS],
    ['goimports -w=true .', 'format', GOIMPORTS],
    ['goimports --w .', 'format', GOIMPORTS]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'gofmt -l .',
    'gofmt -d .',
    'gofmt -l -s .',
    'gofmt -e ./...',
    'gofmt -r "a -> b" -l .',
    'gofmt -w=false -l .',
    'gofmt --w=0 -d .',
    'gofmt -l -- -w',
    'goimports -l .',
    'goimports -d ./cmd',
    'goimports -local example.com -l .',
    'goimports -w=false -l .'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('golangci-lint: --fix and fmt write, run and fmt --diff only report', () => {
  const FIX =
    "'golangci-lint --fix' rewrites source files with its fixes (the check is 'golangci-lint run')"
  const FMT =
    "'golangci-lint fmt' rewrites files with its formatting (the check is 'golangci-lint fmt --diff')"
  test.each([
    ['golangci-lint run --fix', 'rewrite', FIX],
    ['golangci-lint run --fix=true ./...', 'rewrite', FIX],
    ['golangci-lint --fix run', 'rewrite', FIX],
    ['golangci-lint fmt', 'format', FMT],
    ['golangci-lint fmt ./...', 'format', FMT],
    ['golangci-lint --config .golangci.yml fmt', 'format', FMT]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'golangci-lint',
    'golangci-lint run',
    'golangci-lint run ./...',
    'golangci-lint fmt --diff',
    'golangci-lint fmt -d ./...',
    'golangci-lint fmt --stdin',
    'golangci-lint fmt --diff-colored',
    'golangci-lint linters',
    'golangci-lint version'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('go subcommands', () => {
  test.each([
    [
      'go fmt ./...',
      'format',
      "'go fmt' rewrites files with its formatting (the check is 'gofmt -l .')"
    ],
    ['go fmt', 'format', "'go fmt' rewrites files with its formatting (the check is 'gofmt -l .')"],
    ['go generate ./...', 'rewrite', "'go generate' regenerates source files"],
    [
      'go fix ./...',
      'rewrite',
      "'go fix' rewrites source files with its fixes (the check is 'go vet')"
    ],
    ['go get example.com/x@v1', 'dependency-change', "'go get' changes go.mod and go.sum"],
    ['go get -t ./...', 'dependency-change', "'go get' changes go.mod and go.sum"],
    [
      'go mod tidy',
      'dependency-change',
      "'go mod tidy' changes go.mod and go.sum (the check is 'go mod tidy -diff')"
    ],
    [
      'go mod tidy -v',
      'dependency-change',
      "'go mod tidy' changes go.mod and go.sum (the check is 'go mod tidy -diff')"
    ],
    ['go mod vendor', 'dependency-change', "'go mod vendor' changes the vendor directory"],
    [
      'go mod vendor -o third_party',
      'dependency-change',
      "'go mod vendor' changes the vendor directory"
    ],
    ['go mod edit -require=example.com/x@v1', 'dependency-change', "'go mod edit' changes go.mod"],
    ['go mod edit -fmt', 'dependency-change', "'go mod edit' changes go.mod"],
    ['go mod init example.com/x', 'rewrite', "'go mod init' creates go.mod"],
    ['go work sync', 'dependency-change', "'go work sync' changes go.work"],
    ['go work use ./a', 'dependency-change', "'go work use' changes go.work"],
    ['go work edit -use ./a', 'dependency-change', "'go work edit' changes go.work"],
    ['go work init ./a', 'rewrite', "'go work init' creates go.work"],
    ['go work vendor', 'dependency-change', "'go work vendor' changes the vendor directory"],
    // An option before the subcommand: -C takes a directory, which hides the subcommand.
    [
      'go -C sub mod tidy',
      'dependency-change',
      "'go mod tidy' changes go.mod and go.sum (the check is 'go mod tidy -diff')"
    ],
    [
      'go -C sub fmt ./...',
      'format',
      "'go fmt' rewrites files with its formatting (the check is 'gofmt -l .')"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'go',
    'go version',
    'go vet ./...',
    'go build ./...',
    'go test ./...',
    'go test -run TestGet ./...',
    // A test's -update flag only writes when true; other flags that start alike are not it.
    'go test ./... -update=false',
    'go test ./... -update=0',
    'go test ./... -updated',
    'go test ./... -run TestUpdate',
    'go install example.com/x@latest',
    'go mod tidy -diff',
    'go mod tidy --diff',
    'go mod',
    'go mod download',
    'go mod verify',
    'go mod graph',
    'go mod why example.com/x',
    'go mod edit -json',
    'go mod edit -print',
    'go work',
    'go work edit -json',
    'go work edit -print',
    'go env GOPATH'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('go test -update: the golden-file idiom rewrites what the tests compare against', () => {
  const GOLDEN =
    "'go test -update' rewrites the golden files the tests compare against, so they pass by definition (the check is 'go test' without -update)"
  test.each([
    'go test ./... -update',
    'go test -update ./...',
    'go test -run TestRender -args -update',
    'go test ./... --update',
    'go test ./... -update=true',
    'go test ./... -update=1',
    'go test ./pkg -update-golden',
    'go test ./pkg -update_golden=true'
  ])('%s is refused', (command) => {
    expect(refusal(command)).toEqual({ effect: 'snapshot-update', reason: GOLDEN })
  })
})
