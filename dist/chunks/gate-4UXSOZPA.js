import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-F3EFISGG.js";
import "./chunk-7IYQHDR5.js";
import "./chunk-WWZ3UE46.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
