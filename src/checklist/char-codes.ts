/**
 * The character codes the checklist's Markdown scanners compare with charCodeAt (the hot paths
 * read codes, not one-character strings). One table, so every scanner means the same character.
 */

// Whitespace and line ends.
export const TAB = 0x09
export const NEWLINE = 0x0a
export const SPACE = 0x20

// List bullets, heading and setext underline markers.
export const HASH = 0x23
export const STAR = 0x2a
export const PLUS = 0x2b
export const DASH = 0x2d
export const EQUALS = 0x3d

// The task marker: `[ ]`, `[x]`, `[X]`.
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACKET = 0x5d
export const LOWER_X = 0x78
export const UPPER_X = 0x58
