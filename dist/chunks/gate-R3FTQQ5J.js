import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-FNJLAGF6.js";
import "./chunk-CCONNJHW.js";
import "./chunk-ZTHS5YLG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-BETN5W2Y.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
