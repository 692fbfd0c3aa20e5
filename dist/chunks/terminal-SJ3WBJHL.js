import {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict
} from "./chunk-HORSKLZQ.js";
import "./chunk-XCBH6NLF.js";
export {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict
};
