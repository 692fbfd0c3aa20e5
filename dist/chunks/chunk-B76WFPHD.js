import {
  runLog
} from "./chunk-VDW5VTIU.js";

// src/cli/cli-gate-options.ts
var CLI_SETTING_NAMES = { checklist: "--checklist", config: "--config" };
function cliPlanOptions(options) {
  return {
    checklistPath: options.checklistPath,
    configPath: options.configPath,
    configRequired: options.configRequired,
    root: options.root,
    settingNames: CLI_SETTING_NAMES
  };
}
function cliGateOptions(options, log) {
  return {
    ...cliPlanOptions(options),
    runValidations: options.runValidations,
    refuseCommands: null,
    concurrency: options.concurrency,
    progress: runLog(log, { showOutput: false })
  };
}

export {
  cliPlanOptions,
  cliGateOptions
};
//# sourceMappingURL=chunk-B76WFPHD.js.map
