import {
  subtree
} from "./chunk-B7H2GIR6.js";

// src/readiness/blockers.ts
function criticalValidationsPassed(validationsRun, validations) {
  return validationsRun && validations.some((validation) => validation.critical) && validationBlockers(validations).length === 0;
}
function validationBlockers(validations) {
  return validations.filter((validation) => validation.critical && validation.status !== "passed").map((validation) => {
    const keyFinding = keyFindingOf(validation);
    return {
      kind: "validation",
      text: `${validation.name} \u2014 ${keyFinding}`,
      validationId: validation.id,
      validationName: validation.name,
      status: validation.status,
      keyFinding,
      line: validation.source.line,
      hint: validation.hint
    };
  });
}
function uncheckedItemBlockers(checklist, waived = /* @__PURE__ */ new Set()) {
  return criticalPhases(checklist).flatMap(
    (phase) => phase.sections.flatMap(
      (section) => section.items.flatMap((root) => {
        const group = subtree(root);
        const unchecked = group.filter((item) => !item.checked && !waived.has(item.line));
        if (unchecked.length === 0) return [];
        const count = group.length === 1 ? "unchecked" : `${unchecked.length} of ${group.length} unchecked`;
        return [
          {
            kind: "unchecked-items",
            text: `${root.text} \u2014 ${count}`,
            itemText: root.text,
            line: root.line,
            phase: phaseLabel(phase),
            totalCount: group.length,
            uncheckedCount: unchecked.length,
            uncheckedLines: unchecked.map((item) => item.line)
          }
        ];
      })
    )
  );
}
function criticalPhases(checklist) {
  return checklist.phases.filter((phase) => phase.priority.level === "critical");
}
function phaseLabel(phase) {
  return phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`;
}
function keyFindingOf(validation) {
  if (validation.status !== "skipped") return validation.summary;
  return validation.summary === "skipped" ? "skipped (not run)" : `skipped: ${validation.summary}`;
}

export {
  criticalValidationsPassed,
  validationBlockers,
  uncheckedItemBlockers,
  criticalPhases,
  phaseLabel
};
//# sourceMappingURL=chunk-TEHS7H5E.js.map
