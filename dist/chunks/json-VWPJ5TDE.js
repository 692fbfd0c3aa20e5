import {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport,
  writeJsonReportInside
} from "./chunk-JJGWBSRL.js";
import "./chunk-7KPXNC3M.js";
import "./chunk-LFPFDL7P.js";
import "./chunk-BWOAAN5N.js";
import "./chunk-QVUAMLGH.js";
import "./chunk-ZS4OGYU6.js";
import "./chunk-AD2LMMWH.js";
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
