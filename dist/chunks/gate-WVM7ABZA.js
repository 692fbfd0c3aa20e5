import {
  evaluateReadiness
} from "./chunk-KOGHDWV2.js";
import "./chunk-6FDQU3W3.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
