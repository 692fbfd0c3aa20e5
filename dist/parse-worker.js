import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  toMessage,
  walkPart
} from "./chunks/chunk-7UIKCSWO.js";
import "./chunks/chunk-ALPEWMDN.js";
import "./chunks/chunk-Z4SX2TLG.js";

// src/parse-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var message = toMessage(walkPart(workerData));
parentPort?.postMessage(message, [message.tasks.numbers.buffer]);
