// src/compare/refs.ts
var SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@^~+-]{1,255}$/;
function isSafeRef(ref) {
  return SAFE_REF.test(ref);
}

export {
  isSafeRef
};
//# sourceMappingURL=chunk-44NVDPLG.js.map
