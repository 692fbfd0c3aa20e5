import {
  trimRuns
} from "./chunk-IW7HABXN.js";

// src/wording.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function slug(text, fallback, maxLength = Number.POSITIVE_INFINITY) {
  const dashed = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, maxLength);
  const id = trimRuns(dashed, "-");
  return id === "" ? fallback : id;
}

export {
  plural,
  slug
};
//# sourceMappingURL=chunk-4BUXL3TZ.js.map
