import {
  evaluateReadiness
} from "./chunk-RXJFBWLC.js";
import "./chunk-4HN4HKPX.js";
import "./chunk-WPNG4CE6.js";
import "./chunk-QEFFRMPE.js";
import "./chunk-TZ2RCCIC.js";
import "./chunk-XCBH6NLF.js";
export {
  evaluateReadiness
};
