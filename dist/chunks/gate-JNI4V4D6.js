import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-FYWLH7VL.js";
import "./chunk-ZQFPSHUS.js";
import "./chunk-ZTHS5YLG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-6KO2FIN5.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
