// src/run/credentials.ts
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
var WITHHELD_NAMES = /^(?:INPUT_.*|ACTIONS_RUNTIME_(?:TOKEN|URL)|ACTIONS_ID_TOKEN_REQUEST_(?:TOKEN|URL)|ACTIONS_(?:CACHE|RESULTS)_URL)$/i;
var SHORTEST_SECRET = 8;
var registry = { values: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
var CREDENTIAL_NAMES = /^(?:INPUT_GITHUB-TOKEN|INPUT_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)$/i;
function credentialValues(env = process.env) {
  const values = Object.entries(env).filter(([name, value]) => CREDENTIAL_NAMES.test(name) && value).map(([, value]) => value);
  return [...new Set(values)];
}
function holdsCredential(name, value, secrets) {
  if (CREDENTIAL_NAMES.test(name)) return true;
  return secrets.some((secret) => secret.length >= SHORTEST_SECRET && value.includes(secret));
}
function isWithheld(name, value, secrets) {
  return WITHHELD_NAMES.test(name) || registry.names.has(name) || holdsCredential(name, value, secrets);
}
function inheritableEnvironment(env = process.env) {
  const secrets = [...registry.values, ...credentialValues(env)];
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0 && !isWithheld(name, value, secrets)) out[name] = value;
  }
  return out;
}
function protectSecrets(values, platform = process.platform) {
  const all = [.../* @__PURE__ */ new Set([...values, ...credentialValues()])].filter((value) => value !== "");
  for (const value of all) registry.values.add(value);
  const secrets = [...registry.values];
  const environFile = "/proc/self/environ";
  if (platform !== "linux")
    return { values: all, environ: `unsupported on ${platform}`, scrubbed: [] };
  let block;
  try {
    block = readFileSync(environFile);
  } catch (error) {
    return { values: all, environ: `not scrubbed: ${reason(error)}`, scrubbed: [] };
  }
  const targets = environTargets(block, secrets);
  for (const target of targets) registry.names.add(target.name);
  if (targets.length === 0) return { values: all, environ: "nothing to scrub", scrubbed: [] };
  const problem = overwriteEnviron(targets);
  return {
    values: all,
    environ: problem === null ? "scrubbed" : `not scrubbed: ${problem}`,
    scrubbed: targets.map((target) => target.name)
  };
}
function environTargets(block, secrets) {
  const targets = [];
  let start = 0;
  while (start < block.length) {
    let end = block.indexOf(0, start);
    if (end === -1) end = block.length;
    const equals = block.indexOf(61, start);
    if (equals !== -1 && equals < end) {
      const name = block.toString("utf8", start, equals);
      const value = block.toString("utf8", equals + 1, end);
      if (value !== "" && holdsCredential(name, value, secrets)) {
        targets.push({ name, offset: equals + 1, length: end - equals - 1 });
      }
    }
    start = end + 1;
  }
  return targets;
}
function overwriteEnviron(targets) {
  let envStart;
  try {
    envStart = environStart(readFileSync("/proc/self/stat", "utf8"));
  } catch (error) {
    return reason(error);
  }
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
  } catch (error) {
    return reason(error);
  }
  try {
    for (const target of targets) {
      writeSync(fd, Buffer.alloc(target.length), 0, target.length, envStart + target.offset);
    }
    return null;
  } catch (error) {
    return reason(error);
  } finally {
    closeSync(fd);
  }
}
function environStart(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const value = Number(fields[50 - 3]);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error("/proc/self/stat has no env_start (Linux before 3.5)");
  }
  return value;
}
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  inheritableEnvironment,
  protectSecrets
};
//# sourceMappingURL=chunk-QBCSDAIM.js.map
