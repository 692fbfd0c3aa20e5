/**
 * Linearity guards that measure growth, not wall-clock time. A guard against ReDoS or quadratic
 * scanning times the same work on an input of size n and on one of size factor·n, and fails when
 * the large input costs far more than factor times the small one. An absolute bound
 * (`expect(ms).toBeLessThan(15_000)`) fails on a loaded machine and lets a quadratic regression
 * on a small input pass on a fast one; a ratio does neither.
 *
 * How the timings are taken, and why:
 * - The clock is this process's CPU time (user + system, process.cpuUsage), not the wall clock:
 *   time other processes hold the CPU (a mutation run on both cores, parallel Jest workers) is
 *   not counted.
 * - The small input runs factor times per sample, the large one once (or both more, until a
 *   sample lasts `minSampleMs`), and each sample is divided by its runs. When the work is linear
 *   both samples do the same work: they allocate as much and meet as many garbage collections,
 *   so a sample of a small input that happens to fit between two collections does not look
 *   cheap. It also means a fast small input is never timer noise, and the ratio never noise ÷ 0.
 * - The result is the minimum of `rounds` samples, small and large interleaved (small, large,
 *   small, large, …): a collection or a burst of load inflates one sample, not the minimum.
 * - The inputs are built before any timing: the workload builds one and returns the work to time.
 *
 * Factor and bound: linear work grows by the factor (8), quadratic by its square (64). The bound
 * is their geometric mean, factor^1.5 ≈ 22.6: linear work passes with a margin of √8 ≈ 2.8× for
 * noise (measured ratios of linear guards at load 5–8 on 2 cores: 4 to 12), and quadratic work
 * fails by the same margin. n·log n grows by 8·(1 + log 8 / log n), under 11 for n ≥ 1,000.
 * regex-complexity.test.ts applies the same rule to every regex literal with factor 16 (bound 64).
 *
 * Choosing n: keep both inputs — and the strings and arrays the code builds from them — on one
 * side of V8's large-object size, best below it: 128 KiB, that is a one-byte string of about
 * 131,000 characters or an array of about 16,000 elements. V8 allocates larger objects in a
 * space of their own, at several times the cost per character or element, and a step in cost
 * between the two sizes reads as growth (an unterminated here-document of 5,000 → 40,000 lines
 * measured 29 to 55). Then make n large enough that the work, not a fixed cost, dominates: the
 * guard can only see a quadratic term that matters at n.
 */
/** Builds the input of size `n` (not timed) and returns the work to time on it. */
export type Workload = (n: number) => () => unknown

export interface GrowthOptions {
  /** The small size; the large one is `factor`·n. */
  n: number
  /** How much larger the large input is (default 8). */
  factor?: number
  /** Samples taken of each size, interleaved; the minimum counts (default 3). */
  rounds?: number
  /** A sample repeats the work until it lasts this long, in milliseconds (default 10). */
  minSampleMs?: number
  /** Milliseconds of some clock; the process's CPU time unless a test of this helper fakes it. */
  clock?: () => number
}

export interface Growth {
  n: number
  factor: number
  /** Milliseconds for one run on the small input (the fastest sample). */
  small: number
  /** Milliseconds for one run on the large input (the fastest sample). */
  large: number
  /** large / small. */
  ratio: number
}

export const DEFAULT_FACTOR = 8
const DEFAULT_ROUNDS = 3
const DEFAULT_MIN_SAMPLE_MS = 10
/** Enough repetitions for a 1 µs run to fill a 10 ms sample; beyond that the work is too small. */
const MAX_REPEATS = 10_000
/** A large warm-up run this long (ms) and clearly super-linear ends the measurement. */
const FAIL_FAST_MS = 1_000
/** Below this a sample is timer resolution, not work: samples count as at least this long. */
const RESOLUTION_MS = 0.05

/** The process's CPU time in milliseconds: user and system, all of its threads. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The bound a ratio must stay under for `factor`: the geometric mean of factor and factor². */
export function linearBound(factor: number): number {
  return factor ** 1.5
}

/** Milliseconds per run, for `repeats` runs of `work` timed together. */
function sample(work: () => unknown, repeats: number, clock: () => number): number {
  const start = clock()
  for (let run = 0; run < repeats; run++) work()
  return Math.max(clock() - start, RESOLUTION_MS) / repeats
}

/**
 * Times the work at n and factor·n: the fastest of `rounds` interleaved samples of each — or the
 * warm-up runs alone when the large one lasts seconds and grows twice as much as the bound.
 */
export function measureGrowth(workload: Workload, options: GrowthOptions): Growth {
  const { n, factor = DEFAULT_FACTOR, rounds = DEFAULT_ROUNDS } = options
  const { minSampleMs = DEFAULT_MIN_SAMPLE_MS, clock = cpuMs } = options
  if (!Number.isInteger(factor) || factor < 2) {
    throw new Error(`measureGrowth: factor must be an integer of at least 2 (got ${factor})`)
  }
  const smallWork = workload(n)
  const largeWork = workload(n * factor)
  // One run of each warms the code up, and the large one says how many runs fill a sample; they
  // are not counted. The small input runs factor times as often as the large one, so that both
  // samples do the same work when it is linear: they allocate as much, meet as many garbage
  // collections and last as long.
  const onceSmall = sample(smallWork, 1, clock)
  const once = sample(largeWork, 1, clock)
  // A large run of seconds, already twice the bound (a cold small run only lowers the ratio): the
  // rounds would take 2·rounds times as long again and tell nothing more, and a synchronous run
  // cannot be timed out. Short runs are always measured in full: one garbage collection can
  // multiply a millisecond run, not a run of seconds.
  if (once >= FAIL_FAST_MS && once / onceSmall > 2 * linearBound(factor)) {
    return { n, factor, small: onceSmall, large: once, ratio: once / onceSmall }
  }
  const largeRepeats = Math.min(MAX_REPEATS, Math.max(1, Math.ceil(minSampleMs / once)))
  const repeats = largeRepeats * factor
  let small = Number.POSITIVE_INFINITY
  let large = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    small = Math.min(small, sample(smallWork, repeats, clock))
    large = Math.min(large, sample(largeWork, largeRepeats, clock))
  }
  return { n, factor, small, large, ratio: large / small }
}

const ms = (value: number): string =>
  value >= 10 ? `${value.toFixed(0)} ms` : `${value.toPrecision(2)} ms`

/** A one-line account of a measurement: both timings and the ratio against its bound. */
export function describeGrowth(growth: Growth): string {
  const { n, factor, small, large, ratio } = growth
  return (
    `n = ${n.toLocaleString('en')}: ${ms(small)}; ${factor}·n: ${ms(large)}; ` +
    `ratio ${ratio.toFixed(1)} (linear ≈ ${factor}, quadratic ≈ ${factor ** 2}, ` +
    `bound ${linearBound(factor).toFixed(1)})`
  )
}

/**
 * Times the work at n and factor·n, and throws when it grows super-linearly: the ratio above
 * linearBound(factor). Returns the measurement.
 */
export function expectLinear(workload: Workload, options: GrowthOptions): Growth {
  const growth = measureGrowth(workload, options)
  // LINEARITY_LOG=1 prints every measurement, to choose sizes or to report ratios.
  if (process.env.LINEARITY_LOG) console.log(describeGrowth(growth))
  if (growth.ratio > linearBound(growth.factor)) {
    throw new Error(`super-linear growth: ${describeGrowth(growth)}`)
  }
  return growth
}
