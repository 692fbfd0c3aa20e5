import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-3PBBIZRD.js";
import "./chunk-EI4M6AKV.js";
import "./chunk-ZTHS5YLG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-6KO2FIN5.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
