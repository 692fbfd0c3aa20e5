import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict
} from "./chunk-LS35SZ66.js";
import "./chunk-Z4SX2TLG.js";
export {
  formatDuration,
  formatFinished,
  formatPlan,
  formatStarted,
  formatVerdict
};
