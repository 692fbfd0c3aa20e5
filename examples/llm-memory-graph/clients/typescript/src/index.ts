export { MemoryGraphClient } from './client.ts'
export {
  addCommand,
  isNodeKind,
  linkCommand,
  parseNodeIds,
  parseReply,
  parseStats,
  pathCommand,
  type GraphStats,
  type NodeKind,
  type Reply
} from './protocol.ts'
