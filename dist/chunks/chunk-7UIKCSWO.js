import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  assembleChecklist,
  bodyFilter,
  checklistWalk,
  countNewlines,
  joinParts,
  outlinePart,
  parseChecklist,
  prepareSource,
  sourceLineReader
} from "./chunk-ALPEWMDN.js";

// src/checklist/parallel.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_PART_CHARS = 512 * 1024;
var MAX_PARTS = 4;
function walkPart(request) {
  const walk = checklistWalk({ chunkChars: request.chunkChars });
  const part = outlinePart(request.text, request.lineOffset, walk.options);
  return { part, fallbackStatus: walk.fallbackStatus() };
}
var ROLES = ["verify", "fix", "mention"];
function toMessage(result) {
  const { rootTasks, ...part } = result.part;
  return { part, tasks: encodeTasks(rootTasks), fallbackStatus: result.fallbackStatus };
}
function fromMessage(message) {
  return {
    part: { ...message.part, rootTasks: decodeTasks(message.tasks) },
    fallbackStatus: message.fallbackStatus
  };
}
function encodeTasks(roots) {
  const numbers = [];
  const texts = [];
  const encode = (item) => {
    numbers.push(item.line, item.depth, item.checked ? 1 : 0, item.text.length);
    numbers.push(item.commands.length, item.children.length);
    texts.push(item.text);
    for (const command of item.commands) {
      numbers.push(ROLES.indexOf(command.role), command.line, command.text.length);
      texts.push(command.text);
    }
    for (const child of item.children) encode(child);
  };
  for (const root of roots) {
    numbers.push(root.headingIndex);
    encode(root.item);
  }
  return { text: texts.join(""), numbers: Int32Array.from(numbers) };
}
function decodeTasks({ text, numbers }) {
  let at = 0;
  let offset = 0;
  const take = (length) => text.slice(offset, offset += length);
  const decode = () => {
    const line = numbers[at++];
    const depth = numbers[at++];
    const checked = numbers[at++] === 1;
    const itemText = take(numbers[at++]);
    const commands = new Array(numbers[at++]);
    const children = new Array(numbers[at++]);
    for (let index = 0; index < commands.length; index++) {
      const role = ROLES[numbers[at++]] ?? "mention";
      const commandLine = numbers[at++];
      commands[index] = { text: take(numbers[at++]), role, line: commandLine };
    }
    for (let index = 0; index < children.length; index++) children[index] = decode();
    return { text: itemText, checked, line, depth, commands, children };
  };
  const roots = [];
  while (at < numbers.length) {
    const headingIndex = numbers[at++];
    roots.push({ item: decode(), headingIndex });
  }
  return roots;
}
async function parseChecklistInParallel(text, file, options) {
  const source = prepareSource(text);
  const starts = partStarts(
    source,
    options.parts ?? Math.min(availableParallelism(), MAX_PARTS),
    options.minPartChars ?? MIN_PART_CHARS
  );
  const chunkChars = options.chunkChars;
  if (starts.length < 2) return parseChecklist(source, file, { chunkChars });
  const requests = [];
  let lineOffset = countNewlines(source, 0, starts[1]);
  for (let index = 1; index < starts.length; index++) {
    const end = starts[index + 1] ?? source.length;
    requests.push({ text: source.slice(starts[index], end), lineOffset, chunkChars });
    lineOffset += countNewlines(source, starts[index], end);
  }
  const running = requests.map((request) => options.runPart(request));
  const sourceLine = sourceLineReader(source);
  const walk = checklistWalk({ chunkChars });
  const first = outlinePart(source.slice(0, starts[1]), 0, walk.options, sourceLine);
  const onePass = (reason) => {
    options.onFallback?.(reason);
    return parseChecklist(source, file, { chunkChars });
  };
  if (first.endsOpen) {
    for (const run of running) run.cancel();
    return onePass(ENDS_OPEN);
  }
  const results = [];
  for (const [index, run] of running.entries()) {
    results.push(await run.result ?? walkPart(requests[index]));
  }
  const parts = [first, ...results.map((result) => result.part)];
  const problem = joinProblem(parts, requests);
  if (problem !== null) return onePass(problem);
  const outline = joinParts(parts, sourceLine);
  const fallbackStatus = walk.fallbackStatus() ?? results.find((result) => result.fallbackStatus !== null)?.fallbackStatus ?? null;
  return assembleChecklist(source, file, outline, fallbackStatus);
}
var ENDS_OPEN = "a part ends inside a fence or HTML block";
function joinProblem(parts, requests) {
  if (parts.slice(0, -1).some((part) => part.endsOpen)) return ENDS_OPEN;
  const keepBody = bodyFilter();
  for (const [index, part] of parts.entries()) {
    const request = requests[index - 1];
    if (request !== void 0 && part.headings[0]?.line !== request.lineOffset + 1)
      return "a part does not start with a heading";
    const kept = new Map(part.bodies);
    const keep = part.headings.map((heading) => keepBody(heading));
    if (keep.some((needed, heading) => needed && !kept.has(heading)))
      return "a status section spans parts";
    part.bodies = part.bodies.filter(([heading]) => keep[heading] === true);
  }
  return null;
}
function partStarts(text, count, minPartChars) {
  const parts = Math.min(count, Math.floor(text.length / minPartChars));
  if (parts < 2) return [0];
  const starts = [0];
  let target = text.length / parts;
  let fence = null;
  const lines = /^(?: {0,3}(`{3,}|~{3,})([^\n]*)|#{1,6}(?=[ \t\n]|$))/gm;
  for (const match of text.matchAll(lines)) {
    const [, marker, rest = ""] = match;
    if (marker !== void 0) {
      if (fence === null) {
        if (marker[0] === "~" || !rest.includes("`"))
          fence = { marker: marker[0], length: marker.length };
      } else if (marker[0] === fence.marker && marker.length >= fence.length && rest.trim() === "") {
        fence = null;
      }
      continue;
    }
    if (fence !== null || match.index < target) continue;
    starts.push(match.index);
    if (starts.length === parts) break;
    target = match.index + (text.length - match.index) / (parts - starts.length + 1);
  }
  return starts;
}
function workerRunner(workerUrl) {
  return (request) => {
    let worker;
    try {
      worker = new Worker(workerUrl, { workerData: request });
    } catch {
      return { result: Promise.resolve(null), cancel: () => void 0 };
    }
    const result = new Promise((resolve) => {
      worker.once("message", (message) => {
        resolve(fromMessage(message));
        void worker.terminate();
      });
      worker.once("error", () => {
        resolve(null);
      });
      worker.once("exit", () => {
        resolve(null);
      });
    });
    return {
      result,
      cancel: () => {
        void worker.terminate();
      }
    };
  };
}

export {
  walkPart,
  toMessage,
  fromMessage,
  parseChecklistInParallel,
  partStarts,
  workerRunner
};
