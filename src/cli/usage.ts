import { DEFAULT_CHECKLIST_PATH, DEFAULT_CONFIG_PATH } from '../default-paths.js'
import { VERSION } from '../version.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'

/** `readiness-gate --help`: every command's flags (the README's CLI section says the same). */
export const USAGE = `readiness-gate ${VERSION} — is the project ready to ship? The checklist's claims against real validations.

Usage:
  readiness-gate parse <checklist.md> [--json]
      Print what the checklist says: phases (checked/total), placeholders, sign-offs, status.
      --json prints the whole model (every task item with its line and checked state).

  readiness-gate check [--checklist FILE] [--config FILE] [--cwd DIR] [--json FILE]
                       [--markdown FILE] [--concurrency N] [--no-run] [--fail-on not-ready|never]
                       [--repo OWNER/NAME [--pr N] [--sha SHA]]
                       [--base REF]
      Plan the checklist's validations, run them all, and print each one's status, duration and
      key findings, then the verdict.
      --cwd DIR          the project root the validations run in (default: .)
      --checklist FILE   the checklist, relative to --cwd (default: ${DEFAULT_CHECKLIST_PATH})
      --config FILE      YAML config, relative to --cwd (default: ${DEFAULT_CONFIG_PATH}, when it
                         exists)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
                         (--json and --markdown are relative to the current directory)
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only (never READY when
                         the verdict requires validations: NOT ASSESSED, exit 1)
      --fail-on VALUE    not-ready (default): exit 1 unless the verdict is READY;
                         never: exit 0 whatever the verdict
      --shard i/n        run only shard i of n of the plan (lanes and needs chains kept
                         together) and write a partial report to --json: no verdict, exit 0
                         unless the shard could not run
      --durations-from FILE  balance the shards by an earlier JSON report's durations
      --platform NAME    the shard's platform label (default: $RUNNER_OS, else the OS)
      --repo OWNER/NAME  check items that point at GitHub (issues, pull requests, checks)
                         against that repository, with the token in GITHUB_TOKEN or GH_TOKEN
      --pr N             and sign-offs naming a login against pull request N's approvals
      --sha SHA          the commit checks are looked up on (default: the checkout's HEAD)
      --base REF         compare the checklist with its version at the local git ref REF
                         (branch, tag or SHA): a critical item removed or moved out of the
                         critical phase blocks unless waived (default: the config's compare.ref)

  readiness-gate merge <file|directory|glob>... [--checklist FILE] [--config FILE] [--cwd DIR]
                       [--json FILE] [--markdown FILE] [--fail-on not-ready|never]
      Merge the shards' partial reports and assess them exactly as one run, against the
      checklist and config at --cwd. Shards that are missing, twice, of another commit, of a
      changed checklist or config, or with foreign validations are refused: NOT ASSESSED, exit 1.
      Reports of the same plan from several platforms: a validation passes only where it passed
      on every platform.

  readiness-gate --help | --version

Exit codes (the action's step ends with the same ones):
  0  ready (or --fail-on never, whatever the verdict)
  1  not ready, or not assessed (e.g. --no-run when the verdict requires validations)
  2  usage or configuration error (a bad flag, checklist or config)
  3  internal error
`

/** --help (of the CLI or of any command): the usage on stdout, exit 0. */
export function showHelp(io: { out: (text: string) => void }): ExitCode {
  io.out(USAGE)
  return EXIT_CODES.ready
}
