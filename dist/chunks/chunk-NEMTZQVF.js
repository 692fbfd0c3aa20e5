import {
  verdictTitle
} from "./chunk-7KPXNC3M.js";
import {
  conclusionOf
} from "./chunk-BWOAAN5N.js";
import {
  writeFileConfined
} from "./chunk-WKX34K4D.js";
import {
  assertMasked
} from "./chunk-WFXTJZ4K.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-QEFFRMPE.js";

// src/report/json.ts
import * as fs from "node:fs";
import * as path from "node:path";
var REPORT_SCHEMA_VERSION = 1;
function buildJsonReport(assessment, context) {
  assertMasked(assessment, "The assessment");
  assertMasked(context, "The render context");
  const { reconciliation } = assessment;
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    context: {
      checkName: context.checkName,
      repository: context.repository,
      sha: context.sha,
      ref: context.ref,
      runUrl: context.runUrl,
      checklistPath: context.checklistPath,
      validationRoot: context.validationRoot,
      ...typeof context.pullRequest === "number" ? { pullRequest: context.pullRequest } : {}
    },
    verdict: {
      state: assessment.verdict,
      ready: assessment.ready,
      title: verdictTitle(assessment),
      conclusion: conclusionOf(assessment),
      criticalValidationsPassed: assessment.criticalValidationsPassed,
      basis: assessment.basis,
      rules: assessment.rules,
      validationsRun: assessment.validationsRun,
      notes: assessment.notes
    },
    checklist: assessment.checklist,
    blockers: assessment.blockers,
    validations: assessment.validations,
    refused: assessment.refused,
    phases: assessment.phases,
    priorities: assessment.priorities,
    reconciliation: {
      claimedDoneFailing: reconciliation.claimedDoneFailing,
      passesTickIt: reconciliation.passesTickIt,
      unverifiedClaims: reconciliation.unverifiedClaims
    },
    placeholders: reconciliation.placeholders,
    signOffs: reconciliation.signOffs,
    declaredStatus: reconciliation.declared
  };
  if (context.generatedAt !== void 0 && context.generatedAt !== null) {
    const { schemaVersion, ...rest } = report;
    return { schemaVersion, generatedAt: context.generatedAt, ...rest };
  }
  return report;
}
function writeJsonReportInside(workingDirectory, file, report) {
  return writeFileConfined(
    { boundary: workingDirectory, file, input: "report-path" },
    `${JSON.stringify(report, null, 2)}
`
  );
}
function writeJsonReport(file, report, setting = "--json") {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}
`);
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the JSON report to '${file}' (${errorMessage(error)}); set ${setting} to a writable file path.`
    );
  }
}

export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReportInside,
  writeJsonReport
};
