import {
  cliGateOptions,
  cliPlanOptions
} from "./chunk-B76WFPHD.js";
import "./chunk-AF6CPJD5.js";
import "./chunk-FTTLA6HF.js";
import "./chunk-6FTIEEHP.js";
import "./chunk-VDW5VTIU.js";
import "./chunk-7WNGF72J.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import "./chunk-UFC3JWZD.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-YABQBQC5.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-SFKXXEX2.js";
import "./chunk-QYYA3PPL.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-465ENI6P.js";
import "./chunk-QFQZKJEX.js";
export {
  cliGateOptions,
  cliPlanOptions
};
//# sourceMappingURL=cli-gate-options-FL6V6CZN.js.map
