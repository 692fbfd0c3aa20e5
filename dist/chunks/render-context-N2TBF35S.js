import {
  checklistLineUrl,
  fileLineUrl,
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination,
  renderContextFor
} from "./chunk-N3ISM7ZM.js";
import "./chunk-4N5CHATA.js";
import "./chunk-465ENI6P.js";
import "./chunk-QFQZKJEX.js";
export {
  checklistLineUrl,
  fileLineUrl,
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination,
  renderContextFor
};
//# sourceMappingURL=render-context-N2TBF35S.js.map
