import {
  run
} from "./chunks/chunk-M54XUWLL.js";
import "./chunks/chunk-2JGVJ37I.js";

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
