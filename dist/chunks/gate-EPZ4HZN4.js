import {
  evaluateReadiness
} from "./chunk-WQKAXJJM.js";
import "./chunk-EPTALBET.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
