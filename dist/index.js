import {
  run
} from "./chunks/chunk-VCHYP3UB.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
