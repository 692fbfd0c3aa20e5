import {
  CREDENTIAL_VARIABLES,
  MASK,
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskResult,
  maskSecrets,
  secretsToMask
} from "./chunk-EOIRXPSJ.js";
import "./chunk-QFQZKJEX.js";
export {
  CREDENTIAL_VARIABLES,
  MASK,
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskResult,
  maskSecrets,
  secretsToMask
};
//# sourceMappingURL=secrets-5R3OGLW4.js.map
