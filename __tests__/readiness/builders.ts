/** Small hand-built Checklists, Validations and results for assessment and rendering tests. */
import type {
  Checklist,
  DeclaredStatus,
  Phase,
  Placeholder,
  PriorityLevel,
  SignOff,
  TaskItem
} from '../../src/checklist/model.js'
import type {
  CapturedOutput,
  Finding,
  Validation,
  ValidationResult,
  ValidationStatus
} from '../../src/validations/model.js'
import { plainValidation } from '../support/validations.js'

export function item(
  line: number,
  text: string,
  options: { checked?: boolean; children?: TaskItem[]; depth?: number } = {}
): TaskItem {
  const depth = options.depth ?? 0
  return {
    text,
    checked: options.checked ?? false,
    line,
    depth,
    commands: [...text.matchAll(/`([^`]+)`/g)].map((m) => ({
      text: m[1]!,
      role: text.startsWith('Verify') ? ('verify' as const) : ('mention' as const),
      line
    })),
    children: (options.children ?? []).map((child) => ({ ...child, depth: depth + 1 }))
  }
}

export function phase(
  number: number | null,
  title: string,
  level: PriorityLevel,
  line: number,
  items: TaskItem[]
): Phase {
  const label = level === 'none' ? null : level.toUpperCase()
  return {
    number,
    title,
    heading: number === null ? title : `Phase ${number}: ${title}`,
    line,
    priority: { label, level },
    sections: [{ title, level: 3, line, items }]
  }
}

export function checklist(
  phases: Phase[],
  extra: {
    placeholders?: Placeholder[]
    signOffs?: SignOff[]
    status?: DeclaredStatus | null
  } = {}
): Checklist {
  return {
    file: 'CHECKLIST.md',
    title: 'Checklist',
    phases,
    sections: [],
    codeBlocks: [],
    placeholders: extra.placeholders ?? [],
    signOffs: extra.signOffs ?? [],
    status: extra.status ?? null,
    lineCount: 500
  }
}

export function status(ready: boolean | null, blockers: string[], line = 400): DeclaredStatus {
  return {
    line,
    overallReadiness: ready === null ? null : ready ? 'READY' : 'NOT READY',
    ready,
    lastValidation: null,
    nextSteps: null,
    blockers: blockers.map((text, i) => ({ text, line: line + 2 + i }))
  }
}

/** A step of the checklist's script (line 300); the command is `run-<id>` unless `options` says. */
export function validation(
  id: string,
  options: Partial<Validation> & { command?: string } = {}
): Validation {
  return plainValidation(id, {
    command: `run-${id}`,
    timeoutMs: 60_000,
    source: { kind: 'script', line: 300, file: 'CHECKLIST.md' },
    ...options
  })
}

export function captured(text: string): CapturedOutput {
  return { head: text, tail: '', totalBytes: Buffer.byteLength(text), truncated: false }
}

export function result(
  id: string,
  status: ValidationStatus,
  options: {
    summary?: string
    findings?: Finding[]
    droppedFindings?: number
    output?: CapturedOutput
    hint?: string | null
  } = {}
): ValidationResult {
  return {
    id,
    status,
    exitCode: status === 'passed' ? 0 : status === 'timed-out' ? null : 1,
    signal: status === 'timed-out' ? 'SIGKILL' : null,
    durationMs: 1234,
    startedAtMs: 0,
    output: options.output ?? captured(''),
    report: {
      findings: options.findings ?? [],
      droppedFindings: options.droppedFindings ?? 0,
      counts: {},
      summary: options.summary ?? status
    },
    hint: options.hint ?? null
  }
}
