import {
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict,
  runLog
} from "./chunk-VDW5VTIU.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-QFQZKJEX.js";
export {
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict,
  runLog
};
//# sourceMappingURL=run-log-OXGJOAVB.js.map
