import {
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
} from "./chunk-BWOAAN5N.js";
import {
  EXIT_CODES
} from "./chunk-AD2LMMWH.js";
import "./chunk-CN36DVH4.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-WFXTJZ4K.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";
export {
  EXIT_CODES,
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
};
