// A plain bullet (no checkbox) directly under a task item that says `Verify: \`cmd\`` or
// `Run: \`cmd\``: GitHub shows it under the item, so its commands are the item's — planned like
// a Verify task item's, linked to the item it sits under. Before, such bullets were dropped and
// the ticked item read as "nothing planned".
import { parseChecklist } from '../../src/checklist/parse.js'
import { allItems } from '../../src/checklist/model.js'
import { planValidations } from '../../src/plan/plan.js'
import { expectLinear } from '../support/linearity.js'

const CHECKLIST = [
  '# Checklist', //                                     1
  '', //                                                 2
  '## Phase 1: Critical (CRITICAL)', //                  3
  '', //                                                 4
  '- [x] Tests pass', //                                 5
  '  - Verify: `go test ./...`', //                      6
  '  - Run: `gofmt -w .` before committing', //          7
  '  - see `docs/testing.md`', //                        8
  '  - More about it', //                                9
  '    - Verify: `go vet ./...`', //                     10: under a plain bullet, not the item
  '- [ ] Lint clean', //                                 11
  '  * **Verify:** `golangci-lint run` passes', //       12
  '  - [ ] Verify: `staticcheck ./...`', //              13: a task item of its own
  '', //                                                 14
  '- Not a task', //                                     15
  '  - Verify: `make check`', //                         16: under a plain item
  ''
].join('\n')

test("a plain Verify or Run bullet under a task item adds its commands to that item's", () => {
  const items = allItems(parseChecklist(CHECKLIST, 'C.md'))
  const commands = items.map((item) => [item.line, item.commands])
  expect(commands).toEqual([
    [
      5,
      [
        { text: 'go test ./...', role: 'verify', line: 6 },
        { text: 'gofmt -w .', role: 'fix', line: 7 }
      ]
    ],
    [11, [{ text: 'golangci-lint run', role: 'verify', line: 12 }]],
    [13, [{ text: 'staticcheck ./...', role: 'verify', line: 13 }]]
  ])
})

test('the planner plans them, linked to the task item they sit under; Run commands never', () => {
  const plan = planValidations(parseChecklist(CHECKLIST, 'C.md'), null)
  expect(plan.validations.map((v) => [v.command, v.verifies])).toEqual([
    ['go test ./...', [5]],
    ['golangci-lint run', [11]],
    // A Verify task item proves itself and the item it sits under.
    ['staticcheck ./...', [11, 13]]
  ])
})

test('many plain bullets under one item are read in linear time', () => {
  const bullets = (n: number): string =>
    `- [ ] Checks\n${Array.from({ length: n }, (_, i) => `  - Verify: \`check-${i}\``).join('\n')}\n`
  expect(allItems(parseChecklist(bullets(1_000), 'many.md'))[0]!.commands).toHaveLength(1_000)
  expectLinear(
    (n) => {
      const text = bullets(n)
      return () => parseChecklist(text, 'many.md')
    },
    { n: 2_000 }
  )
})
