import {
  MAX_RESPONSE_BYTES,
  MAX_WAIT_ENV,
  REQUEST_TIMEOUT_ENV,
  REQUEST_TIMEOUT_MS,
  callOptions,
  createOctokit,
  maxWaitFromEnvironment,
  msFromEnvironment
} from "./chunk-LI3Y3ANQ.js";
import "./chunk-J2A4WOOE.js";
import "./chunk-4N5CHATA.js";
import "./chunk-MYRXCNTJ.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-465ENI6P.js";
import "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";
export {
  MAX_RESPONSE_BYTES,
  MAX_WAIT_ENV,
  REQUEST_TIMEOUT_ENV,
  REQUEST_TIMEOUT_MS,
  callOptions,
  createOctokit,
  maxWaitFromEnvironment,
  msFromEnvironment
};
//# sourceMappingURL=client-GV4SI4NO.js.map
