import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
} from "./chunk-JO7IBAF3.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-JB54IEQM.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
