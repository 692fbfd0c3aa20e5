import {
  MAX_REPORT_BYTES,
  assessmentOf,
  reportShapeProblem
} from "./chunk-GANIQKTY.js";
import {
  readFileConfined,
  recordRun
} from "./chunk-XOXU4LMM.js";
import "./chunk-2JGVJ37I.js";

// src/history/previous-report.ts
import * as fs from "node:fs";
function readPreviousReport(file, boundary) {
  if (!lexists(file)) return { kind: "none" };
  const read = readFileConfined({ boundary, file, input: "previous-report" }, MAX_REPORT_BYTES);
  if ("error" in read) return { kind: "ignored", why: read.error };
  let value;
  try {
    value = JSON.parse(read.text);
  } catch {
    return { kind: "ignored", why: "Input 'previous-report' is not valid JSON." };
  }
  const problem = reportShapeProblem(value);
  if (problem !== null) {
    return {
      kind: "ignored",
      why: `Input 'previous-report' is not a Readiness Gate report: ${problem}.`
    };
  }
  const report = value;
  const state = report.history?.state ?? recordRun(
    {
      assessment: assessmentOf(report),
      items: null,
      sha: report.context.sha,
      at: report.generatedAt ?? null
    },
    null
  );
  return { kind: "read", record: { state, source: "previous-report" } };
}
function lexists(file) {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
export {
  readPreviousReport
};
//# sourceMappingURL=previous-report-MFL5YKD3.js.map
