import {
  capList
} from "./chunk-4N5CHATA.js";
import {
  trimTrailing
} from "./chunk-IW7HABXN.js";

// src/report/render-context.ts
import * as path from "node:path";
function renderContextFor(location) {
  const { github, workspace } = location;
  return {
    checkName: location.checkName,
    runUrl: github?.runUrl ?? null,
    repository: github === null ? null : `${github.owner}/${github.repo}`,
    sha: github?.sha ?? null,
    ...typeof github?.pullRequest === "number" ? { pullRequest: github.pullRequest } : {},
    ref: github?.ref ?? null,
    checklistPath: toPosix(path.relative(workspace, location.checklistPath)),
    validationRoot: toPosix(path.relative(workspace, location.root)) || ".",
    workspace,
    serverUrl: github?.serverUrl ?? null
  };
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function checklistLineUrl(context, line) {
  return fileLineUrl(context, context.checklistPath, line);
}
function fileLineUrl(context, repositoryPath, line) {
  if (context.repository === null || context.sha === null) return null;
  const server = trimTrailing(context.serverUrl ?? "https://github.com", "/");
  const file = repositoryPath.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  const repository = context.repository.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repository}/blob/${encodeURIComponent(context.sha)}/${file}#L${line}`;
}
function linkDestination(url) {
  return url.replace(
    /[\u0000-\u0020\u007f()<>\\`"'[\]|]/g,
    (c) => Array.from(
      Buffer.from(c, "utf8"),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
    ).join("")
  );
}
function lineRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? `line ${line}` : `[line ${line}](${linkDestination(url)})`;
}
function lineNumberRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? String(line) : `[${line}](${linkDestination(url)})`;
}
function linesRef(context, lines, max) {
  if (lines.length === 1) return lineRef(context, lines[0]);
  const { shown, more } = capList(lines, Math.max(1, max));
  const refs = shown.map((line, i) => i === 0 ? lineNumberRef(context, line) : String(line));
  return `lines ${refs.join(", ")}${more > 0 ? ` \u2026and ${more} more` : ""}`;
}

export {
  renderContextFor,
  checklistLineUrl,
  fileLineUrl,
  linkDestination,
  lineRef,
  lineNumberRef,
  linesRef
};
//# sourceMappingURL=chunk-VV5FSKVF.js.map
