import {
  writeReports
} from "./chunk-FZNJIFCS.js";
import "./chunk-6XOIE3PW.js";
import "./chunk-T6WIYKCT.js";
import "./chunk-6FTIEEHP.js";
import "./chunk-7WNGF72J.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-ZNRIRWRF.js";
import "./chunk-44NVDPLG.js";
import "./chunk-IPHRKV4K.js";
import "./chunk-EOIRXPSJ.js";
import "./chunk-F4SQE2NR.js";
import "./chunk-B7H2GIR6.js";
import "./chunk-BN6JDN4H.js";
import "./chunk-QYYA3PPL.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-465ENI6P.js";
import "./chunk-QFQZKJEX.js";
export {
  writeReports
};
//# sourceMappingURL=write-reports-3N2H2X6C.js.map
