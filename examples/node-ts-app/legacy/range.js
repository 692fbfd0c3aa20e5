/** Whole numbers from `start` up to but not including `end`, `step` apart. */
export function range(start, end, step = 1) {
  if (step <= 0) throw new RangeError('step must be positive')
  const values = []
  for (let value = start; value < end; value += step) values.push(value)
  return values
}
