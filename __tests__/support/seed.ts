// The seed checklist's validation script, as the planner reads it: the ids of its nine steps, in
// plan order. Shared by the planner, engine and report tests.
export const SEED_STEP_IDS = [
  'code-formatting',
  'clippy-linting',
  'security-audit',
  'rust-build',
  'rust-tests',
  'typescript-build',
  'typescript-tests',
  'npm-audit',
  'cli-verification'
] as const
