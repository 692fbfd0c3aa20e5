import { perTest } from './per-test.js'

let made = 0
const value = perTest(() => ({ n: ++made }))

describe('perTest', () => {
  it('computes the value inside the first test that reads it, once', () => {
    expect(made).toBe(0)
    const first = value()
    expect(value()).toBe(first)
    expect(made).toBe(1)
  })

  it('computes it again for the next test', () => {
    expect(value().n).toBe(2)
    expect(made).toBe(2)
  })
})

test('refuses a read outside a test', () => {
  // A describe body runs while Jest collects; this is the same check from a plain function.
  const state = expect.getState()
  expect.setState({ currentTestName: undefined })
  try {
    expect(() => value()).toThrow('perTest: read the value inside a test')
  } finally {
    expect.setState(state)
  }
})
