import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-QIFSCTTJ.js";
import "./chunk-E3FDQ5CP.js";
import "./chunk-T2Z3QG3H.js";
import "./chunk-BAZBYVS3.js";
import "./chunk-IRPYKF4X.js";
import "./chunk-EA4CV5QF.js";
import "./chunk-DJHR2GA2.js";
import "./chunk-D6SBL77U.js";
import "./chunk-WPW7AK4G.js";
import "./chunk-QYYA3PPL.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-5JLTVHF5.js";
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
//# sourceMappingURL=gate-A6CVJM32.js.map
