import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-KJ5U6UVG.js";
import "./chunk-AN7M6FWV.js";
import "./chunk-BZPOHIHG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
