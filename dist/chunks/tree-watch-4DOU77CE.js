import {
  TreeWatch,
  treeChangedResult,
  treeSummary
} from "./chunk-ZAWHK7GN.js";
import "./chunk-QFQZKJEX.js";
export {
  TreeWatch,
  treeChangedResult,
  treeSummary
};
//# sourceMappingURL=tree-watch-4DOU77CE.js.map
