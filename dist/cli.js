#!/usr/bin/env node
import {
  runCli
} from "./chunks/chunk-62XKVIBY.js";
import "./chunks/chunk-NLOXILUB.js";
import "./chunks/chunk-SWNQML2K.js";
import "./chunks/chunk-V3FOUYSF.js";
import "./chunks/chunk-OYOTEIZX.js";
import "./chunks/chunk-ZNRIRWRF.js";
import "./chunks/chunk-44NVDPLG.js";
import "./chunks/chunk-WME7CM5E.js";
import "./chunks/chunk-EOIRXPSJ.js";
import "./chunks/chunk-VVPLV2LN.js";
import "./chunks/chunk-B7H2GIR6.js";
import "./chunks/chunk-VALL6OQN.js";
import "./chunks/chunk-3XCZIKZF.js";
import "./chunks/chunk-7JUYCF5G.js";
import "./chunks/chunk-IW7HABXN.js";
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
