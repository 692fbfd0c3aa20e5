// The repository's workflows and the README's examples only use inputs and outputs that
// action.yml declares.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'

const root = join(import.meta.dirname, '..')
const workflowsDir = join(root, '.github', 'workflows')

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  steps?: Step[]
  outputs?: Record<string, string>
  needs?: string | string[]
  if?: string
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, Job>
}

const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const inputs = Object.keys(action.inputs)
const outputs = Object.keys(action.outputs)

const isAction = (uses: string | undefined, ref: string): boolean =>
  ref === './' ? uses === './' || uses === '.' : uses?.startsWith(ref) === true

/** Every reference to the action's outputs: steps.<id>.outputs.X and needs.<job>.outputs.X. */
function outputReferences(workflow: Workflow, ref: string): { where: string; name: string }[] {
  const found: { where: string; name: string }[] = []
  const jobs = workflow.jobs ?? {}
  // Job outputs that forward one of the action's outputs, by job.
  const forwarded = new Map<string, Set<string>>()
  for (const [jobName, job] of Object.entries(jobs)) {
    const ids = new Set(
      (job.steps ?? []).filter((s) => isAction(s.uses, ref) && s.id).map((s) => s.id!)
    )
    const text = JSON.stringify(job)
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ids.has(m[1]!)) found.push({ where: `${jobName}: steps.${m[1]!}`, name: m[2]! })
    }
    for (const [name, value] of Object.entries(job.outputs ?? {})) {
      const m = /steps\.([\w-]+)\.outputs\.([\w-]+)/.exec(value)
      if (m && ids.has(m[1]!)) {
        if (!forwarded.has(jobName)) forwarded.set(jobName, new Set())
        forwarded.get(jobName)!.add(name)
      }
    }
  }
  for (const [jobName, job] of Object.entries(jobs)) {
    const text = JSON.stringify(job)
    for (const m of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const upstream = forwarded.get(m[1]!)
      if (upstream === undefined) continue
      // The needed job must declare the output, and forward one the action has.
      expect({ job: jobName, output: m[2], declared: upstream.has(m[2]!) }).toEqual({
        job: jobName,
        output: m[2],
        declared: true
      })
      const value = jobs[m[1]!]!.outputs![m[2]!]!
      const inner = /steps\.[\w-]+\.outputs\.([\w-]+)/.exec(value)
      found.push({ where: `${jobName}: needs.${m[1]!}`, name: inner![1]! })
    }
  }
  return found
}

function checkWorkflow(workflow: Workflow, ref: string): number {
  let steps = 0
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (!isAction(step.uses, ref)) continue
      steps++
      for (const key of Object.keys(step.with ?? {})) {
        expect({ job: jobName, input: key, known: inputs.includes(key) }).toEqual({
          job: jobName,
          input: key,
          known: true
        })
      }
    }
  }
  for (const { where, name } of outputReferences(workflow, ref)) {
    expect({ where, output: name, known: outputs.includes(name) }).toEqual({
      where,
      output: name,
      known: true
    })
  }
  return steps
}

const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f))

describe('workflows', () => {
  it('exist', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['ci.yml', 'check-dist.yml', 'readiness.yml'])
    )
  })

  it.each(workflowFiles)('%s has on and jobs, and uses only declared inputs/outputs', (file) => {
    const workflow = load(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow
    expect(workflow).toHaveProperty('on')
    expect(workflow.on).toBeTruthy()
    expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0)
    checkWorkflow(workflow, './')
  })

  it('readiness.yml runs the action on the example and gates a job on its ready output', () => {
    const workflow = load(readFileSync(join(workflowsDir, 'readiness.yml'), 'utf8')) as Workflow
    expect(checkWorkflow(workflow, './')).toBe(1)
    const step = Object.values(workflow.jobs!)
      .flatMap((job) => job.steps ?? [])
      .find((s) => isAction(s.uses, './'))!
    expect(step.with).toMatchObject({
      'working-directory': 'examples/llm-memory-graph',
      checklist: 'PRODUCTION_CHECKLIST.md'
    })
    const gated = Object.values(workflow.jobs!).filter((job) =>
      /needs\.[\w-]+\.outputs\.ready == 'true'/.test(job.if ?? '')
    )
    expect(gated).toHaveLength(1)
    expect(outputReferences(workflow, './').map((r) => r.name)).toContain('ready')
  })

  it('the checker catches unknown inputs and outputs', () => {
    const bad: Workflow = {
      on: 'push',
      jobs: {
        a: {
          outputs: { ok: '${{ steps.g.outputs.readyy }}' },
          steps: [{ id: 'g', uses: './', with: { 'no-such-input': 1 } }]
        }
      }
    }
    expect(() => checkWorkflow(bad, './')).toThrow()
  })
})

describe('README examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)]
    .map((m) => m[1]!)
    .filter((block) => block.includes('uses: readiness-gate/readiness-gate@v1'))

  it('has workflow examples', () => {
    expect(blocks.length).toBeGreaterThan(0)
  })

  it.each(blocks.map((block, index) => [index + 1, block] as const))(
    'example %i parses and uses only declared inputs/outputs',
    (_index, block) => {
      const workflow = load(block) as Workflow
      expect(workflow).toHaveProperty('on')
      expect(workflow).toHaveProperty('jobs')
      expect(checkWorkflow(workflow, 'readiness-gate/readiness-gate@')).toBeGreaterThan(0)
    }
  )
})
