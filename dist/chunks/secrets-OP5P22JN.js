import {
  CREDENTIAL_VARIABLES,
  MASK,
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskResult,
  maskSecrets,
  secretsToMask
} from "./chunk-BAZBYVS3.js";
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
//# sourceMappingURL=secrets-OP5P22JN.js.map
