import {
  evaluateReadiness
} from "./chunk-2ZEBTLKI.js";
import "./chunk-MHKS4IZH.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
