import {
  evaluateReadiness
} from "./chunk-P63DUOMD.js";
import "./chunk-V2RZQ36F.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
