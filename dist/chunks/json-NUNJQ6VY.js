import {
  verdictTitle
} from "./chunk-I6HX574C.js";
import "./chunk-VV5FSKVF.js";
import "./chunk-4N5CHATA.js";
import {
  writeFileConfined
} from "./chunk-NLOXILUB.js";
import {
  conclusionOf
} from "./chunk-5NFRVODJ.js";
import "./chunk-V3FOUYSF.js";
import "./chunk-OYOTEIZX.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-ZNRIRWRF.js";
import {
  assertMasked
} from "./chunk-EOIRXPSJ.js";
import "./chunk-4BUXL3TZ.js";
import "./chunk-TEHS7H5E.js";
import "./chunk-B7H2GIR6.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-7JUYCF5G.js";
import "./chunk-IW7HABXN.js";
import "./chunk-QFQZKJEX.js";

// src/report/json.ts
import * as fs from "node:fs";
import * as path from "node:path";
var REPORT_SCHEMA_VERSION = 2;
function buildJsonReport(assessment, context, history = null) {
  assertMasked(assessment, "The assessment");
  assertMasked(context, "The render context");
  if (history !== null) assertMasked(history, "The run history");
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
    declaredStatus: reconciliation.declared,
    githubEvidence: reconciliation.github,
    ...history === null ? {} : { history: plainHistory(history) },
    ...assessment.merge === void 0 ? {} : { merge: assessment.merge },
    ...assessment.waivers === void 0 ? {} : { waivers: assessment.waivers },
    ...assessment.comparison === void 0 ? {} : { comparison: assessment.comparison }
  };
  if (context.generatedAt !== void 0 && context.generatedAt !== null) {
    const { schemaVersion, ...rest } = report;
    return { schemaVersion, generatedAt: context.generatedAt, ...rest };
  }
  return report;
}
function plainHistory(history) {
  return JSON.parse(JSON.stringify(history));
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
  writeJsonReport,
  writeJsonReportInside
};
//# sourceMappingURL=json-NUNJQ6VY.js.map
