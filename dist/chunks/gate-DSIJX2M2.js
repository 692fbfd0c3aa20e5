import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-RGDQF644.js";
import "./chunk-GHCNMHNO.js";
import "./chunk-BZPOHIHG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
