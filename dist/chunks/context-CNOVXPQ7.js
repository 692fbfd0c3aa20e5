import {
  checklistLineUrl,
  fileLineUrl,
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination,
  renderContextFor
} from "./chunk-LFPFDL7P.js";
import "./chunk-QVUAMLGH.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  checklistLineUrl,
  fileLineUrl,
  lineNumberRef,
  lineRef,
  linesRef,
  linkDestination,
  renderContextFor
};
