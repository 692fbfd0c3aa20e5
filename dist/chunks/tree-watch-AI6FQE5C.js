import {
  TreeWatch,
  treeChangedResult,
  treeSummary
} from "./chunk-43AY2BSJ.js";
import "./chunk-XCBH6NLF.js";
export {
  TreeWatch,
  treeChangedResult,
  treeSummary
};
