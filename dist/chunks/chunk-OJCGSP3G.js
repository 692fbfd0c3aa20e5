import {
  ConfigurationError,
  errorMessage
} from "./chunk-7JUYCF5G.js";

// src/cli/write-reports.ts
import * as fs from "node:fs";
import * as path from "node:path";
async function writeReports(options, assessment, log) {
  if (options.jsonPath === null && options.markdownPath === null) return;
  const [
    { buildJsonReport, writeJsonReport },
    { renderReport },
    { renderContextFor },
    { maskForSurfaces, secretsToMask }
  ] = await Promise.all([
    import("./json-NUNJQ6VY.js"),
    import("./render-MD6GYQQZ.js"),
    import("./render-context-56RZWZKC.js"),
    import("./secrets-5R3OGLW4.js")
  ]);
  const secrets = secretsToMask(process.env, "");
  const context = maskForSurfaces(
    renderContextFor({
      checkName: "Readiness Gate",
      workspace: options.root,
      root: options.root,
      checklistPath: options.checklistPath,
      github: null
    }),
    secrets
  );
  const masked = maskForSurfaces(assessment, secrets);
  if (options.jsonPath !== null) {
    writeJsonReport(options.jsonPath, buildJsonReport(masked, context), "--json");
    log.info(`JSON report written to ${options.jsonPath}`);
  }
  if (options.markdownPath !== null) {
    const markdown = renderReport(masked, context, {
      checkRun: false,
      commitStatus: false,
      comment: false,
      jobSummary: true
    }).jobSummary;
    writeReportFile(options.markdownPath, markdown, "--markdown");
    log.info(`Markdown report written to ${options.markdownPath}`);
  }
}
function writeReportFile(file, text, flag) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the report to '${file}' (${errorMessage(error)}); set ${flag} to a writable file path.`
    );
  }
}

export {
  writeReports
};
//# sourceMappingURL=chunk-OJCGSP3G.js.map
