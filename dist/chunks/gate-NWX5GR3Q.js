import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-PG7UHBDC.js";
import "./chunk-CNSHOXN7.js";
import "./chunk-BZPOHIHG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
