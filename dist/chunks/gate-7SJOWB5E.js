import {
  evaluateReadiness
} from "./chunk-QVYW6KJY.js";
import "./chunk-F6PYTA6C.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
