import {
  CREDENTIAL_VARIABLES,
  MASK,
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskResult,
  maskSecrets,
  secretsToMask
} from "./chunk-ORXC7P2J.js";
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
//# sourceMappingURL=secrets-LZ42ZHSD.js.map
