import {
  assessReadiness,
  evaluateReadiness,
  packageScriptsReader,
  planReadiness,
  startEvidence,
  treeProofNotes
} from "./chunk-IAFODWWV.js";
import "./chunk-EKH3MAKY.js";
import "./chunk-OGWG6MRT.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-WDW4YPZF.js";
import "./chunk-4BUXL3TZ.js";
import "./chunk-AROPAADR.js";
import "./chunk-3HX5D623.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-SFKXXEX2.js";
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
//# sourceMappingURL=gate-NISVCAX4.js.map
