import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  evaluateReadiness
} from "./chunk-42BLWCPP.js";
import "./chunk-E3HSQRP7.js";
import "./chunk-WWZ3UE46.js";
import "./chunk-Z4SX2TLG.js";
export {
  evaluateReadiness
};
