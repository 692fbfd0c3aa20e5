import {
  TreeWatch,
  treeChangedResult,
  treeSummary
} from "./chunk-Q5JZVZVE.js";
import "./chunk-XCBH6NLF.js";
export {
  TreeWatch,
  treeChangedResult,
  treeSummary
};
