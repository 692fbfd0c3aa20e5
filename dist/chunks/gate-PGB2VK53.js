import {
  evaluateReadiness,
  packageScriptsReader,
  treeProofNotes
} from "./chunk-PIAGZSSH.js";
import "./chunk-CN36DVH4.js";
import "./chunk-ZZWN6YCS.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-WFXTJZ4K.js";
import "./chunk-BWTLNH43.js";
import "./chunk-POCXICQ4.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness,
  packageScriptsReader,
  treeProofNotes
};
