import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
} from "./chunk-32NEBRKX.js";
import "./chunk-6KO2FIN5.js";
import "./chunk-Z4SX2TLG.js";
export {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
};
