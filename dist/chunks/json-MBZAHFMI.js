import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport,
  writeJsonReportInside
} from "./chunk-NEMTZQVF.js";
import "./chunk-7KPXNC3M.js";
import "./chunk-BWOAAN5N.js";
import "./chunk-LFPFDL7P.js";
import "./chunk-QVUAMLGH.js";
import "./chunk-WKX34K4D.js";
import "./chunk-AD2LMMWH.js";
import "./chunk-4JK2LAZB.js";
import "./chunk-CN36DVH4.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-WFXTJZ4K.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";
export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport,
  writeJsonReportInside
};
