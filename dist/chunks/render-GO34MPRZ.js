import {
  renderReport,
  statusDescription
} from "./chunk-EV6KXT3X.js";
import "./chunk-7KPXNC3M.js";
import {
  COMMENT_BUDGET
} from "./chunk-BWOAAN5N.js";
import "./chunk-LFPFDL7P.js";
import "./chunk-QVUAMLGH.js";
import {
  DEFAULT_MAX_ANNOTATIONS
} from "./chunk-26BFQPRZ.js";
import "./chunk-AD2LMMWH.js";
import "./chunk-CN36DVH4.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-WFXTJZ4K.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";
export {
  COMMENT_BUDGET,
  DEFAULT_MAX_ANNOTATIONS,
  renderReport,
  statusDescription
};
