import {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict,
  runLog
} from "./chunk-RWN7KHU6.js";
import "./chunk-XCBH6NLF.js";
export {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict,
  runLog
};
