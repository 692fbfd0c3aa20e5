import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-CURZWJIE.js";
import "./chunk-VNDQQRJZ.js";
import "./chunk-ZTHS5YLG.js";
import "./chunk-FVAEL4VI.js";
import "./chunk-QHBG2Z6D.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
