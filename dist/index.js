import {
  run
} from "./chunks/chunk-GLUA5WBN.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
