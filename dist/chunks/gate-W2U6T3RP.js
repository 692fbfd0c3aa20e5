import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-LEMUCFF7.js";
import "./chunk-V5VXRUWM.js";
import "./chunk-ALPEWMDN.js";
import "./chunk-BZPOHIHG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
