/** Everything the CLI takes from and gives to the world; tests pass fakes. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  /** The shell's directory. */
  cwd: string
  /** stdout is a terminal. */
  isTTY?: boolean
  /** A GitHub Actions runner reads the output (GITHUB_ACTIONS=true): untrusted text is made inert. */
  workflowLog?: boolean
  /** The environment (GITHUB_TOKEN for --repo); process.env when not given. */
  env?: Readonly<Record<string, string | undefined>>
}
