import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { Logger } from '../log/logger.js'
import type { Assessment } from '../readiness/model.js'
import type { ProjectOptions } from './args.js'

/** The --json and --markdown files, from the render context the action builds the same way. */
export async function writeReports(
  options: Pick<ProjectOptions, 'root' | 'checklistPath' | 'jsonPath' | 'markdownPath'>,
  assessment: Assessment,
  log: Logger
): Promise<void> {
  if (options.jsonPath === null && options.markdownPath === null) return
  const [
    { buildJsonReport, writeJsonReport },
    { renderReport },
    { renderContextFor },
    { maskForSurfaces, secretsToMask }
  ] = await Promise.all([
    import('../report/json.js'),
    import('../report/render.js'),
    import('../report/render-context.js'),
    import('../report/secrets.js')
  ])
  // Tokens in the developer's environment (GH_TOKEN, GITHUB_TOKEN) are masked in the reports.
  const secrets = secretsToMask(process.env, '')
  const context = maskForSurfaces(
    renderContextFor({
      checkName: 'Readiness Gate',
      workspace: options.root,
      root: options.root,
      checklistPath: options.checklistPath,
      github: null
    }),
    secrets
  )
  const masked = maskForSurfaces(assessment, secrets)
  if (options.jsonPath !== null) {
    writeJsonReport(options.jsonPath, buildJsonReport(masked, context), '--json')
    log.info(`JSON report written to ${options.jsonPath}`)
  }
  if (options.markdownPath !== null) {
    const markdown = renderReport(masked, context, {
      checkRun: false,
      commitStatus: false,
      comment: false,
      jobSummary: true
    }).jobSummary
    writeReportFile(options.markdownPath, markdown, '--markdown')
    log.info(`Markdown report written to ${options.markdownPath}`)
  }
}

function writeReportFile(file: string, text: string, flag: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the report to '${file}' (${errorMessage(error)}); set ${flag} to a writable file path.`
    )
  }
}
