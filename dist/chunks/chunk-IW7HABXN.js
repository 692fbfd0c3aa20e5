// src/linear-text.ts
function codePointBefore(text, end) {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 56320 && low <= 57343) {
    const high = text.charCodeAt(end - 2);
    if (high >= 55296 && high <= 56319) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}
function trimEndMatching(text, unwanted) {
  let end = text.length;
  while (end > 0) {
    const last = codePointBefore(text, end);
    if (!unwanted.test(last)) break;
    end -= last.length;
  }
  return text.slice(0, end);
}
function trimMatching(text, unwanted) {
  let start = 0;
  while (start < text.length) {
    const first = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (!unwanted.test(first)) break;
    start += first.length;
  }
  return trimEndMatching(text.slice(start), unwanted);
}
function trailingRun(text, char) {
  let count = 0;
  while (count < text.length && text[text.length - 1 - count] === char) count++;
  return count;
}
function trimTrailing(text, char) {
  return text.slice(0, text.length - trailingRun(text, char));
}
function trimRuns(text, char) {
  const code = char.charCodeAt(0);
  return trimCodes(text, (unit) => unit === code);
}
function replaceQuoted(text, replace) {
  let out = "";
  let copied = 0;
  let singleCloses = true;
  let doubleCloses = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    let end = -1;
    if (char === "'" && singleCloses) {
      end = text.indexOf("'", index + 1);
      singleCloses = end !== -1;
    } else if (char === '"' && doubleCloses) {
      end = closingDoubleQuote(text, index + 1);
      doubleCloses = end !== -1;
    }
    if (end === -1) continue;
    out += text.slice(copied, index) + replace(text.slice(index, end + 1));
    copied = end + 1;
    index = end;
  }
  return out + text.slice(copied);
}
function closingDoubleQuote(text, from) {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === "\\") index++;
    else if (char === '"') return index;
  }
  return -1;
}
function trimCodes(text, unwanted) {
  let start = 0;
  let end = text.length;
  while (start < end && unwanted(text.charCodeAt(start))) start++;
  while (end > start && unwanted(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}

export {
  trimEndMatching,
  trimMatching,
  trailingRun,
  trimTrailing,
  trimRuns,
  replaceQuoted,
  trimCodes,
  truncate
};
//# sourceMappingURL=chunk-IW7HABXN.js.map
