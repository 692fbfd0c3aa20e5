import {
  cliGateOptions,
  cliPlanOptions
} from "./chunk-TAHAGLO5.js";
import "./chunk-VDW5VTIU.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-QFQZKJEX.js";
export {
  cliGateOptions,
  cliPlanOptions
};
//# sourceMappingURL=cli-gate-options-IYPMKZEO.js.map
