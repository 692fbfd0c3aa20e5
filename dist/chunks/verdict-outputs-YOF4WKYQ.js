import {
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
} from "./chunk-MNGOWXK2.js";
import {
  EXIT_CODES
} from "./chunk-7WNGF72J.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-465ENI6P.js";
import "./chunk-QFQZKJEX.js";
export {
  EXIT_CODES,
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
};
//# sourceMappingURL=verdict-outputs-YOF4WKYQ.js.map
