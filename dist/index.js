import {
  run
} from "./chunks/chunk-5RCKMCCX.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
