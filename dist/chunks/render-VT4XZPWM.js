import {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
} from "./chunk-7WZ7EZPX.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  COMMENT_BUDGET,
  conclusionOf,
  renderReport,
  statusDescription
};
