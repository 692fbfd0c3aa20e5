import {
  randomHex
} from "./chunk-OYOTEIZX.js";
import {
  errorMessage,
  quoteValue
} from "./chunk-7JUYCF5G.js";

// src/report/confined-file.ts
import * as fs from "node:fs";
import * as path from "node:path";
function writeFileConfined(target, contents) {
  const directory = openChecked(target, "create", cannotWrite);
  if ("error" in directory) return directory;
  try {
    const name = path.basename(target.file);
    const entryProblem = targetEntryProblem(target, directory.entry(name));
    if (entryProblem !== null) return { error: entryProblem };
    const temporary = directory.entry(`.${name}.${randomHex(6)}.tmp`);
    writeExclusive(temporary, contents);
    try {
      const lastLook = targetEntryProblem(target, directory.entry(name));
      if (lastLook !== null) return { error: lastLook };
      fs.renameSync(temporary, directory.entry(name));
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    return { written: path.resolve(target.file) };
  } catch (error) {
    return { error: cannotWrite(target, directory.plain(error)) };
  } finally {
    directory.close();
  }
}
var platformFlags = fs.constants;
var O_NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0;
var O_DIRECTORY = platformFlags.O_DIRECTORY ?? 0;
var O_NONBLOCK = platformFlags.O_NONBLOCK ?? 0;
function openChecked(target, missing, describe) {
  const lexical = lexicalProblem(target);
  if (lexical !== null) return { error: lexical };
  try {
    return openParentInside(target, missing);
  } catch (error) {
    return { error: describe(target, error) };
  }
}
function openParentInside(target, missing) {
  const realBoundary = fs.realpathSync(target.boundary);
  let current = realBoundary;
  for (const component of componentsBelow(target)) {
    const next = path.join(current, component);
    if (missing === "create" && lstatOrNull(next) === null) fs.mkdirSync(next);
    const real = fs.realpathSync(next);
    if (!inside(real, realBoundary)) return { error: outsideMessage(target, real) };
    if (!fs.statSync(real).isDirectory()) return { error: notDirectoryMessage(target, next) };
    current = real;
  }
  const fd = fs.openSync(current, fs.constants.O_RDONLY | O_DIRECTORY);
  const opened = fs.fstatSync(fd);
  const checked = fs.lstatSync(current);
  if (opened.ino !== checked.ino || opened.dev !== checked.dev) {
    fs.closeSync(fd);
    return { error: outsideMessage(target, current) };
  }
  const anchor = `/proc/self/fd/${fd}`;
  const anchored = process.platform === "linux" && lstatOrNull(anchor) !== null;
  const openedName = anchored ? fs.readlinkSync(anchor) : current;
  if (!inside(openedName, realBoundary)) {
    fs.closeSync(fd);
    return { error: outsideMessage(target, openedName) };
  }
  return {
    entry: (name) => path.join(anchored ? anchor : current, name),
    plain: (error) => {
      const message = errorMessage(error);
      return anchored ? message.split(`${anchor}${path.sep}`).join(`${current}${path.sep}`) : message;
    },
    close: () => {
      fs.closeSync(fd);
    }
  };
}
function writeExclusive(file, contents) {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW;
  const fd = fs.openSync(file, flags, 420);
  try {
    fs.writeFileSync(fd, contents);
  } finally {
    fs.closeSync(fd);
  }
}
function lexicalProblem(target) {
  if (target.file.includes("\0")) {
    return `Input '${target.input}' contains a NUL byte; fix the '${target.input}' input.`;
  }
  const resolved = path.resolve(target.file);
  if (!inside(resolved, path.resolve(target.boundary)) || resolved === path.resolve(target.boundary)) {
    return `Input '${target.input}' (${quoteValue(target.file)}) is not a file inside the working directory '${target.boundary}'; point '${target.input}' at a file under working-directory.`;
  }
  return null;
}
function targetEntryProblem(target, entry) {
  const stat = lstatOrNull(entry);
  if (stat === null || stat.isFile()) return null;
  const what = stat.isSymbolicLink() ? "is a symbolic link (the report is never written through a link)" : stat.isDirectory() ? "is a directory" : "is not a regular file";
  return `Input '${target.input}' (${quoteValue(target.file)}) ${what}; remove it or point '${target.input}' at another file.`;
}
function componentsBelow(target) {
  const relative2 = path.relative(
    path.resolve(target.boundary),
    path.dirname(path.resolve(target.file))
  );
  return relative2 === "" ? [] : relative2.split(path.sep);
}
function outsideMessage(target, real) {
  return `Input '${target.input}' (${quoteValue(target.file)}) leads through a symbolic link to ${quoteValue(real)}, outside the working directory; point '${target.input}' at a file inside it.`;
}
function notDirectoryMessage(target, component) {
  return `Input '${target.input}' (${quoteValue(target.file)}) needs ${quoteValue(component)} to be a directory; point '${target.input}' at another path.`;
}
function cannotWrite(target, error) {
  const reason = quoteValue(errorMessage(error), 200).slice(1, -1);
  return `Cannot write '${target.input}' (${quoteValue(target.file)}): ${reason}; point '${target.input}' at a writable file inside the working directory.`;
}
function inside(file, root) {
  const relative2 = path.relative(root, file);
  if (path.isAbsolute(relative2)) return false;
  return relative2 !== ".." && !relative2.startsWith(`..${path.sep}`);
}
function lstatOrNull(file) {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

export {
  writeFileConfined
};
//# sourceMappingURL=chunk-NLOXILUB.js.map
