import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  addCommand,
  isNodeKind,
  linkCommand,
  parseNodeIds,
  parseReply,
  parseStats
} from '../src/protocol.ts'

test('commands are single lines', () => {
  assert.equal(addCommand('prompt', '  what is a graph?  '), 'ADD prompt what is a graph?')
  assert.equal(linkCommand(1, 2, 'mentions'), 'LINK 1 2 mentions')
  assert.throws(() => addCommand('concept', 'two\nlines'), /one non-empty line/)
  assert.throws(() => linkCommand(1, 2, 'two words'), /one word/)
})

test('replies are OK or ERR', () => {
  assert.deepEqual(parseReply('OK #3'), { ok: true, text: '#3' })
  assert.deepEqual(parseReply('OK\r\n'), { ok: true, text: '' })
  assert.deepEqual(parseReply('ERR unknown node #9'), { ok: false, error: 'unknown node #9' })
  assert.deepEqual(parseReply('HELLO'), { ok: false, error: 'unexpected reply: HELLO' })
})

test('node ids and stats are parsed strictly', () => {
  assert.deepEqual(parseNodeIds('#1 #2 #3'), [1, 2, 3])
  assert.throws(() => parseNodeIds('#0'), /not a node id/)
  assert.deepEqual(parseStats('nodes=2 edges=1'), { nodes: 2, edges: 1 })
  assert.throws(() => parseStats('nodes=2'), /not a stats reply/)
})

test('node kinds', () => {
  assert.equal(isNodeKind('concept'), true)
  assert.equal(isNodeKind('edge'), false)
})
