import {
  writeReports
} from "./chunk-T4EZKXAH.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";
export {
  writeReports
};
//# sourceMappingURL=write-reports-PF3F744S.js.map
