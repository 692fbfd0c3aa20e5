import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-6OEVE2SN.js";
import "./chunk-BP3ZLTWE.js";
import "./chunk-BZPOHIHG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
