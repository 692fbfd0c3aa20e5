// src/readiness/validations.ts
var RAN_AND_DID_NOT_PASS = /* @__PURE__ */ new Set([
  "failed",
  "timed-out",
  "missing-tool",
  "modified-tree",
  "error"
]);
function ranAndDidNotPass(status) {
  return RAN_AND_DID_NOT_PASS.has(status);
}
function provesNothing(status) {
  return status === "not-run" || status === "skipped" || status === "unassessable";
}
function joinResults(validations, results, validationsRun) {
  const byId = new Map(results.map((result) => [result.id, result]));
  return validations.map((validation) => {
    const result = byId.get(validation.id);
    const planned = {
      id: validation.id,
      name: validation.name,
      command: validation.command,
      cwd: validation.cwd,
      critical: validation.critical,
      tool: validation.tool,
      kind: validation.kind ?? null,
      paths: validation.check?.kind === "paths-exist" ? [...validation.check.paths] : null,
      verifies: [...validation.verifies],
      source: { ...validation.source }
    };
    if (result === void 0) {
      return {
        ...planned,
        status: "not-run",
        exitCode: null,
        signal: null,
        durationMs: null,
        summary: validationsRun ? "no result was reported" : "not run",
        counts: {},
        findings: [],
        droppedFindings: 0,
        hint: null,
        output: null
      };
    }
    return {
      ...planned,
      status: result.status,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
      summary: result.report.summary.trim() === "" ? result.status : result.report.summary,
      counts: { ...result.report.counts },
      findings: result.report.findings,
      droppedFindings: result.report.droppedFindings,
      hint: result.hint,
      output: result.output
    };
  });
}

export {
  ranAndDidNotPass,
  provesNothing,
  joinResults
};
//# sourceMappingURL=chunk-LHHO5AZP.js.map
