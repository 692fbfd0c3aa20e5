import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
} from "./chunk-GUMHDGJW.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-7WZ7EZPX.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
