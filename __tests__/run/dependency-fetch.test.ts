/**
 * A build or test whose toolchain could not download the project's dependencies has proved
 * nothing: "could not assess", not "exit 1" and not a contradicted tick. Real `go test` against
 * a module proxy on a closed port and one that answers 404 (a version that does not exist: the
 * project's failure), real `cargo test` and `npm ci` against registries on closed ports (the
 * registry's credentials kept out of the summary), through the real runner and scheduler; and a
 * test suite printing the same network words stays failed.
 */
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { ProcessRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import type { ValidationResult } from '../../src/validations/model.js'
import { checklist, item, phase, result, validation } from '../readiness/builders.js'
import { writeFile } from '../support/git-project.js'
import { closedPort, listenLocally } from '../support/local-http.js'
import { scratchDirectory, temporaryDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const goCache = scratchDirectory('dependency-fetch-gopath-')
const cargoHome = scratchDirectory('dependency-fetch-cargo-home-')

const FETCH_HINT = /^the toolchain could not download the project's dependencies/

/** A Go module that needs github.com/google/uuid, which no module cache here holds. */
function goModule(dir: string): void {
  writeFile(
    dir,
    'go.mod',
    'module example.com/fetch\n\ngo 1.19\n\nrequire github.com/google/uuid v1.3.0\n'
  )
  writeFile(
    dir,
    'id.go',
    'package fetch\n\nimport "github.com/google/uuid"\n\nfunc ID() string { return uuid.NewString() }\n'
  )
  writeFile(
    dir,
    'id_test.go',
    'package fetch\n\nimport "testing"\n\nfunc TestID(t *testing.T) {\n\tif ID() == "" {\n\t\tt.Fatal("empty")\n\t}\n}\n'
  )
}

/** Go with its module proxy at `proxy`, the module cache in a scratch directory. */
function goEnv(proxy: string): Record<string, string> {
  return {
    GOPATH: goCache.dir,
    GOMODCACHE: `${goCache.dir}/mod`,
    GOFLAGS: '-mod=mod -modcacherw',
    GOPROXY: proxy,
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local'
  }
}

async function runOne(
  root: string,
  command: string,
  env: Record<string, string>
): Promise<ValidationResult> {
  const validation = plainValidation('tests', { name: 'Tests', command, env, timeoutMs: 120_000 })
  const [result] = await runValidations([validation], { root, runner: new ProcessRunner() })
  return result!
}

describe('go test', () => {
  it('with the module proxy unreachable: could not assess, naming the module and the cause', async () => {
    const dir = temporaryDirectory('dependency-fetch-go-')
    try {
      goModule(dir.dir)
      const port = await closedPort()
      const result = await runOne(dir.dir, 'go test ./...', goEnv(`http://127.0.0.1:${port}`))
      expect(result.exitCode).toBe(1)
      expect(result.status).toBe('unassessable')
      expect(result.report.summary).toBe(
        `could not assess: go could not download github.com/google/uuid@v1.3.0 (127.0.0.1:${port}: dial tcp 127.0.0.1:${port}: connect: connection refused)`
      )
      expect(result.hint).toMatch(FETCH_HINT)
    } finally {
      dir.remove()
    }
  })

  it('with the proxy answering 404 (no such version): the project has failed', async () => {
    const dir = temporaryDirectory('dependency-fetch-go-404-')
    const proxy = await listenLocally((_request, response) => {
      response.statusCode = 404
      response.end('not found')
    })
    try {
      goModule(dir.dir)
      const result = await runOne(dir.dir, 'go test ./...', goEnv(proxy.url))
      expect(result.exitCode).toBe(1)
      expect(result.status).toBe('failed')
    } finally {
      await proxy.close()
      dir.remove()
    }
  })

  it('a test that fails with a network error of its own has failed', async () => {
    const dir = temporaryDirectory('dependency-fetch-go-own-')
    try {
      const port = await closedPort()
      writeFile(dir.dir, 'go.mod', 'module example.com/own\n\ngo 1.19\n')
      writeFile(
        dir.dir,
        'own_test.go',
        `package own\n\nimport (\n\t"net/http"\n\t"testing"\n)\n\nfunc TestGet(t *testing.T) {\n\tif _, err := http.Get("http://127.0.0.1:${port}/x@v1.0.0"); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n`
      )
      const result = await runOne(dir.dir, 'go test ./...', goEnv('off'))
      expect(result.status).toBe('failed')
      expect(result.report.summary).toMatch(/1 failed/)
    } finally {
      dir.remove()
    }
  })
})

describe('cargo test', () => {
  it('with the registry unreachable: could not assess, naming the crate and the cause', async () => {
    const dir = temporaryDirectory('dependency-fetch-cargo-')
    try {
      const port = await closedPort()
      // crates.io replaced by a registry on the closed port, for this CARGO_HOME only.
      writeFile(
        cargoHome.dir,
        'config.toml',
        `[source.crates-io]\nreplace-with = "dead"\n\n[source.dead]\nregistry = "sparse+http://127.0.0.1:${port}/index/"\n`
      )
      writeFile(
        dir.dir,
        'Cargo.toml',
        '[package]\nname = "fetch"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n'
      )
      writeFile(dir.dir, 'src/lib.rs', 'pub fn id() {}\n')
      const result = await runOne(dir.dir, 'cargo test', {
        CARGO_HOME: cargoHome.dir,
        CARGO_NET_RETRY: '0'
      })
      expect(result.exitCode).toBe(101)
      expect(result.status).toBe('unassessable')
      expect(result.report.summary).toMatch(
        new RegExp(
          `^could not assess: cargo could not download serde \\(Could not connect to server .*127\\.0\\.0\\.1 port ${port}`
        )
      )
      expect(result.hint).toMatch(FETCH_HINT)
    } finally {
      dir.remove()
    }
  })
})

describe('npm ci', () => {
  it('with the registry unreachable: could not assess, naming what it could not download', async () => {
    const dir = temporaryDirectory('dependency-fetch-npm-')
    const cache = temporaryDirectory('dependency-fetch-npm-cache-')
    try {
      const port = await closedPort()
      writeFile(
        dir.dir,
        'package.json',
        JSON.stringify({ name: 'fetch', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } })
      )
      writeFile(
        dir.dir,
        'package-lock.json',
        JSON.stringify({
          name: 'fetch',
          version: '1.0.0',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': { name: 'fetch', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
              integrity:
                'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQEq6ZUt17Z/vsDaHPVVhMKfdgcn3mZ0kwrOjqhY4LUkg/Q=='
            }
          }
        })
      )
      // npm replaces registry.npmjs.org in the lock file's URLs with the configured registry.
      const result = await runOne(dir.dir, 'npm ci --no-audit --no-fund', {
        npm_config_registry: `http://user:secret@127.0.0.1:${port}/`,
        npm_config_cache: cache.dir,
        npm_config_fetch_retries: '0',
        npm_config_update_notifier: 'false'
      })
      expect(result.exitCode).toBe(1)
      expect(result.status).toBe('unassessable')
      expect(result.report.summary).toBe(
        `could not assess: npm could not download http://127.0.0.1:${port}/left-pad/-/left-pad-1.3.0.tgz (connect ECONNREFUSED 127.0.0.1:${port})`
      )
      expect(result.hint).toMatch(FETCH_HINT)
    } finally {
      dir.remove()
      cache.remove()
    }
  })
})

test('a ticked item whose tests could not download their dependencies is not "ticked, but failing", and the verdict is not ready', () => {
  const assessment = assess({
    checklist: checklist([
      phase(1, 'Critical', 'critical', 10, [item(11, 'Tests pass', { checked: true })])
    ]),
    validations: [validation('tests', { name: 'Tests', verifies: [11] })],
    results: [
      result('tests', 'unassessable', {
        summary: 'could not assess: go could not download github.com/google/uuid@v1.3.0'
      })
    ],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  expect(assessment.ready).toBe(false)
  expect(assessment.reconciliation.claimedDoneFailing).toEqual([])
})
