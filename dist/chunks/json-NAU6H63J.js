import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
} from "./chunk-6I7Q3OKB.js";
import "./chunk-3S3NZEGV.js";
import "./chunk-WWZ3UE46.js";
import "./chunk-Z4SX2TLG.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
