import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-4B5EJ7TX.js";
import "./chunk-EKH3MAKY.js";
import "./chunk-WME7CM5E.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-NJBIGTHB.js";
import "./chunk-4BUXL3TZ.js";
import "./chunk-W6I7OSMC.js";
import "./chunk-VVPLV2LN.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-VALL6OQN.js";
import "./chunk-FQGMEYUQ.js";
import "./chunk-3XCZIKZF.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";
export {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
};
//# sourceMappingURL=gate-P4GHWM6T.js.map
