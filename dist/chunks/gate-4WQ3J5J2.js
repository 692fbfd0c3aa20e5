import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-QW3KX7KK.js";
import "./chunk-E3FDQ5CP.js";
import "./chunk-IPHRKV4K.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-DDYR6YGF.js";
import "./chunk-EA4CV5QF.js";
import "./chunk-OIA2GWHR.js";
import "./chunk-F4SQE2NR.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-BN6JDN4H.js";
import "./chunk-D6SBL77U.js";
import "./chunk-QYYA3PPL.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-465ENI6P.js";
import "./chunk-QFQZKJEX.js";
export {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
};
//# sourceMappingURL=gate-4WQ3J5J2.js.map
