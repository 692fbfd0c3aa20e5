import {
  formatBytes
} from "./chunk-4N5CHATA.js";
import {
  formatDuration
} from "./chunk-3HMP3ZOU.js";
import {
  trimTrailing
} from "./chunk-IW7HABXN.js";

// src/github/api-origin.ts
function outsideApi(url, base) {
  const api = new URL(base);
  const basePath = trimTrailing(api.pathname, "/");
  if (url.origin !== api.origin) return url.origin;
  return basePath === "" || url.pathname.startsWith(`${basePath}/`) ? null : url.href;
}

// src/github/bounded-fetch.ts
var ApiTimeoutError = class extends Error {
  name = "ApiTimeoutError";
};
var UnusableAnswerError = class extends Error {
  name = "UnusableAnswerError";
};
var ApiResponseTooLargeError = class extends UnusableAnswerError {
  name = "ApiResponseTooLargeError";
};
var RedirectedOutsideApiError = class extends UnusableAnswerError {
  name = "RedirectedOutsideApiError";
};
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
function boundedFetch(underlying, bounds) {
  return async (input, init = {}) => {
    const callerSignal = init.signal ?? void 0;
    const timeout = new AbortController();
    const timer = setTimeout(() => {
      timeout.abort();
    }, bounds.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    try {
      const response = await underlying(input, { ...init, signal });
      refuseRedirectOutside(response, bounds.apiBase);
      const body = await readBody(response, bounds.maxResponseBytes);
      return rebuilt(response, body);
    } catch (error) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      if (timeout.signal.aborted) {
        throw new ApiTimeoutError(`no complete answer within ${formatDuration(bounds.timeoutMs)}`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
function refuseRedirectOutside(response, apiBase) {
  if (!response.redirected || response.url === "") return;
  const outside = outsideApi(new URL(response.url), apiBase);
  if (outside === null) return;
  void response.body?.cancel().catch(() => void 0);
  throw new RedirectedOutsideApiError(
    `the API redirected the request to ${outside}, outside the API at ${apiBase}; that answer was left unread (and the token is not sent there)`
  );
}
async function readBody(response, limit) {
  const body = response.body;
  if (body === null) return null;
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await body.cancel().catch(() => void 0);
    throw tooLarge(limit, `${declared} bytes announced`);
  }
  const chunks = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    if (bytes > limit) throw tooLarge(limit, "more than that received");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function tooLarge(limit, detail) {
  return new ApiResponseTooLargeError(
    `the API's answer was larger than ${formatBytes(limit)} (${detail}) and was left unread`
  );
}
function rebuilt(original, body) {
  const response = new Response(NULL_BODY_STATUSES.has(original.status) ? null : body, {
    status: original.status,
    statusText: original.statusText,
    headers: new Headers(original.headers)
  });
  Object.defineProperty(response, "url", { value: original.url });
  return response;
}
function abortError(signal) {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const error = new Error(reason instanceof Error ? reason.message : "The operation was aborted");
  error.name = "AbortError";
  return error;
}

export {
  UnusableAnswerError,
  boundedFetch
};
//# sourceMappingURL=chunk-FIKNLE5T.js.map
