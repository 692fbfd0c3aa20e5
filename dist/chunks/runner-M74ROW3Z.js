import {
  inheritableEnvironment
} from "./chunk-QBCSDAIM.js";
import {
  randomHex
} from "./chunk-OYOTEIZX.js";
import {
  stripAnsi
} from "./chunk-ZNRIRWRF.js";
import "./chunk-QFQZKJEX.js";

// src/run/runner.ts
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { StringDecoder } from "node:string_decoder";

// src/run/process-sweep.ts
import { readdirSync, readFileSync } from "node:fs";
var RUN_MARKER_NAME = "READINESS_GATE_RUN";
function readProcess(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const close = stat.lastIndexOf(")");
  const fields = stat.slice(close + 2).split(" ");
  return {
    pid,
    command: stat.slice(stat.indexOf("(") + 1, close),
    zombie: fields[0] === "Z" || fields[0] === "X",
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    session: Number(fields[3]),
    startTime: Number(fields[19])
  };
}
function listProcesses() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProcess(Number(name));
    if (info !== null) out.push(info);
  }
  return out;
}
function hasMarker(pid, marker) {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`);
    return environ.includes(`${RUN_MARKER_NAME}=${marker}\0`);
  } catch {
    return false;
  }
}
var ProcessJail = class {
  constructor(rootPid, marker, list = listProcesses) {
    this.rootPid = rootPid;
    this.marker = marker;
    this.list = list;
    const root = list === listProcesses ? readProcess(rootPid) : list().find((info) => info.pid === rootPid);
    this.rootStart = root?.startTime ?? 0;
  }
  /** pid → start time of every process seen belonging to the validation. */
  seen = /* @__PURE__ */ new Map();
  /** Only a process started after the root can carry its marker: older ones are not read. */
  rootStart;
  /** A cheap look (stat files only) that records the validation's current processes. */
  observe() {
    for (const info of this.members(false)) this.seen.set(info.pid, info.startTime);
  }
  /** The validation's live processes (zombies excluded), the runner's own never among them. */
  leftovers() {
    return this.members(true).filter((info) => !info.zombie);
  }
  members(readEnvironment) {
    const all = this.list().filter((info) => info.pid !== process.pid);
    const byPid = new Map(all.map((info) => [info.pid, info]));
    const memo = /* @__PURE__ */ new Map();
    const belongs = (info, depth) => {
      const known = memo.get(info.pid);
      if (known !== void 0) return known;
      let result = info.pid === this.rootPid || info.pgrp === this.rootPid || info.session === this.rootPid || this.seen.get(info.pid) === info.startTime;
      if (!result && info.ppid === this.rootPid) result = true;
      const parent = byPid.get(info.ppid);
      if (!result && parent !== void 0 && depth < 64) result = belongs(parent, depth + 1);
      if (!result && readEnvironment && info.startTime >= this.rootStart) {
        result = hasMarker(info.pid, this.marker);
      }
      memo.set(info.pid, result);
      return result;
    };
    return all.filter((info) => belongs(info, 0));
  }
};
function sendSignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
var delay = (ms) => new Promise((resolve) => {
  setTimeout(resolve, ms);
});
function stillRunning(info) {
  const now = readProcess(info.pid);
  return now !== null && !now.zombie && now.startTime === info.startTime;
}
async function sweep(jail, options) {
  const signal = options.signal ?? sendSignal;
  const pollMs = options.pollMs ?? 20;
  const killed = /* @__PURE__ */ new Map();
  let signalled = [];
  const round = (name) => {
    signalled = jail.leftovers();
    for (const info of signalled) {
      if (!killed.has(info.pid)) killed.set(info.pid, { pid: info.pid, command: info.command });
      signal(info.pid, name);
    }
    return signalled.length;
  };
  if (round("SIGTERM") === 0) return [];
  const graceEnd = Date.now() + options.graceMs;
  while (Date.now() < graceEnd) {
    await delay(Math.min(pollMs, Math.max(0, graceEnd - Date.now())));
    if (signalled.some(stillRunning)) continue;
    if (round("SIGTERM") === 0) return [...killed.values()];
  }
  const killEnd = Date.now() + 2e3;
  while (round("SIGKILL") > 0 && Date.now() < killEnd) {
    await delay(pollMs);
  }
  return [...killed.values()];
}

// src/run/runner.ts
var DEFAULT_HEAD_BYTES = 64 * 1024;
var DEFAULT_TAIL_BYTES = 64 * 1024;
var DEFAULT_MAX_LINE_LENGTH = 16 * 1024;
var PLAIN_OUTPUT_ENV = {
  CARGO_TERM_COLOR: "never",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
  TERM: "dumb"
};
function isContinuationByte(byte) {
  return byte !== void 0 && (byte & 192) === 128;
}
var OutputCapture = class {
  head;
  headLength = 0;
  /** Head is closed once a byte has gone past it, even if it was cut short at a character boundary. */
  headClosed = false;
  ring;
  /** Bytes written to the ring so far (the ring keeps the last ring.length of them). */
  ringWritten = 0;
  total = 0;
  constructor(headBytes, tailBytes) {
    this.head = Buffer.alloc(Math.max(0, headBytes));
    this.ring = Buffer.alloc(Math.max(0, tailBytes));
  }
  push(chunk) {
    this.total += chunk.length;
    if (this.headClosed) {
      this.writeRing(chunk);
      return;
    }
    const room = this.head.length - this.headLength;
    if (chunk.length <= room) {
      this.head.set(chunk, this.headLength);
      this.headLength += chunk.length;
      return;
    }
    this.closeHead(chunk);
  }
  /**
   * Fills the head and sends the rest to the ring, cutting before a character that would not
   * fit whole (it may have begun in an earlier chunk), so the head decodes cleanly and the tail,
   * when nothing is dropped between them, starts on a character.
   */
  closeHead(chunk) {
    const byteAt = (position) => position < this.headLength ? this.head[position] : chunk[position - this.headLength];
    let cut = this.head.length;
    for (let step = 0; step < 3 && cut > 0 && isContinuationByte(byteAt(cut)); step++) cut--;
    if (isContinuationByte(byteAt(cut))) cut = this.head.length;
    const fromChunk = Math.max(0, cut - this.headLength);
    this.head.set(chunk.subarray(0, fromChunk), this.headLength);
    const carried = this.head.subarray(cut, this.headLength);
    this.headLength = cut;
    this.headClosed = true;
    this.writeRing(carried);
    this.writeRing(chunk.subarray(fromChunk));
  }
  writeRing(bytes) {
    const size = this.ring.length;
    if (size === 0) {
      this.ringWritten += bytes.length;
      return;
    }
    const kept = bytes.length > size ? bytes.subarray(bytes.length - size) : bytes;
    let position = (this.ringWritten + (bytes.length - kept.length)) % size;
    let offset = 0;
    while (offset < kept.length) {
      const count = Math.min(size - position, kept.length - offset);
      this.ring.set(kept.subarray(offset, offset + count), position);
      offset += count;
      position = (position + count) % size;
    }
    this.ringWritten += bytes.length;
  }
  tailBytes() {
    const size = this.ring.length;
    if (this.ringWritten <= size) return this.ring.subarray(0, this.ringWritten);
    const start = this.ringWritten % size;
    return Buffer.concat([this.ring.subarray(start), this.ring.subarray(0, start)]);
  }
  /** The kept output, decoded and with terminal escape codes removed. */
  result() {
    const truncated = this.ringWritten > this.ring.length;
    let tail = this.tailBytes();
    if (truncated) {
      let skip = 0;
      while (skip < 3 && isContinuationByte(tail[skip])) skip++;
      tail = tail.subarray(skip);
    }
    return {
      head: stripAnsi(this.head.subarray(0, this.headLength).toString("utf8")),
      tail: stripAnsi(tail.toString("utf8")),
      totalBytes: this.total,
      truncated
    };
  }
};
var LineSplitter = class {
  constructor(emit, maxLength = DEFAULT_MAX_LINE_LENGTH) {
    this.emit = emit;
    this.maxLength = maxLength;
  }
  decoder = new StringDecoder("utf8");
  pending = "";
  overflowed = false;
  push(chunk) {
    this.pushText(this.decoder.write(chunk));
  }
  /** Flushes a last line that has no terminator. */
  end() {
    this.pushText(this.decoder.end());
    if (this.pending !== "" || this.overflowed) this.flushLine();
  }
  pushText(text) {
    let start = 0;
    for (; ; ) {
      const newline = text.indexOf("\n", start);
      if (newline === -1) {
        this.append(text, start, text.length);
        return;
      }
      this.append(text, start, newline);
      this.flushLine();
      start = newline + 1;
    }
  }
  append(text, start, end) {
    const room = this.maxLength - this.pending.length;
    if (end - start > room) {
      this.overflowed = true;
      end = start + room;
    }
    if (end > start) this.pending += text.slice(start, end);
  }
  flushLine() {
    let line = this.pending;
    if (!this.overflowed && line.endsWith("\r")) line = line.slice(0, -1);
    this.pending = "";
    this.overflowed = false;
    this.emit(stripAnsi(line));
  }
};
var ProcessRunner = class {
  timing;
  constructor(options = {}) {
    this.timing = {
      killGraceMs: options.killGraceMs ?? 2e3,
      pipeDrainMs: options.pipeDrainMs ?? 250,
      scanIntervalMs: options.scanIntervalMs ?? 1e3
    };
  }
  run(request) {
    const capture = new OutputCapture(
      request.headBytes ?? DEFAULT_HEAD_BYTES,
      request.tailBytes ?? DEFAULT_TAIL_BYTES
    );
    const directoryProblem = checkWorkingDirectory(request.cwd);
    if (directoryProblem !== null) {
      return Promise.resolve(notStarted(directoryProblem, capture));
    }
    return new CommandExecution(request, capture, this.timing).finished;
  }
};
function checkWorkingDirectory(cwd) {
  const kind = "working-directory";
  try {
    if (!statSync(cwd).isDirectory()) {
      return { kind, message: `working directory '${cwd}' is not a directory` };
    }
    return null;
  } catch {
    return { kind, message: `working directory '${cwd}' does not exist` };
  }
}
function notStarted(spawnError, capture) {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    spawnError,
    durationMs: 0,
    output: capture.result()
  };
}
function commandEnvironment(extra, marker) {
  const inherited = inheritableEnvironment(process.env);
  return { ...inherited, ...PLAIN_OUTPUT_ENV, ...extra, [RUN_MARKER_NAME]: marker };
}
function timerDelay(ms) {
  const longest = 2 ** 31 - 1;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), longest) : longest;
}
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
var CommandExecution = class {
  constructor(request, capture, timing) {
    this.request = request;
    this.capture = capture;
    this.timing = timing;
    this.finished = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    const marker = randomHex(16);
    this.child = spawn("bash", ["-e", "-c", request.command], {
      cwd: request.cwd,
      env: commandEnvironment(request.env, marker),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    this.child.on("error", (error) => {
      this.onSpawnError(error);
    });
    this.child.on("exit", (code, signal) => {
      this.onMainExit(code, signal);
    });
    if (this.child.pid === void 0) return;
    this.jail = new ProcessJail(this.child.pid, marker);
    const jail = this.jail;
    this.timers.push(
      setInterval(() => {
        jail.observe();
      }, this.timing.scanIntervalMs)
    );
    this.watch(this.child.stdout);
    this.watch(this.child.stderr);
    this.timers.push(
      setTimeout(() => {
        this.onTimeout();
      }, timerDelay(request.timeoutMs))
    );
  }
  finished;
  resolve;
  reject;
  child;
  startedAt = performance.now();
  timers = [];
  jail = null;
  /** Processes outside the process group that were signalled at a timeout. */
  escapedAtTimeout = /* @__PURE__ */ new Map();
  splitters = [];
  openPipes = 2;
  exit = null;
  timedOut = false;
  done = false;
  /** A line callback that threw (a parser bug): reported once the process is cleaned up. */
  callbackError = null;
  watch(stream) {
    if (stream === null) return;
    const splitter = new LineSplitter((line) => {
      this.deliverLine(line);
    }, this.request.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
    this.splitters.push(splitter);
    stream.on("data", (chunk) => {
      this.capture.push(chunk);
      splitter.push(chunk);
    });
    stream.on("error", () => {
    });
    stream.once("close", () => {
      this.openPipes--;
      if (this.openPipes === 0 && this.exit !== null) this.finish();
    });
  }
  deliverLine(line) {
    if (this.callbackError !== null || this.request.onLine === void 0) return;
    try {
      this.request.onLine(line);
    } catch (error) {
      this.callbackError = { error };
    }
  }
  onSpawnError(error) {
    if (this.child.pid !== void 0 || this.done) return;
    this.done = true;
    this.clearTimers();
    this.resolve(
      notStarted(
        { kind: "spawn-failed", message: `could not start bash: ${error.message}` },
        this.capture
      )
    );
  }
  onMainExit(code, signal) {
    this.exit = { code, signal };
    if (this.openPipes === 0) {
      this.finish();
      return;
    }
    this.timers.push(
      setTimeout(() => {
        this.stopReading();
      }, this.timing.pipeDrainMs)
    );
  }
  onTimeout() {
    if (this.exit !== null || this.done) return;
    this.timedOut = true;
    const pid = this.child.pid;
    signalGroup(pid, "SIGTERM");
    this.signalEscaped("SIGTERM");
    this.timers.push(
      setTimeout(() => {
        signalGroup(pid, "SIGKILL");
        this.signalEscaped("SIGKILL");
      }, this.timing.killGraceMs)
    );
  }
  /** Signals the command's processes that left its process group (`setsid`), and records them. */
  signalEscaped(signal) {
    const escaped = (this.jail?.leftovers() ?? []).filter(
      (info) => info.pgrp !== this.child.pid
    );
    for (const info of escaped) {
      this.escapedAtTimeout.set(info.pid, { pid: info.pid, command: info.command });
      try {
        process.kill(info.pid, signal);
      } catch {
      }
    }
  }
  stopReading() {
    if (this.done) return;
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.finish();
  }
  finish() {
    if (this.done) return;
    this.done = true;
    this.clearTimers();
    for (const splitter of this.splitters) splitter.end();
    const leftovers = this.jail === null ? Promise.resolve([]) : sweep(this.jail, { graceMs: this.timing.killGraceMs });
    void leftovers.then(
      (killed) => {
        this.settle(killed);
      },
      () => {
        this.settle([]);
      }
    );
  }
  settle(swept) {
    if (this.callbackError !== null) {
      this.reject(this.callbackError.error);
      return;
    }
    const killed = new Map(this.escapedAtTimeout);
    for (const info of swept) killed.set(info.pid, info);
    this.resolve({
      exitCode: this.exit?.code ?? null,
      signal: this.exit?.signal ?? null,
      timedOut: this.timedOut,
      spawnError: null,
      durationMs: Math.round(performance.now() - this.startedAt),
      output: this.capture.result(),
      ...killed.size > 0 ? { killed: [...killed.values()] } : {}
    });
  }
  clearTimers() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
  }
};
export {
  DEFAULT_HEAD_BYTES,
  DEFAULT_MAX_LINE_LENGTH,
  DEFAULT_TAIL_BYTES,
  LineSplitter,
  OutputCapture,
  ProcessRunner
};
//# sourceMappingURL=runner-M74ROW3Z.js.map
