import {
  TreeWatch,
  treeChangedResult,
  treeSummary
} from "./chunk-PFFYLHX5.js";
import "./chunk-QFQZKJEX.js";
export {
  TreeWatch,
  treeChangedResult,
  treeSummary
};
//# sourceMappingURL=tree-watch-HVMYMAEB.js.map
