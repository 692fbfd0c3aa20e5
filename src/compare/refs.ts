/** A ref or SHA that is safe to hand to git as one argument: no option, no revision range. */
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@^~+-]{1,255}$/

/** Whether `ref` can name the base: a tag, branch or SHA, never an option or a range. */
export function isSafeRef(ref: string): boolean {
  return SAFE_REF.test(ref)
}
