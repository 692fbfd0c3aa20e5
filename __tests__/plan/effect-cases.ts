// What the effect-rule tables share: a command's refusal in a project without package.json, and
// the two expectations they make of it. The command is kept in the compared value so that a
// failing row of a test.each table names itself.
import { expect } from '@jest/globals'
import { refusalOf } from '../../src/plan/effects.js'

export const refusal = (command: string): { effect: string; reason: string } | null =>
  refusalOf(command, { cwd: '.' })

export type Row = readonly [command: string, effect: string, reason: string]

export function expectRefused([command, effect, reason]: Row): void {
  expect([command, refusal(command)]).toEqual([command, { effect, reason }])
}

export function expectRuns(command: string): void {
  expect([command, refusal(command)]).toEqual([command, null])
}
