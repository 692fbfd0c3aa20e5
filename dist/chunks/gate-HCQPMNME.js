import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-3WVLYIJF.js";
import "./chunk-E3FDQ5CP.js";
import "./chunk-UFC3JWZD.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-WDW4YPZF.js";
import "./chunk-EA4CV5QF.js";
import "./chunk-6TOMDWOH.js";
import "./chunk-YABQBQC5.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-SFKXXEX2.js";
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
//# sourceMappingURL=gate-HCQPMNME.js.map
