// Secrets in command output never reach a report surface: one masking pass at the surface
// boundary (maskForSurfaces) covers every field of every finding, the runner's runtime and OIDC
// tokens as well as the action's token, and the renderers refuse anything that skipped it.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  CREDENTIAL_VARIABLES,
  MASK,
  maskDeep,
  maskForSurfaces,
  maskSecrets,
  secretsToMask
} from '../../src/report/secrets.js'
import { evaluateReadiness } from '../../src/gate.js'
import { renderReport } from '../../src/report/render.js'
import { buildJsonReport } from '../../src/report/json.js'
import type { RenderContext } from '../../src/report/render-context.js'
import type { Assessment } from '../../src/readiness/model.js'
import { startGitHubServer } from '../support/github-server.js'
import { publishAsPullRequestRun } from '../support/publish-run.js'
import { localGateOptions } from '../support/gate-options.js'
import { TOKENS } from '../support/github-identities.js'

const GH_TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4)}`
const b64 = (text: string) => Buffer.from(text).toString('base64')

test.each([
  [`token ${GH_TOKEN} printed`, GH_TOKEN],
  [`pat github_pat_${'x'.repeat(30)}`, `github_pat_${'x'.repeat(30)}`],
  ['aws AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
  ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123', 'abcdefghijklmnopqrstuvwxyz0123'],
  ['DB_PASSWORD=hunter2hunter2 next', 'hunter2hunter2'],
  ['-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'MIIEow'],
  [`xoxb-${'1'.repeat(12)}`, `xoxb-${'1'.repeat(12)}`],
  [`npm_${'a'.repeat(36)}`, `npm_${'a'.repeat(36)}`],
  ['SECRET: abcdef', 'abcdef']
])('masks %s', (text, secret) => {
  const masked = maskSecrets(text)
  expect(masked).not.toContain(secret)
  expect(masked).toContain(MASK)
})

test('masks known values and leaves ordinary text alone', () => {
  expect(maskSecrets('the value s3cr3t-value leaked', ['s3cr3t-value'])).toBe(
    `the value ${MASK} leaked`
  )
  const plain = 'cargo build: 0 errors, 0 warnings; src/lib.rs:3:5 password policy'
  expect(maskSecrets(plain, ['ab'])).toBe(plain)
})

describe('secretsToMask: what the entry point masks for a run', () => {
  const env = {
    ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-value',
    GH_TOKEN: ' ghp_fromTheJobEnv0000000000000000000000 ',
    HOME: '/home/runner',
    EMPTY: ''
  }

  test('the token, the runtime and OIDC request tokens, job-level tokens; longest first', () => {
    const values = secretsToMask(env, TOKENS.actions)
    expect(values).toEqual(
      expect.arrayContaining([
        TOKENS.actions,
        env.ACTIONS_RUNTIME_TOKEN,
        env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        env.GH_TOKEN.trim()
      ])
    )
    expect(values).not.toContain('/home/runner')
    expect([...values].sort((a, b) => b.length - a.length)).toEqual(values)
    expect(new Set(values).size).toBe(values.length)
  })

  test("each GitHub token also as git's basic credential (actions/checkout's extraheader)", () => {
    const values = secretsToMask({}, TOKENS.actions)
    const header = b64(`x-access-token:${TOKENS.actions}`)
    expect(values).toEqual([header, TOKENS.actions])
    const printed = `http.https://github.com/.extraheader AUTHORIZATION: basic ${header}`
    expect(maskSecrets(printed, values)).toBe(
      `http.https://github.com/.extraheader AUTHORIZATION: basic ${MASK}`
    )
  })

  test('nothing to mask without a token or credentials; short values are never masked', () => {
    expect(secretsToMask({ HOME: '/root' }, '')).toEqual([])
    expect(secretsToMask({ ACTIONS_RUNTIME_TOKEN: 'src' }, '')).toEqual([])
    expect(CREDENTIAL_VARIABLES).toEqual(
      expect.arrayContaining(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    )
  })
})

describe('maskDeep / maskForSurfaces', () => {
  test('masks every string at any depth, keys included, and copies (the input is untouched)', () => {
    const input = {
      a: ['x SECRET-VALUE y', { b: 'SECRET-VALUE', n: 3, t: true, z: null, u: undefined }],
      'SECRET-VALUE': 1
    }
    const out = maskDeep(input, ['SECRET-VALUE'])
    expect(out).toEqual({
      a: ['x *** y', { b: '***', n: 3, t: true, z: null, u: undefined }],
      '***': 1
    })
    expect(input.a[0]).toBe('x SECRET-VALUE y')
  })

  test('a value that is not plain data is a bug, not something to let through', () => {
    expect(() => maskDeep({ m: new Map([['k', 'SECRET-VALUE']]) }, ['SECRET-VALUE'])).toThrow(
      /cannot mask \[object Map\]/
    )
  })

  test('paths that merely contain short common substrings are not corrupted (4-character floor)', () => {
    const finding = { file: 'src/app/main.ts', code: 'TS2322', version: '1.2.3' }
    expect(maskDeep(finding, ['src', 'app', '1.2', 'TS'])).toEqual(finding)
  })

  test('the renderers and the JSON report refuse a value that skipped the pass', () => {
    const context = maskForSurfaces(renderContext('/w'), [])
    const assessment = {} as unknown as Parameters<typeof renderReport>[0]
    expect(() => renderReport(assessment, context)).toThrow(/must be masked/)
    expect(() => buildJsonReport(assessment, context)).toThrow(/must be masked/)
    // A spread copy of a masked value loses the mark (it may carry unmasked additions).
    const copy = { ...context } as typeof context
    expect(() => renderReport(assessment, copy)).toThrow(/must be masked/)
    expect(JSON.stringify(context)).toBe(JSON.stringify(renderContext('/w')))
  })
})

function renderContext(workspace: string): RenderContext {
  return {
    checkName: 'Readiness Gate',
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1',
    repository: 'Codertocat/Hello-World',
    sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    ref: 'refs/pull/2/merge',
    checklistPath: 'PRODUCTION_CHECKLIST.md',
    validationRoot: '.',
    workspace
  }
}

describe('issue 17, defect 3: a tool prints the tokens into finding fields', () => {
  // The runner's runtime token (a JWT) and OIDC request token match no secret shape: only their
  // values can mask them. Underscores and asterisks would be escaped in Markdown (`\_`), so a
  // mask applied after escaping would miss them: the pass runs before any rendering.
  const RUNTIME = 'eyJhbGciOiJSUzI1NiJ9.runtime_token_payload.sig_na*ture'
  const OIDC = 'oidc_request_token_5f0c9a77e1d2'
  const PAT = `ghp_${'Z9y8X7w6V5'.repeat(4)}`
  const ACTION_TOKEN = TOKENS.actions
  const env = { ACTIONS_RUNTIME_TOKEN: RUNTIME, ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC }
  const escaped = (text: string) => text.replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
  const forbidden = [RUNTIME, OIDC, PAT, ACTION_TOKEN, escaped(RUNTIME), escaped(OIDC)]

  let dir: string
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secret-fields-')))
    const bin = path.join(dir, 'bin')
    fs.mkdirSync(bin)
    // Stand-ins for tsc (through npx), cargo build and cargo audit: real processes printing what
    // a hostile or careless build would, in each tool's own format, read by the real parsers.
    // The secrets are decoded at run time, so only the commands' output carries them.
    const script = (lines: string, exit: number) =>
      `#!/bin/sh\nprintf '%s' '${b64(lines)}' | base64 -d\nexit ${exit}\n`
    fs.writeFileSync(
      path.join(bin, 'npx'),
      script(
        [
          `src/${RUNTIME}/a.ts(4,1): error TS2322: Type 'string' is not assignable to type 'number'.`,
          `src/${ACTION_TOKEN}.ts(2,3): error TS2304: Cannot find name '${OIDC}'.`,
          ''
        ].join('\n'),
        2
      ),
      { mode: 0o755 }
    )
    fs.writeFileSync(
      path.join(bin, 'cargo'),
      [
        '#!/bin/sh',
        'if [ "$1" = audit ]; then',
        `printf '%s' '${b64(
          [
            'Crate:     tokio',
            `Version:   ${OIDC}`,
            'Title:     Token leak',
            'Date:      2024-12-12',
            `ID:        RUSTSEC-${RUNTIME}`,
            `URL:       https://rustsec.example/${OIDC}/${ACTION_TOKEN}`,
            'Solution:  Upgrade',
            '',
            'error: 1 vulnerability found!',
            ''
          ].join('\n')
        )}' | base64 -d`,
        'exit 1',
        'fi',
        `printf '%s' '${b64(
          [
            `error[${PAT}]: mismatched types`,
            ` --> src/${OIDC}/main.rs:3:5`,
            '  |',
            '3 |     let x: u32 = "a";',
            '',
            'error: could not compile `app` (bin "app") due to 1 previous error',
            ''
          ].join('\n')
        )}' | base64 -d`,
        'exit 101',
        ''
      ].join('\n'),
      { mode: 0o755 }
    )
    fs.writeFileSync(
      path.join(dir, 'PRODUCTION_CHECKLIST.md'),
      [
        '# Checklist',
        '',
        '### Phase 1: Critical (MUST COMPLETE)',
        '',
        '- [ ] Owner: [SPECIFY]',
        '',
        '### Quick Validation Script',
        '```bash',
        'echo "1. Types..."',
        'PATH="$PWD/bin:$PATH" npx tsc --noEmit',
        'echo "2. Build..."',
        'PATH="$PWD/bin:$PATH" cargo build',
        'echo "3. Audit..."',
        'PATH="$PWD/bin:$PATH" cargo audit',
        '```',
        ''
      ].join('\n')
    )
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  async function unmaskedAssessment(): Promise<Assessment> {
    const outcome = await evaluateReadiness(
      // No known values for the engine: the surface boundary alone must mask them.
      localGateOptions(dir, { secrets: [] })
    )
    return outcome.assessment
  }

  test('the attack reaches file, code, package version and url (so the test can fail)', async () => {
    const findings = (await unmaskedAssessment()).validations.flatMap((v) => v.findings)
    // (The ghs_/ghp_ tokens have a secret shape, which the engine already masks.)
    expect(findings.some((f) => f.file?.includes(RUNTIME))).toBe(true)
    expect(findings.some((f) => f.file?.includes(OIDC))).toBe(true)
    expect(findings.some((f) => f.version === OIDC)).toBe(true)
    expect(findings.some((f) => f.code?.includes(RUNTIME))).toBe(true)
    expect(findings.some((f) => f.url?.includes(OIDC))).toBe(true)
  })

  test('the tokens appear on no surface: comment, summaries, check text, annotations, JSON, API', async () => {
    const secrets = secretsToMask(env, ACTION_TOKEN)
    const assessment = maskForSurfaces(await unmaskedAssessment(), secrets)
    const context = maskForSurfaces(renderContext(dir), secrets)
    const rendered = renderReport(assessment, context)
    const json = JSON.stringify(buildJsonReport(assessment, context))

    const findings = assessment.validations.flatMap((v) => v.findings)
    expect(findings.some((f) => f.file === `src/${MASK}/a.ts`)).toBe(true)
    expect(findings.some((f) => f.version === MASK)).toBe(true)
    expect(findings.some((f) => f.code === `RUSTSEC-${MASK}`)).toBe(true)
    expect(findings.some((f) => f.code === MASK)).toBe(true)
    expect(rendered.comment).toContain(`src/${MASK}/a.ts`)
    // A masked path names no file: it gets no annotation (GitHub would refuse the batch).
    expect(rendered.annotations.length).toBeGreaterThan(0)
    for (const annotation of rendered.annotations) expect(annotation.path).not.toContain(MASK)

    // Published through the real octokit to the local GitHub server: every request body.
    const server = await startGitHubServer()
    try {
      const outcome = await publishAsPullRequestRun(server, rendered)
      expect(outcome.surfaces.every((surface) => surface.ok)).toBe(true)
      const sent = JSON.stringify(server.requests.map((request) => request.body))
      expect(sent).toContain(`src/${MASK}/a.ts`)
      for (const text of [sent, json, ...Object.values(rendered).map((v) => JSON.stringify(v))]) {
        for (const secret of forbidden) expect(text).not.toContain(secret)
      }
      server.assertNoViolations()
    } finally {
      await server.close()
    }
  })
})

test('a step printing secrets: masked in results, findings and every rendered surface', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-'))
  try {
    const checklist = path.join(dir, 'PRODUCTION_CHECKLIST.md')
    fs.writeFileSync(
      checklist,
      [
        '# Checklist',
        '',
        '### Phase 1: Critical (MUST COMPLETE)',
        '',
        '- [ ] Verify: `true` passes',
        '',
        '### Quick Validation Script',
        '```bash',
        'echo "1. Leaky..."',
        // The secrets are made at run time, so only the command's output carries them.
        `test -d . && printf '%s' ${b64(`error: bad token ${GH_TOKEN}\nKNOWN=my-known-secret-123\n`)} | base64 -d; false`,
        '```',
        ''
      ].join('\n')
    )
    const seen: string[] = []
    const outcome = await evaluateReadiness(
      localGateOptions(dir, {
        checklistPath: checklist,
        secrets: ['my-known-secret-123'],
        progress: { finished: (_v, r) => seen.push(r.output.head) }
      })
    )
    const [result] = outcome.results
    expect(result?.status).toBe('failed')
    const everything = JSON.stringify(outcome.results) + seen.join('\n')
    const rendered = renderReport(
      maskForSurfaces(outcome.assessment, ['my-known-secret-123']),
      maskForSurfaces(
        {
          checkName: 'Readiness Gate',
          runUrl: null,
          repository: null,
          sha: null,
          ref: null,
          checklistPath: 'PRODUCTION_CHECKLIST.md',
          validationRoot: '.'
        },
        ['my-known-secret-123']
      )
    )
    for (const text of [everything, ...Object.values(rendered).map((v) => JSON.stringify(v))]) {
      expect(text).not.toContain(GH_TOKEN)
      expect(text).not.toContain('my-known-secret-123')
    }
    expect(result?.output.head).toContain(MASK)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
