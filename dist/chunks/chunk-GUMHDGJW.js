import {
  ConfigurationError,
  errorMessage
} from "./chunk-QEFFRMPE.js";
import {
  conclusionOf,
  verdictTitle
} from "./chunk-7WZ7EZPX.js";

// src/report/json.ts
import * as fs from "node:fs";
import * as path from "node:path";
var REPORT_SCHEMA_VERSION = 1;
function buildJsonReport(assessment, context) {
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
      validationRoot: context.validationRoot
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
      passesTickIt: reconciliation.passesTickIt
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
function writeJsonReport(file, report) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}
`);
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the JSON report to '${file}' (${errorMessage(error)}); set report-path to a writable file path.`
    );
  }
}

export {
  REPORT_SCHEMA_VERSION,
  buildJsonReport,
  writeJsonReport
};
