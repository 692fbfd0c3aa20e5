// src/duration.ts
function formatDuration(ms) {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "\u2014";
  const wholeMs = Math.round(ms);
  if (wholeMs < 1e3) return `${wholeMs}ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1e3);
  const parts = [
    [Math.floor(seconds / 3600), "h"],
    [Math.floor(seconds % 3600 / 60), "m"],
    [seconds % 60, "s"]
  ];
  while (parts[0][0] === 0) parts.shift();
  while (parts.at(-1)[0] === 0) parts.pop();
  return parts.map(([count, unit]) => `${count}${unit}`).join("");
}

export {
  formatDuration
};
//# sourceMappingURL=chunk-3HMP3ZOU.js.map
