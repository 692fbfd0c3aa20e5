import {
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TITLE_MAX_CHARS,
  cleanText
} from "./chunk-V3FOUYSF.js";
import {
  MASK
} from "./chunk-EOIRXPSJ.js";
import {
  truncate
} from "./chunk-IW7HABXN.js";

// src/report/annotations.ts
import * as path from "node:path";
var DEFAULT_MAX_ANNOTATIONS = 200;
var MAX_ANNOTATIONS_LIMIT = 20 * ANNOTATIONS_PER_REQUEST;
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
var MAX_MESSAGE = 4e3;
var PRIORITY = {
  criticalValidationFailed: 0,
  changeBlocker: 0,
  criticalFindingError: 1,
  tickedButFailing: 2,
  findingError: 3,
  declaredStatusContradicted: 10,
  criticalFindingWarning: 11,
  criticalItemsUnchecked: 12,
  findingWarning: 13,
  criticalFindingNotice: 20,
  findingNotice: 21,
  passesTickIt: 22,
  placeholder: 23,
  /** What the change weakened without blocking: Verify commands, script steps, new ticks. */
  comparison: 14
};
function comparisonAnnotations(assessment, at) {
  const comparison = assessment.comparison;
  if (comparison === void 0) return [];
  const out = [];
  for (const change of comparison.items) {
    if (change.kind !== "reworded") continue;
    out.push(
      at(
        change.anchorLine,
        "warning",
        "Critical item reworded",
        `Base line ${change.base.line}: ${change.base.text}
Now: ${change.head?.text ?? ""}
${change.detail}`,
        PRIORITY.comparison
      )
    );
  }
  for (const command of comparison.commands) {
    const now = command.head === null ? "removed" : `now: ${command.head.text}`;
    out.push(
      at(
        command.anchorLine,
        "warning",
        command.kind === "removed" ? "Verify command removed" : "Verify command weakened",
        `Base line ${command.base.line}: ${command.base.text}
${now}
Lost: ${command.lost.join(", ")}`,
        PRIORITY.comparison
      )
    );
  }
  for (const step of comparison.scriptSteps) {
    out.push(
      at(
        step.anchorLine,
        "warning",
        "Validation script step removed",
        `Base line ${step.base.line}: ${step.base.text}`,
        PRIORITY.comparison
      )
    );
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === "ticked" && (tick.evidence === "proven" || tick.evidence === "waived"))
      continue;
    out.push(
      at(
        tick.headLine,
        tick.kind === "unticked" ? "notice" : "warning",
        tick.kind === "unticked" ? "Unticked in this change" : "Ticked in this change, unproven",
        tick.kind === "unticked" ? `${tick.text} (ticked at the base, line ${tick.baseLine})` : `${tick.text}
${tick.evidence === "failing" ? "Its validation does not pass now." : "Nothing the gate ran proves it."}`,
        PRIORITY.comparison
      )
    );
  }
  return out;
}
function selectAnnotations(assessment, context, max) {
  const all = rankedAnnotations(assessment, context);
  const limit = Math.max(0, Math.trunc(max));
  if (all.length <= limit) return { annotations: all.map((r) => r.annotation), omitted: 0 };
  const kept = all.map((ranked, index) => ({ ...ranked, index })).sort((a, b) => a.priority - b.priority || a.index - b.index).slice(0, limit).sort((a, b) => a.index - b.index);
  return { annotations: kept.map((r) => r.annotation), omitted: all.length - kept.length };
}
function rankedAnnotations(assessment, context) {
  return [
    ...assessment.validations.flatMap((v) => findingAnnotations(v, context)),
    ...checklistAnnotations(assessment, context)
  ];
}
var FINDING_PRIORITY = {
  error: [PRIORITY.criticalFindingError, PRIORITY.findingError],
  warning: [PRIORITY.criticalFindingWarning, PRIORITY.findingWarning],
  notice: [PRIORITY.criticalFindingNotice, PRIORITY.findingNotice]
};
function findingAnnotations(v, context) {
  return v.findings.flatMap((finding) => {
    if (finding.file === void 0 || finding.line === void 0 || finding.line < 1) return [];
    const file = repositoryPath(finding.file, v.cwd, context);
    if (file === null || file.includes(MASK)) return [];
    const [critical, other] = FINDING_PRIORITY[finding.severity];
    return [
      {
        annotation: findingAnnotation(finding, file, finding.line, v.name),
        priority: v.critical ? critical : other
      }
    ];
  });
}
function findingAnnotation(finding, file, line, validationName) {
  const endLine = finding.endLine !== void 0 && finding.endLine >= line ? finding.endLine : line;
  const annotation = {
    path: file,
    start_line: line,
    end_line: endLine,
    annotation_level: LEVEL[finding.severity],
    message: plain(finding.message, MAX_MESSAGE),
    title: plain(
      finding.code === void 0 ? validationName : `${validationName}: ${finding.code}`,
      ANNOTATION_TITLE_MAX_CHARS
    )
  };
  if (finding.column !== void 0 && endLine === line && finding.column >= 1) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.column;
  }
  return annotation;
}
function checklistAnnotations(assessment, context) {
  const file = normalisedRepositoryPath(context.checklistPath);
  if (file === null || file.includes(MASK)) return [];
  const at = (line, level, title, message, priority) => ({
    annotation: {
      path: file,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title: plain(title, ANNOTATION_TITLE_MAX_CHARS),
      message: plain(message, MAX_MESSAGE)
    },
    priority
  });
  const { reconciliation } = assessment;
  const annotations = [];
  for (const blocker of assessment.blockers) {
    if (blocker.kind === "validation") {
      if (blocker.line === null) continue;
      const source = assessment.validations.find((v) => v.id === blocker.validationId)?.source;
      if (source?.kind === "config") continue;
      const hint = blocker.hint === null ? "" : `
${blocker.hint}`;
      annotations.push(
        at(
          blocker.line,
          "failure",
          `${blocker.validationName} did not pass`,
          `${blocker.keyFinding}${hint}`,
          PRIORITY.criticalValidationFailed
        )
      );
    } else if (blocker.kind === "github-contradiction") {
      annotations.push(
        at(
          blocker.line,
          "failure",
          "Ticked, contradicted by GitHub",
          `${blocker.itemText}
${blocker.evidence}`,
          PRIORITY.tickedButFailing
        )
      );
    } else if (blocker.kind === "waiver") {
      annotations.push(
        at(blocker.line, "failure", "Waiver does not hold", blocker.text, PRIORITY.changeBlocker)
      );
    } else if (blocker.kind === "checklist-change") {
      const title = blocker.change === "removed" ? "Critical item removed" : "Critical item moved out of the critical phase";
      annotations.push(at(blocker.line, "failure", title, blocker.text, PRIORITY.changeBlocker));
    } else {
      annotations.push(
        at(
          blocker.line,
          "warning",
          "Critical item unchecked",
          `${blocker.text} (lines ${blocker.uncheckedLines.join(", ")})`,
          PRIORITY.criticalItemsUnchecked
        )
      );
    }
  }
  for (const item of reconciliation.claimedDoneFailing) {
    const failing = item.validations.filter((v) => v.status !== "passed");
    const evidence = failing.map((v) => `${v.name}: ${v.summary}`).join("\n");
    annotations.push(
      at(
        item.line,
        "failure",
        "Ticked, but its validation fails now",
        `${item.text}
${evidence}`,
        PRIORITY.tickedButFailing
      )
    );
  }
  for (const item of reconciliation.passesTickIt) {
    const names = item.validations.map((v) => v.name).join(", ");
    annotations.push(
      at(
        item.line,
        "notice",
        "Validation passes: tick this item",
        `${item.text}
Passed: ${names}`,
        PRIORITY.passesTickIt
      )
    );
  }
  for (const check of reconciliation.github.references) {
    if (check.state === "contradicted" && !check.critical) {
      annotations.push(
        at(
          check.line,
          "warning",
          "Ticked, contradicted by GitHub",
          `${check.itemText}
${check.evidence}`,
          PRIORITY.tickedButFailing
        )
      );
    }
  }
  for (const line of reconciliation.github.tickIt) {
    const checks = reconciliation.github.references.filter((check) => check.line === line);
    annotations.push(
      at(
        line,
        "notice",
        "Done on GitHub: tick this item",
        `${checks[0]?.itemText ?? ""}
${checks.map((check) => check.evidence).join("\n")}`,
        PRIORITY.passesTickIt
      )
    );
  }
  annotations.push(...comparisonAnnotations(assessment, at));
  for (const placeholder of reconciliation.placeholders) {
    annotations.push(
      at(
        placeholder.line,
        "notice",
        "Placeholder not filled in",
        `${placeholder.text} in: ${placeholder.context}`,
        PRIORITY.placeholder
      )
    );
  }
  const { declared, agreement } = reconciliation.declared;
  if (declared !== null && (agreement === "declared-ready-but-not-ready" || agreement === "declared-not-ready-but-ready")) {
    const computed = assessment.ready ? "ready" : "not ready";
    annotations.push(
      at(
        declared.line,
        "warning",
        "Declared status contradicts the evidence",
        `The checklist declares ${declared.overallReadiness ?? "?"}; the gate finds it ${computed}.`,
        PRIORITY.declaredStatusContradicted
      )
    );
  }
  return annotations;
}
function repositoryPath(file, cwd, context) {
  const slashed = file.replace(/\\/g, "/");
  if (!isAbsolute(slashed)) {
    return normalisedRepositoryPath(path.posix.join(context.validationRoot, cwd, slashed));
  }
  const workspace = context.workspace?.replace(/\\/g, "/");
  if (workspace !== void 0 && workspace !== "" && isAbsolute(workspace)) {
    const relative = path.posix.relative(workspace, slashed);
    const inside = normalisedRepositoryPath(relative);
    if (inside !== null && !isAbsolute(relative)) return inside;
  }
  const anchor = path.posix.normalize(path.posix.join(context.validationRoot, cwd));
  if (anchor === "." || anchor.startsWith("..")) return null;
  const at = slashed.lastIndexOf(`/${anchor}/`);
  return at < 0 ? null : normalisedRepositoryPath(slashed.slice(at + 1));
}
function normalisedRepositoryPath(file) {
  const normal = path.posix.normalize(file.replace(/\\/g, "/")).replace(/^\.\/+/, "");
  if (normal === "." || normal === "" || normal.endsWith("/")) return null;
  if (normal === ".." || normal.startsWith("../") || isAbsolute(normal)) return null;
  return normal;
}
function isAbsolute(file) {
  return file.startsWith("/") || /^[A-Za-z]:\//.test(file);
}
function plain(text, max) {
  return truncate(cleanText(text), max);
}

export {
  DEFAULT_MAX_ANNOTATIONS,
  selectAnnotations,
  repositoryPath
};
//# sourceMappingURL=chunk-SWNQML2K.js.map
