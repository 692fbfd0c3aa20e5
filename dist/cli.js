#!/usr/bin/env node
import {
  runCli
} from "./chunks/chunk-AF6CPJD5.js";
import "./chunks/chunk-FTTLA6HF.js";
import "./chunks/chunk-6FTIEEHP.js";
import "./chunks/chunk-7WNGF72J.js";
import "./chunks/chunk-OYOTEIZX.js";
import "./chunks/chunk-ZNRIRWRF.js";
import "./chunks/chunk-44NVDPLG.js";
import "./chunks/chunk-UFC3JWZD.js";
import "./chunks/chunk-EOIRXPSJ.js";
import "./chunks/chunk-YABQBQC5.js";
import "./chunks/chunk-B7H2GIR6.js";
import "./chunks/chunk-SFKXXEX2.js";
import "./chunks/chunk-QYYA3PPL.js";
import "./chunks/chunk-7JUYCF5G.js";
import "./chunks/chunk-465ENI6P.js";
import "./chunks/chunk-QFQZKJEX.js";

// src/cli.ts
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
  workflowLog: process.env.GITHUB_ACTIONS === "true"
});
//# sourceMappingURL=cli.js.map
