import {
  run
} from "./chunks/chunk-XOXU4LMM.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
