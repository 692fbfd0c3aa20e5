import {
  cliGateOptions,
  cliPlanOptions
} from "./chunk-B76WFPHD.js";
import "./chunk-62XKVIBY.js";
import "./chunk-NLOXILUB.js";
import "./chunk-SWNQML2K.js";
import "./chunk-VDW5VTIU.js";
import "./chunk-V3FOUYSF.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import "./chunk-WME7CM5E.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-VVPLV2LN.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-VALL6OQN.js";
import "./chunk-3XCZIKZF.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";
export {
  cliGateOptions,
  cliPlanOptions
};
//# sourceMappingURL=cli-gate-options-IS75RGQN.js.map
