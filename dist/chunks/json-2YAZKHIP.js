import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
} from "./chunk-HNXP7HZY.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-EHLWZKIJ.js";
import "./chunk-QHBG2Z6D.js";
import "./chunk-Z4SX2TLG.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
