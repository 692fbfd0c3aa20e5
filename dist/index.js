import {
  run
} from "./chunks/chunk-UMAS6Q4M.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
