/**
 * The effect policy, table-driven: every effect class with its check-only twin, wrappers the
 * policy sees through, dynamic programs, redirections, and the reasons it gives.
 */
import { refusalOf, type EffectKind } from '../../src/plan/effects.js'

const effect = (command: string): EffectKind | null =>
  refusalOf(command, { cwd: '.' })?.effect ?? null

describe('each effect class is refused, and its check-only twin runs', () => {
  test.each([
    // JavaScript formatters and fixers
    ['npx prettier --write .', 'format', 'npx prettier --check .'],
    ['prettier -w src', 'format', 'prettier -l src'],
    ['prettier --write=true src', 'format', 'prettier --list-different src'],
    ['prettier -cw src', 'format', 'prettier -c src'],
    ['eslint --fix .', 'rewrite', 'eslint --fix-dry-run .'],
    ['npx eslint . --fix', 'rewrite', 'npx eslint .'],
    ['biome check --write .', 'rewrite', 'biome check .'],
    ['biome check --apply .', 'rewrite', 'biome ci .'],
    ['npx @biomejs/biome check --fix', 'rewrite', 'npx @biomejs/biome check'],
    ['biome format --write .', 'format', 'biome format .'],
    ['biome lint --apply .', 'rewrite', 'biome lint .'],
    ['dprint fmt', 'format', 'dprint check'],
    // Python
    ['ruff format .', 'format', 'ruff format --check .'],
    ['ruff format src', 'format', 'ruff format --diff src'],
    ['ruff check --fix .', 'rewrite', 'ruff check .'],
    ['black .', 'format', 'black --check .'],
    ['black src tests', 'format', 'black --diff src tests'],
    ['isort .', 'format', 'isort --check-only .'],
    ['isort src', 'format', 'isort --diff src'],
    ['isort -y src', 'format', 'isort -c src'],
    ['autopep8 -i x.py', 'format', 'autopep8 --diff x.py'],
    ['autopep8 --in-place -r .', 'format', 'autopep8 -r .'],
    ['python -m black .', 'format', 'python -m black --check .'],
    ['python3 -m isort .', 'format', 'python3 -m isort --check-only .'],
    ['pytest --snapshot-update', 'snapshot-update', 'pytest -q'],
    ['pip install -e .', 'dependency-change', 'pip check'],
    ['poetry lock', 'dependency-change', 'poetry lock --check'],
    ['twine upload dist/*', 'release', 'twine check dist/*'],
    // Go
    ['gofmt -w .', 'format', 'gofmt -l .'],
    ['gofmt -s -w .', 'format', 'gofmt -d .'],
    ['goimports -w .', 'format', 'goimports -l .'],
    ['go mod tidy', 'dependency-change', 'go mod tidy -diff'],
    ['go fmt ./...', 'format', 'go vet ./...'],
    ['go generate ./...', 'rewrite', 'go test ./...'],
    ['go get example.com/x@v1', 'dependency-change', 'go build ./...'],
    // Rust
    ['cargo fmt', 'format', 'cargo fmt -- --check'],
    ['cargo +nightly fmt --all', 'format', 'cargo fmt --all --check'],
    ['cargo fix --edition', 'rewrite', 'cargo check'],
    ['cargo clippy --fix --allow-dirty', 'rewrite', 'cargo clippy -- -D warnings'],
    ['cargo update', 'dependency-change', 'cargo tree -d'],
    ['cargo add serde', 'dependency-change', 'cargo metadata --format-version 1'],
    ['cargo clean', 'destructive', 'cargo build --release'],
    ['cargo publish', 'release', 'cargo publish --dry-run'],
    ['cargo insta accept', 'snapshot-update', 'cargo insta test'],
    ['rustfmt src/main.rs', 'format', 'rustfmt --check src/main.rs'],
    // Snapshot updaters
    ['jest -u', 'snapshot-update', 'jest --ci'],
    ['npx jest --updateSnapshot', 'snapshot-update', 'npx jest'],
    ['vitest run -u', 'snapshot-update', 'vitest run'],
    ['npx vitest --update', 'snapshot-update', 'npx vitest run --coverage'],
    ['npx playwright test --update-snapshots', 'snapshot-update', 'npx playwright test'],
    // npm, yarn, pnpm
    ['npm install', 'dependency-change', 'npm ci'],
    ['npm i -D jest', 'dependency-change', 'npm ls --all'],
    ['npm update', 'dependency-change', 'npm outdated'],
    ['npm audit fix', 'dependency-change', 'npm audit --audit-level=high'],
    ['npm version patch', 'release', 'npm version'],
    ['npm publish', 'release', 'npm publish --dry-run'],
    ['npm pack', 'release', 'npm pack --dry-run'],
    ['npm pkg set version=2', 'rewrite', 'npm pkg get version'],
    ['yarn', 'dependency-change', 'yarn install --frozen-lockfile'],
    ['yarn add lodash', 'dependency-change', 'yarn install --immutable'],
    ['pnpm install', 'dependency-change', 'pnpm install --frozen-lockfile'],
    ['pnpm publish', 'release', 'pnpm publish --dry-run'],
    // Releases and deploys
    ['gh release create v1.0.0', 'release', 'gh release view v1.0.0'],
    ['npx semantic-release', 'release', 'npx semantic-release --dry-run'],
    ['changeset publish', 'release', 'changeset status'],
    ['vercel --prod', 'deploy', 'vercel --version'],
    ['netlify deploy --prod', 'deploy', 'netlify status'],
    ['kubectl apply -f k8s/', 'deploy', 'kubectl diff -f k8s/'],
    ['terraform apply -auto-approve', 'deploy', 'terraform plan'],
    ['terraform fmt', 'format', 'terraform fmt -check'],
    ['docker push ghcr.io/x/y', 'deploy', 'docker build .'],
    ['helm upgrade app ./chart', 'deploy', 'helm lint ./chart'],
    // git
    ['git push origin main', 'deploy', 'git status --porcelain'],
    ['git commit -am "format"', 'vcs-write', 'git diff --exit-code'],
    ['git tag v1', 'vcs-write', 'git tag -l'],
    ['git -C sub checkout .', 'destructive', 'git -C sub log -1'],
    ['CI=1 git reset --hard', 'destructive', 'git rev-parse HEAD'],
    ['git clean -fdx', 'destructive', 'git ls-files --others --exclude-standard'],
    ['git stash', 'destructive', 'git stash list'],
    // Files
    ['rm -rf node_modules', 'destructive', 'ls node_modules'],
    ['sudo rm target/x', 'destructive', 'test -e target/x'],
    ['find . -name "*.tmp" -delete', 'destructive', 'find . -name "*.tmp"'],
    [
      'find . -name "*.rs" -exec rustfmt {} ;',
      'format',
      'find . -name "*.rs" -exec rustfmt --check {} ;'
    ],
    ['truncate -s 0 app.log', 'destructive', 'wc -c app.log'],
    ['npx rimraf src', 'destructive', 'npx rimraf dist'],
    ['rm -rf target', 'destructive', 'rm -rf dist build coverage tsconfig.tsbuildinfo'],
    ['rm -rf dist/../src', 'destructive', 'rm -rf ./dist/esm'],
    ['sed -i s/a/b/ file', 'rewrite', 'sed s/a/b/ file'],
    ['perl -pi -e s/a/b/ file', 'rewrite', 'perl -ne print file'],
    ['cargo test > results.txt', 'rewrite', 'cargo test > /dev/null'],
    ['npm audit --json >> audit.json', 'rewrite', 'npm audit --json > "$RUNNER_TEMP/audit.json"'],
    ['cargo test 2> err.log', 'rewrite', 'cargo test 2>&1'],
    ['cargo test | tee test.log', 'rewrite', 'cargo test | tee /tmp/test.log'],
    ['cp README.md docs/index.md', 'rewrite', 'cp README.md dist/README.md'],
    ['echo x > dist/../src/a.ts', 'rewrite', 'echo x > dist/stamp'],
    ['make fmt', 'format', 'make check'],
    ['make clean', 'destructive', 'make test']
  ] as const)('%s → %s; %s runs', (command, kind, twin) => {
    expect(effect(command)).toBe(kind)
    expect(effect(twin)).toBeNull()
  })
})

describe('wrappers are seen through', () => {
  test.each([
    ['env -i cargo fmt', 'env'],
    ['env -u HOME -u PATH cargo fmt', 'env'],
    ['env --unset=HOME cargo fmt', 'env'],
    ['env -S "cargo fmt --all"', 'env'],
    ["bash -c 'cargo fmt'", 'bash'],
    ['sh -ec "cargo fmt && cargo test"', 'sh'],
    ["bash -o pipefail -c 'cargo fmt'", 'bash'],
    ['xargs cargo fmt', 'xargs'],
    ['git ls-files -z | xargs -0 -n 10 cargo fmt --', 'xargs'],
    ['timeout 60 cargo fmt', 'timeout'],
    ['timeout -k 5 -s TERM 1m cargo fmt', 'timeout'],
    ['nice -n 5 cargo fmt', 'nice'],
    ['nice -10 cargo fmt', 'nice'],
    ['stdbuf -oL cargo fmt', 'stdbuf'],
    ['stdbuf -o L cargo fmt', 'stdbuf'],
    ['sudo -u builder cargo fmt', 'sudo'],
    ['time -p cargo fmt', 'time'],
    ['nohup cargo fmt', 'nohup'],
    ['command cargo fmt', 'command'],
    ["eval 'cargo fmt'", 'eval'],
    ['npx cargo fmt', 'npx'],
    ['npx --yes -p @x/y cargo fmt', 'npx'],
    ["npx -c 'cargo fmt'", 'npx'],
    ['npm exec -- cargo fmt', 'npm exec'],
    ['npm x -- cargo fmt', 'npm x'],
    ['pnpm exec cargo fmt', 'pnpm exec'],
    ['pnpm dlx cargo fmt', 'pnpm dlx'],
    ['yarn dlx cargo fmt', 'yarn dlx'],
    ['dotenv -- cargo fmt', 'dotenv'],
    ['dotenv -e .env.test -- cargo fmt', 'dotenv'],
    ['cross-env CI=1 RUST_LOG=debug cargo fmt', 'cross-env'],
    ['poetry run cargo fmt', 'poetry run'],
    ['uv run --with x cargo fmt', 'uv run']
  ])('%s is cargo fmt, run through %s', (command, wrapper) => {
    const refusal = refusalOf(command, { cwd: '.' })
    expect(refusal?.effect).toBe('format')
    expect(refusal?.reason).toContain(`'cargo fmt' rewrites files`)
    expect(refusal?.reason).toContain(`run through`)
    expect(refusal?.reason).toContain(wrapper)
  })

  test('npx npm audit fix changes dependencies; the wrapped checks run', () => {
    expect(effect('npx npm audit fix')).toBe('dependency-change')
    for (const check of [
      'env -i cargo fmt -- --check',
      "bash -c 'cargo fmt -- --check'",
      'timeout 600 cargo test',
      'npx --yes prettier --check .',
      'dotenv -- jest --ci',
      'cross-env NODE_ENV=test vitest run',
      'xargs -r shellcheck',
      'command -v cargo',
      'grep -q ">" CHANGELOG.md',
      'echo "a > b" > /dev/null',
      'cargo test 2>&1 | tee "$TMPDIR/test.log"',
      'cp -r assets dist/',
      'npx tsc --listFiles > build/files.txt',
      'cargo test 2>&1 | tee target/test.log',
      'env',
      'bash ./scripts/check.sh'
    ]) {
      expect([check, effect(check)]).toEqual([check, null])
    }
  })
})

describe('a program the policy cannot know is refused as dynamic', () => {
  test.each([
    '$(echo cargo) fmt',
    '$CMD',
    '"$RUNNER" test',
    '`which cargo` fmt',
    '${TOOL:-cargo} fmt'
  ])('%s', (command) => {
    const refusal = refusalOf(command, { cwd: '.' })
    expect(refusal?.effect).toBe('dynamic')
    expect(refusal?.reason).toContain('cannot be known')
  })

  test.each([
    'test -f "$(pwd)/x"',
    '[ -d "$HOME" ]',
    'echo "$(date)"',
    'cargo test --target-dir "$CARGO_TARGET_DIR"',
    'VERSION=$(node -p 1) npm test',
    'echo $((1 + 2))'
  ])('only the program position matters: %s runs', (command) => {
    expect(refusalOf(command, { cwd: '.' })).toBeNull()
  })

  test('a command substitution is itself a command: echo $(cargo fmt) is refused', () => {
    const refusal = refusalOf('echo "formatted: $(cargo fmt)"', { cwd: '.' })
    expect(refusal).toEqual({
      effect: 'format',
      reason:
        "'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check') — run through a command substitution"
    })
  })
})

describe('reasons are precise', () => {
  test('npm publish --dry-run runs; npm version patch is a version bump, not a dependency change', () => {
    expect(refusalOf('npm publish --dry-run', { cwd: '.' })).toBeNull()
    expect(refusalOf('npm version patch', { cwd: '.' })).toEqual({
      effect: 'release',
      reason: "'npm version' bumps the version in package.json (and commits and tags it)"
    })
  })

  test('a chain is judged by its first refused command, and only checks are left to run', () => {
    expect(refusalOf('cargo build && cargo fmt && rm -rf target', { cwd: '.' })?.effect).toBe(
      'format'
    )
    expect(refusalOf('cargo build && cargo test', { cwd: '.' })).toBeNull()
  })

  test('a "Run:" command of the checklist is refused as a listed fix when no rule knows it', () => {
    const fixes = [{ command: 'make regenerate', line: 9 }]
    expect(refusalOf('make regenerate', { cwd: '.', checklistFixes: fixes })).toEqual({
      effect: 'listed-fix',
      reason: `the checklist lists 'make regenerate' as a fix ("Run:" at line 9)`
    })
  })

  test('without package.json, a script is judged by its name and by the flags passed to it', () => {
    expect(effect('npm run clean')).toBe('destructive')
    expect(effect('npm run format')).toBe('format')
    expect(effect('npm run format:check')).toBeNull()
    expect(effect('yarn lint:fix')).toBe('rewrite')
    expect(effect('npm run lint -- --fix')).toBe('rewrite')
    expect(effect('npm test -- -u')).toBe('snapshot-update')
    expect(effect('npm run test:update')).toBe('snapshot-update')
    expect(effect('npm test')).toBeNull()
    expect(effect('npm run build')).toBeNull()
    expect(refusalOf('npm run clean', { cwd: '.' })?.reason).toBe(
      "'npm run clean' runs script 'clean', which by its name deletes files (package.json could not be read to see what it runs)"
    )
  })

  test('a long command is quoted on one line, cut at 120 characters and never inside a character', () => {
    // 118 characters before the emoji: a cut at 119 UTF-16 units would keep half of it.
    const padded = `npm run clean ${'x'.repeat(104)}\u{1F680}${'y'.repeat(20)}`
    const reason = refusalOf(`${padded.slice(0, 14)}\t  ${padded.slice(14)}`, { cwd: '.' })?.reason
    const quoted = /^'([^']*)'/.exec(reason ?? '')?.[1] ?? ''
    expect(quoted).toBe(`npm run clean ${'x'.repeat(104)}…`)
    expect(quoted).not.toMatch(/[\ud800-\udfff]/)
    expect(refusalOf(`npm run clean ${'x'.repeat(105)}`, { cwd: '.' })?.reason).toMatch(
      /^'npm run clean x{105}' runs script 'clean'/
    )
  })
})
