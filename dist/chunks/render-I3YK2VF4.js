import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
} from "./chunk-EHLWZKIJ.js";
import "./chunk-QHBG2Z6D.js";
import "./chunk-Z4SX2TLG.js";
export {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
};
