import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
} from "./chunk-HGZEILXM.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-32NEBRKX.js";
import "./chunk-6KO2FIN5.js";
import "./chunk-Z4SX2TLG.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
