// Secrets in command output never reach a report surface.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { maskSecrets, MASK } from '../../src/validations/secrets.js'
import { evaluateReadiness } from '../../src/gate.js'
import { renderReport } from '../../src/report/render.js'

const GH_TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4)}`
const b64 = (text: string) => Buffer.from(text).toString('base64')

test.each([
  [`token ${GH_TOKEN} printed`, GH_TOKEN],
  [`pat github_pat_${'x'.repeat(30)}`, `github_pat_${'x'.repeat(30)}`],
  ['aws AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
  ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123', 'abcdefghijklmnopqrstuvwxyz0123'],
  ['DB_PASSWORD=hunter2hunter2 next', 'hunter2hunter2'],
  ['-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'MIIEow']
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

test('a step printing secrets: masked in results, findings and every rendered surface', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-'))
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
  const outcome = await evaluateReadiness({
    checklistPath: checklist,
    configPath: null,
    configRequired: false,
    root: dir,
    runValidations: true,
    refuseCommands: null,
    concurrency: 1,
    secrets: ['my-known-secret-123'],
    progress: { finished: (_v, r) => seen.push(r.output.head) }
  })
  const [result] = outcome.results
  expect(result?.status).toBe('failed')
  const everything = JSON.stringify(outcome.results) + seen.join('\n')
  const rendered = renderReport(outcome.assessment, {
    checkName: 'Readiness Gate',
    runUrl: null,
    repository: null,
    sha: null,
    ref: null,
    checklistPath: 'PRODUCTION_CHECKLIST.md',
    validationRoot: '.'
  })
  for (const text of [everything, ...Object.values(rendered).map((v) => JSON.stringify(v))]) {
    expect(text).not.toContain(GH_TOKEN)
    expect(text).not.toContain('my-known-secret-123')
  }
  expect(result?.output.head).toContain(MASK)
})
