import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
} from "./chunk-JB54IEQM.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
};
