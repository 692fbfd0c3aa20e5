import {
  trimCodes
} from "./chunk-IW7HABXN.js";

// src/unicode-regex.ts
var NON_ASCII = /[\u0080-\uffff]/;
var UnicodeRegex = class {
  constructor(unicode, ascii) {
    this.ascii = ascii;
    this.#unicode = unicode;
  }
  #unicode;
  /** The regex as meant, for any text. */
  get unicode() {
    if (typeof this.#unicode === "function") this.#unicode = this.#unicode();
    return this.#unicode;
  }
  /** The regex to search `text` with: the ASCII twin when `text` is ASCII. */
  for(text) {
    return NON_ASCII.test(text) ? this.unicode : this.ascii;
  }
};

// src/checklist/inline.ts
var BACKTICK = 96;
var BACKSLASH = 92;
function findCodeSpans(source) {
  const spans = [];
  let lastRunOfLength = null;
  let scannedToEnd = false;
  let pos = 0;
  while (pos < source.length) {
    const code = source.charCodeAt(pos);
    if (code === BACKSLASH) {
      pos += 2;
      continue;
    }
    if (code !== BACKTICK) {
      pos++;
      continue;
    }
    const openerEnd = endOfRun(source, pos);
    const length = openerEnd - pos;
    const lastSeen = lastRunOfLength?.get(length) ?? -1;
    let closerStart = -1;
    if (!scannedToEnd || lastSeen >= openerEnd) {
      let search = source.indexOf("`", openerEnd);
      while (search !== -1) {
        const runEnd = endOfRun(source, search);
        if (runEnd - search === length) {
          closerStart = search;
          break;
        }
        search = source.indexOf("`", runEnd);
      }
      if (closerStart === -1 && !scannedToEnd) {
        scannedToEnd = true;
        lastRunOfLength = lastRunsFrom(source, openerEnd);
      }
    }
    if (closerStart === -1) {
      pos = openerEnd;
      continue;
    }
    const text = codeSpanText(source.slice(openerEnd, closerStart));
    spans.push({ start: pos, end: closerStart + length, text });
    pos = closerStart + length;
  }
  return spans;
}
function lastRunsFrom(source, start) {
  const last = /* @__PURE__ */ new Map();
  for (let search = source.indexOf("`", start); search !== -1; ) {
    const runEnd = endOfRun(source, search);
    last.set(runEnd - search, search);
    search = source.indexOf("`", runEnd);
  }
  return last;
}
function endOfRun(source, start) {
  let end = start;
  while (source.charCodeAt(end) === BACKTICK) end++;
  return end;
}
function codeSpanText(raw) {
  const text = raw.includes("\n") ? raw.replace(/\n/g, " ") : raw;
  if (text.length >= 2 && text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "") {
    return text.slice(1, -1);
  }
  return text;
}
var INLINE_HTML_COMMENT = /<!--[\s\S]*?-->/g;
function maskCodeAndComments(source) {
  let masked = source;
  if (source.includes("`")) {
    const parts = [];
    let last = 0;
    for (const span of findCodeSpans(source)) {
      parts.push(source.slice(last, span.start), blank(source.slice(span.start, span.end)));
      last = span.end;
    }
    parts.push(source.slice(last));
    masked = parts.join("");
  }
  if (masked.includes("<!--")) masked = masked.replace(INLINE_HTML_COMMENT, blank);
  return masked;
}
function blank(text) {
  return text.replace(/[^\n]/g, " ");
}
function plainText(source) {
  if (!MARKUP.test(source)) return source.replace(/\s+/g, " ").trim();
  const pieces = [];
  let last = 0;
  const spans = source.includes("`") ? findCodeSpans(source) : [];
  for (const span of spans) {
    pieces.push(stripInlineMarkup(source.slice(last, span.start)), span.text);
    last = span.end;
  }
  pieces.push(stripInlineMarkup(source.slice(last)));
  return pieces.join("").replace(/\s+/g, " ").trim();
}
var MARKUP = /[`*_~[!<\\]/;
var EMPHASIS_OPENER = new UnicodeRegex(
  () => /(^|[\s\p{P}\p{S}])(?:\*+|_+|~~)(?=\S)/gu,
  /(^|[\s!-/:-@[-`{-~])(?:\*+|_+|~~)(?=\S)/g
);
var EMPHASIS_CLOSER = new UnicodeRegex(
  () => /(?<=\S)(?:\*+|_+|~~)(?=$|[\s\p{P}\p{S}])/gu,
  /(?<=\S)(?:\*+|_+|~~)(?=$|[\s!-/:-@[-`{-~])/g
);
function stripInlineMarkup(text) {
  const parked = text.replace(
    /\\([!-/:-@[-`{-~])/g,
    (_match, char) => String.fromCharCode(PRIVATE_USE + char.charCodeAt(0))
  );
  const stripped = parked.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, "$1").replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, "$1").replace(/<!--(?:(?!<!--)[\s\S])*?-->/g, "").replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, "").replace(EMPHASIS_OPENER.for(parked), "$1").replace(EMPHASIS_CLOSER.for(parked), "");
  return stripped.replace(
    /[\uE000-\uE07F]/g,
    (char) => String.fromCharCode(char.charCodeAt(0) - PRIVATE_USE)
  );
}
var PRIVATE_USE = 57344;
function oneLine(source) {
  return source.split("\n").map((line) => trimCodes(line, isSpaceOrTab)).join(" ").trim();
}
var isSpaceOrTab = (code) => code === 32 || code === 9;

export {
  UnicodeRegex,
  findCodeSpans,
  maskCodeAndComments,
  plainText,
  oneLine
};
//# sourceMappingURL=chunk-3XCZIKZF.js.map
