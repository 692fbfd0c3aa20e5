import {
  checklistLineUrl,
  fileLineUrl,
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination,
  renderContextFor
} from "./chunk-VV5FSKVF.js";
import "./chunk-4N5CHATA.js";
import "./chunk-IW7HABXN.js";
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
//# sourceMappingURL=render-context-56RZWZKC.js.map
