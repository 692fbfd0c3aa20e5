import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  fromMessage,
  parseChecklistInParallel,
  partStarts,
  toMessage,
  walkPart,
  workerRunner
} from "./chunk-7UIKCSWO.js";
import "./chunk-ALPEWMDN.js";
import "./chunk-Z4SX2TLG.js";
export {
  fromMessage,
  parseChecklistInParallel,
  partStarts,
  toMessage,
  walkPart,
  workerRunner
};
