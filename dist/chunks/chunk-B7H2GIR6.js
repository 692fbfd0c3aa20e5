// src/checklist/model.ts
var NONE = Object.freeze([]);
function itemsBelow(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    out.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out;
}
function allItems(checklist) {
  return itemsBelow(allSections(checklist).flatMap((section) => section.items));
}
function subtree(root) {
  return itemsBelow([root]);
}
function sectionItems(section) {
  return itemsBelow(section.items);
}
function hasTaskItems(checklist) {
  const hasItems = (section) => section.items.length > 0;
  return checklist.sections.some(hasItems) || checklist.phases.some((phase) => phase.sections.some(hasItems));
}
function allSections(checklist) {
  const sections = [...checklist.phases.flatMap((p) => p.sections), ...checklist.sections];
  return sections.sort((a, b) => a.line - b.line);
}
function phaseItems(phase) {
  return itemsBelow(phase.sections.flatMap((section) => section.items));
}

export {
  NONE,
  allItems,
  subtree,
  sectionItems,
  hasTaskItems,
  allSections,
  phaseItems
};
//# sourceMappingURL=chunk-B7H2GIR6.js.map
