import {
  checklistDirectory,
  gitHubEvidenceSource
} from "./chunk-YYQRXBO3.js";
import "./chunk-J2A4WOOE.js";
import "./chunk-4N5CHATA.js";
import "./chunk-3HMP3ZOU.js";
import "./chunk-E3FDQ5CP.js";
import "./chunk-QYYA3PPL.js";
import "./chunk-465ENI6P.js";
import {
  ConfigurationError
} from "./chunk-7JUYCF5G.js";
import "./chunk-QFQZKJEX.js";

// src/cli/github-evidence.ts
import { execFileSync } from "node:child_process";
function cliEvidenceOptions(options, env, log) {
  const target = options.github;
  if (target === null) return {};
  const token = (env.GITHUB_TOKEN ?? "").trim() || (env.GH_TOKEN ?? "").trim();
  if (token === "") {
    throw new ConfigurationError(
      "--repo asks GitHub, which needs a token: set GITHUB_TOKEN or GH_TOKEN (a token that can read the repository)."
    );
  }
  const apiUrl = (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com";
  const client = async () => {
    const { createOctokit } = await import("./client-GV4SI4NO.js");
    return createOctokit(token, apiUrl, {
      log: {
        warning: (message) => {
          log.warning(message);
        },
        debug: () => void 0
      }
    });
  };
  return {
    github: gitHubEvidenceSource(client, {
      owner: target.owner,
      repo: target.repo,
      sha: target.sha ?? headOf(options.root),
      pullRequest: target.pullRequest,
      serverUrl: (env.GITHUB_SERVER_URL ?? "").trim() || "https://github.com",
      workspace: options.root,
      checklistDir: checklistDirectory(options.root, options.checklistPath)
    })
  };
}
function headOf(root) {
  try {
    const sha = execFileSync("git", ["rev-parse", "--verify", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
export {
  cliEvidenceOptions
};
//# sourceMappingURL=github-evidence-4CYL3QNZ.js.map
