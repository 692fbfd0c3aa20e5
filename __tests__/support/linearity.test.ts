/**
 * support/linearity.ts, the growth measurement the linearity guards use: on real work it passes
 * linear routines and reports quadratic ones (a nested loop, and the regex escapeHtml once used),
 * and with a fake clock its arithmetic is exact — samples interleaved, the minimum kept, the
 * small input run factor times per sample, input building not timed.
 */
import {
  describeGrowth,
  expectLinear,
  linearBound,
  measureGrowth,
  type Workload
} from './linearity.js'

/** Sums the character codes of every prefix of the text: n²/2 steps. */
function prefixSums(text: string): number {
  let sum = 0
  for (let end = 0; end < text.length; end++) {
    for (let i = 0; i < end; i++) sum += text.charCodeAt(i)
  }
  return sum
}

/** Sums the character codes once: n steps. */
function sumOnce(text: string): number {
  let sum = 0
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i)
  return sum
}

const onText =
  (run: (text: string) => unknown, unit = 'ab') =>
  (n: number) => {
    const text = unit.repeat(n)
    return () => run(text)
  }

describe('on real work', () => {
  test('a linear scan passes, with a ratio near the factor', () => {
    const growth = expectLinear(onText(sumOnce), { n: 20_000 })
    expect(growth.ratio).toBeLessThan(linearBound(8))
    expect(growth.large).toBeGreaterThan(growth.small)
  })

  test('a nested loop over the text is reported as super-linear', () => {
    expect(() => expectLinear(onText(prefixSums), { n: 250 })).toThrow(
      /^super-linear growth: n = 250: .+ ms; 8·n: .+ ms; ratio \d+\.\d \(linear ≈ 8, quadratic ≈ 64, bound 22\.6\)$/
    )
  })

  test('the regex escapeHtml used before (28 s on 100,000 spaces) is reported; its fix passes', () => {
    // /\s*[\r\n]+\s*/g retries a run of spaces from each of its positions.
    const quadratic = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ')
    expect(() => expectLinear(onText(quadratic, ' '), { n: 1_000 })).toThrow(/super-linear/)
    // The fix: each whitespace run is matched once, and replaced when it holds a line break.
    const linear = (text: string) =>
      text.replace(/\s+/g, (run) => (run.includes('\n') || run.includes('\r') ? ' ' : run))
    expect(expectLinear(onText(linear, ' '), { n: 1_000 }).ratio).toBeLessThan(linearBound(8))
  })

  test('another factor has its own bound: 16 → 64, as regex-complexity.test.ts uses', () => {
    expect(linearBound(16)).toBe(64)
    expect(() => expectLinear(onText(prefixSums), { n: 150, factor: 16 })).toThrow(
      /16·n: .+ ratio \d+\.\d \(linear ≈ 16, quadratic ≈ 256, bound 64\.0\)/
    )
  })
})

/** A clock that only work moves: each run of size n costs cost(n) milliseconds. */
function fakeWork(cost: (n: number, call: number) => number): {
  workload: Workload
  clock: () => number
  calls: number[]
  built: number[]
} {
  let now = 0
  const calls: number[] = []
  const built: number[] = []
  const workload: Workload = (n) => {
    built.push(n)
    now += 1_000 // building the input: never inside a sample
    return () => {
      now += cost(n, calls.length)
      calls.push(n)
    }
  }
  return { workload, clock: () => now, calls, built }
}

describe('with a fake clock', () => {
  test('linear cost gives the factor, quadratic its square; building is not timed', () => {
    const linear = fakeWork((n) => n / 1_000)
    expect(measureGrowth(linear.workload, { n: 1_000, clock: linear.clock })).toEqual({
      n: 1_000,
      factor: 8,
      small: 1,
      large: 8,
      ratio: 8
    })
    const quadratic = fakeWork((n) => (n / 1_000) ** 2)
    const growth = measureGrowth(quadratic.workload, { n: 1_000, clock: quadratic.clock })
    expect(growth.ratio).toBe(64)
    expect(linear.built).toEqual([1_000, 8_000])
  })

  test('one warm-up run each, then small ×8 and large ×1 per round, interleaved', () => {
    // A large run of 16 ms fills a 10 ms sample alone.
    const work = fakeWork((n) => n / 500)
    measureGrowth(work.workload, { n: 1_000, clock: work.clock, rounds: 2 })
    const round = [...Array<number>(8).fill(1_000), 8_000]
    expect(work.calls).toEqual([1_000, 8_000, ...round, ...round])
  })

  test('short runs are repeated until a large sample lasts minSampleMs', () => {
    // A large run of 0.8 ms: 13 of them make 10 ms, and 104 small ones match them.
    const work = fakeWork((n) => n / 10_000)
    const growth = measureGrowth(work.workload, { n: 1_000, clock: work.clock, rounds: 1 })
    expect(work.calls.filter((n) => n === 8_000)).toHaveLength(1 + 13)
    expect(work.calls.filter((n) => n === 1_000)).toHaveLength(1 + 104)
    expect(growth.small).toBeCloseTo(0.1, 10)
    expect(growth.large).toBeCloseTo(0.8, 10)
  })

  test('the fastest sample counts: a slow round (a collection, a busy CPU) is ignored', () => {
    // Runs of 2 and 16 ms; the first round's runs (calls 2 to 10) cost ten times more.
    const work = fakeWork((n, call) => (n / 500) * (call >= 2 && call <= 10 ? 10 : 1))
    const growth = measureGrowth(work.workload, { n: 1_000, clock: work.clock })
    expect([growth.small, growth.large, growth.ratio]).toEqual([2, 16, 8])
  })

  test('work too fast to time is not noise ÷ 0: the timer resolution is the floor', () => {
    const free = fakeWork(() => 0)
    const growth = measureGrowth(free.workload, { n: 10, clock: free.clock })
    expect(Number.isFinite(growth.ratio)).toBe(true)
    expect(growth.ratio).toBeLessThan(linearBound(8))
  })

  test('a super-linear ratio throws one line naming both timings and the ratio', () => {
    const quadratic = fakeWork((n) => (n / 1_000) ** 2)
    expect(() => expectLinear(quadratic.workload, { n: 1_000, clock: quadratic.clock })).toThrow(
      new Error(
        'super-linear growth: n = 1,000: 1.0 ms; 8·n: 64 ms; ratio 64.0 ' +
          '(linear ≈ 8, quadratic ≈ 64, bound 22.6)'
      )
    )
    // Just under the bound passes; n·log n passes easily.
    const nearBound = fakeWork((n) => (n === 1_000 ? 1 : 22.5))
    expect(expectLinear(nearBound.workload, { n: 1_000, clock: nearBound.clock }).ratio).toBe(22.5)
    const nLogN = fakeWork((n) => (n * Math.log2(n)) / 1_000)
    const growth = expectLinear(nLogN.workload, { n: 1_000, clock: nLogN.clock })
    expect(describeGrowth(growth)).toMatch(/ratio 10\.4 /)
  })

  test('a warm-up of seconds growing past twice the bound is reported without the rounds', () => {
    const quadratic = fakeWork((n) => (n / 250) ** 2)
    const growth = measureGrowth(quadratic.workload, { n: 1_000, clock: quadratic.clock })
    expect(growth).toEqual({ n: 1_000, factor: 8, small: 16, large: 1_024, ratio: 64 })
    expect(quadratic.calls).toEqual([1_000, 8_000])
  })

  test('a short warm-up is measured in full however it grew: a collection may have hit it', () => {
    // The large warm-up run (call 1) takes 100 ms instead of 8.
    const work = fakeWork((n, call) => (call === 1 ? 100 : n / 1_000))
    const growth = measureGrowth(work.workload, { n: 1_000, clock: work.clock })
    expect(growth.ratio).toBe(8)
    expect(work.calls.length).toBeGreaterThan(2)
  })

  test('a factor that is not an integer of at least 2 is refused', () => {
    const work = fakeWork((n) => n)
    for (const factor of [1, 2.5, 0]) {
      expect(() => measureGrowth(work.workload, { n: 10, factor, clock: work.clock })).toThrow(
        `measureGrowth: factor must be an integer of at least 2 (got ${factor})`
      )
    }
  })
})
