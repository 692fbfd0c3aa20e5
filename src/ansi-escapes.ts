/**
 * The one ANSI (ECMA-48) escape stripper: the runner cleans each captured line with it, the tool
 * parsers clean raw output they are handed, and the renderers clean every untrusted string.
 */

/*
 * ESC followed by:
 *   [ params intermediates final           CSI: colours, cursor moves, erase (ESC [ 1 ; 32 m)
 *   ] P X ^ _ body (BEL | ESC \)           OSC, DCS, SOS, PM, APC strings: titles, hyperlinks.
 *                                          An unterminated one ends at the line break.
 *   intermediates final                    every other escape: charset designations that
 *                                          `tput sgr0` prints (ESC ( B, ESC ) 0), keypad modes
 *                                          (ESC =), resets (ESC c), single shifts (ESC N)
 */
/* eslint-disable no-control-regex -- escape sequences are exactly what this removes */
const ANSI_ESCAPE =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[ -/]*[0-~])/g
/* eslint-enable no-control-regex */

/** `text` without terminal escape sequences: the text a person reads in the terminal. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI_ESCAPE, '') : text
}
