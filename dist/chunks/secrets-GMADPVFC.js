import {
  CREDENTIAL_VARIABLES,
  MASK,
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskResult,
  maskSecrets,
  secretsToMask
} from "./chunk-WFXTJZ4K.js";
import "./chunk-XCBH6NLF.js";
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
