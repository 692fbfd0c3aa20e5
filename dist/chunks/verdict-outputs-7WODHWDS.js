import {
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
} from "./chunk-7SA2C43X.js";
import {
  EXIT_CODES
} from "./chunk-SJXTCGOJ.js";
import "./chunk-XSFNX6RU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-ORXC7P2J.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-465ENI6P.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";
export {
  EXIT_CODES,
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
};
//# sourceMappingURL=verdict-outputs-7WODHWDS.js.map
