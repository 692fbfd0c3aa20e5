import {
  cliGateOptions,
  cliPlanOptions
} from "./chunk-B76WFPHD.js";
import "./chunk-KR2T2CTS.js";
import "./chunk-NLOXILUB.js";
import "./chunk-SWNQML2K.js";
import "./chunk-VDW5VTIU.js";
import "./chunk-V3FOUYSF.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import "./chunk-OGWG6MRT.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-3HX5D623.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-SFKXXEX2.js";
import "./chunk-3XCZIKZF.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";
export {
  cliGateOptions,
  cliPlanOptions
};
//# sourceMappingURL=cli-gate-options-N2YA6T5P.js.map
