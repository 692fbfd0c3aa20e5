// A worker thread's entry point (bundled as dist/parse-worker.js): walks one part of a large
// checklist and posts its outline back (see checklist/parallel.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { toMessage, walkPart, type PartRequest } from './checklist/parallel.js'

const message = toMessage(walkPart(workerData as PartRequest))
parentPort?.postMessage(message, [message.tasks.numbers.buffer as ArrayBuffer])
