import {
  writeReports
} from "./chunk-PBLVEEFX.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";
export {
  writeReports
};
//# sourceMappingURL=write-reports-I35NMA7G.js.map
