// src/readiness/items.ts
function subtree(root) {
  return walk([root]);
}
function phaseItems(phase) {
  return walk(phase.sections.flatMap((section) => section.items));
}
function allItems(checklist) {
  const sections = [
    ...checklist.phases.flatMap((phase) => phase.sections),
    ...checklist.sections
  ].sort((a, b) => a.line - b.line);
  return walk(sections.flatMap((section) => section.items));
}
function walk(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    out.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out;
}

// src/readiness/blockers.ts
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
function uncheckedItemBlockers(checklist) {
  return criticalPhases(checklist).flatMap(
    (phase) => phase.sections.flatMap(
      (section) => section.items.flatMap((root) => {
        const group = subtree(root);
        const unchecked = group.filter((item) => !item.checked);
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
  subtree,
  phaseItems,
  allItems,
  validationBlockers,
  uncheckedItemBlockers,
  criticalPhases,
  phaseLabel
};
