import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-4HK6UYJ2.js";
import "./chunk-E3FDQ5CP.js";
import "./chunk-I3FTS2A3.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-DDYR6YGF.js";
import "./chunk-EA4CV5QF.js";
import "./chunk-CMUN2HEK.js";
import "./chunk-VFZQO36I.js";
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
//# sourceMappingURL=gate-JND2KI2B.js.map
