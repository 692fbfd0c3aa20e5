// The priority keyword regexes with Unicode property classes are made only when a heading that is
// not ASCII is searched: loading the module and reading ASCII headings makes only the ASCII twins.
const made: string[] = []
const OriginalRegExp = RegExp
globalThis.RegExp = new Proxy(OriginalRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    made.push(args[1] ?? '')
    return Reflect.construct(target, args, newTarget) as RegExp
  }
})

afterAll(() => {
  globalThis.RegExp = OriginalRegExp
})

test('priority makes its Unicode keyword regexes only for text that is not ASCII', async () => {
  const { priorityInHeading } = await import('../src/checklist/priority.js')
  expect(priorityInHeading('Security (MUST COMPLETE)').priority.level).toBe('critical')
  expect(priorityInHeading('Docs, high priority').priority.level).toBe('high')
  expect(made).toContain('i')
  expect(made).not.toContain('iu')
  expect(priorityInHeading('Sécurité (Priorité P0)').priority.level).toBe('critical')
  expect(made.filter((flags) => flags === 'iu')).toHaveLength(1)
  expect(priorityInHeading('Sécurité, high priority').priority.level).toBe('high')
  expect(made.filter((flags) => flags === 'iu')).toHaveLength(2)
})
