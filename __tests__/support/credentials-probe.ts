/**
 * The action's side of the credential test: a process started with secrets in its initial
 * environment runs a validation through ProcessRunner that tries to read them (its own
 * environment and `/proc/$PPID/environ`), before and after protectSecrets. Prints JSON.
 * Bundled by the test with esbuild; argv: <token value to protect>.
 */
import { protectSecrets } from '../../src/run/credentials.js'
import { ProcessRunner } from '../../src/run/runner.js'

const ATTACK = 'env; echo ---; tr "\\0" "\\n" < /proc/$PPID/environ'

async function attack(): Promise<string> {
  const outcome = await new ProcessRunner().run({
    command: ATTACK,
    cwd: process.cwd(),
    env: {},
    timeoutMs: 30_000
  })
  return outcome.output.head + outcome.output.tail
}

async function main(): Promise<void> {
  const before = await attack()
  const protection = protectSecrets([process.argv[2] ?? ''])
  const after = await attack()
  const inputStillReadable = process.env['INPUT_CHECKLIST'] ?? null
  process.stdout.write(JSON.stringify({ before, after, protection, inputStillReadable }))
}

void main()
