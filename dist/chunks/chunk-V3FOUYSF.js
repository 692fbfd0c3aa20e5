import {
  stripAnsi
} from "./chunk-ZNRIRWRF.js";
import {
  trimTrailing
} from "./chunk-IW7HABXN.js";

// src/exit-codes.ts
var EXIT_CODES = { ready: 0, notReady: 1, usage: 2, internal: 3 };

// src/report/inert-markdown.ts
var ZERO_WIDTH_JOINER = "\u200D";
var ZERO_WIDTH_SPACE = "\u200B";
var INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
var HTML_SPECIALS = /[&<>"]/g;
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
var LINK_TRIGGERS = [
  /(?<=@)(?=\S)/g,
  /(?<=#)(?=\d)/g,
  /(?<=GH-)(?=\d)/gi,
  /(?<=[A-Za-z0-9])(?=:\/\/)/g,
  /(?<=www)(?=\.)/gi
];
function defuseLinks(text) {
  let out = text;
  for (const trigger of LINK_TRIGGERS) out = out.replace(trigger, ZERO_WIDTH_JOINER);
  return out;
}
function escapeMarkdown(text) {
  return escapeLineStart(escapeInlineText(cleanText(text).trim()));
}
function escapeMarkdownKeepingCode(text, options = {}) {
  const parts = splitCodeSpans(cleanText(text).trim()).map(
    (part) => part.code ? codeSpan(part.text, options) : escapeInlineText(part.text)
  );
  return escapeLineStart(parts.join(""));
}
var WHITESPACE_RUN = /\s+/g;
var joinLines = (run) => run.includes("\n") || run.includes("\r") ? " " : run;
function escapeHtml(text) {
  const escaped = cleanText(text).replace(WHITESPACE_RUN, joinLines).replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c] ?? c);
  return defuseLinks(escaped);
}
function escapeHtmlKeepingCode(text) {
  return splitCodeSpans(text).map((part) => part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)).join("");
}
function escapeInlineText(text) {
  const escaped = cleanText(text).replace(WHITESPACE_RUN, joinLines).replace(/\t/g, " ").replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  return defuseLinks(escaped);
}
var MAX_SCANNED_TEXT = 4096;
function splitCodeSpans(text) {
  if (text.length > MAX_SCANNED_TEXT) return [{ text, code: false }];
  const parts = [];
  const runs = /`+/g;
  let plainFrom = 0;
  let open;
  while ((open = runs.exec(text)) !== null) {
    const length = open[0].length;
    let close = runs.exec(text);
    while (close !== null && close[0].length !== length) close = runs.exec(text);
    if (close === null) {
      runs.lastIndex = open.index + length;
      continue;
    }
    if (open.index > plainFrom) parts.push({ text: text.slice(plainFrom, open.index), code: false });
    let content = text.slice(open.index + length, close.index).replace(/[\r\n]/g, " ");
    if (/^ .*[^ ].* $/s.test(content)) content = content.slice(1, -1);
    parts.push({ text: content, code: true });
    plainFrom = close.index + length;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), code: false });
  return parts;
}
function codeSpan(text, options = {}) {
  let content = neutraliseHtmlOpeners(cleanText(text).replace(/[\r\n\t]+/g, " "));
  if (content === "") return "(empty)";
  if (content.trim() === "") return `\`${content}\``;
  if (options.inTable === true) content = content.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var MAX_BACKTICK_RUN = 15;
function codeFence(text, info = "text") {
  const content = trimTrailing(
    neutraliseHtmlOpeners(
      cleanText(text).replace(/\r\n?/g, "\n").replace(
        new RegExp(`\`{${MAX_BACKTICK_RUN + 1},}`, "g"),
        `${"`".repeat(MAX_BACKTICK_RUN)}\u2026`
      )
    ),
    "\n"
  );
  const fence = "`".repeat(Math.max(3, longestRun(content, "`") + 1));
  return `${fence}${info}
${content}
${fence}`;
}
function cleanText(text) {
  return stripAnsi(text).replace(INVISIBLE_CONTROLS, "");
}
function neutraliseHtmlOpeners(text) {
  return text.replace(/<(?=!--|\/?details)/gi, `<${ZERO_WIDTH_SPACE}`);
}
function escapeLineStart(text) {
  const trimmed = text.trimStart();
  const lead = text.slice(0, text.length - trimmed.length);
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (ordered !== null) return `${lead}${ordered[1]}\\${trimmed.slice(ordered[1].length)}`;
  if (/^[-+#=>]/.test(trimmed)) return `${lead}\\${trimmed}`;
  return text;
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

// src/github/limits.ts
var STATUS_DESCRIPTION_MAX_CHARS = 140;
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_OUTPUT_MAX_BYTES = 65535;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var ANNOTATION_TEXT_MAX_BYTES = 64 * 1024;

export {
  EXIT_CODES,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  escapeHtml,
  escapeHtmlKeepingCode,
  codeSpan,
  codeFence,
  cleanText,
  STATUS_DESCRIPTION_MAX_CHARS,
  COMMENT_BODY_MAX_CHARS,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  JOB_SUMMARY_MAX_BYTES,
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TITLE_MAX_CHARS
};
//# sourceMappingURL=chunk-V3FOUYSF.js.map
