import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-2A3XJORX.js";
import "./chunk-CEPZM24J.js";
import "./chunk-ZTHS5YLG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
