import {
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
} from "./chunk-5NFRVODJ.js";
import {
  EXIT_CODES
} from "./chunk-V3FOUYSF.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";
export {
  EXIT_CODES,
  conclusionOf,
  failedValidations,
  failureOutcome,
  verdictOutcome
};
//# sourceMappingURL=verdict-outputs-76EIK7NN.js.map
