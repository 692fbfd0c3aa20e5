// renderContextFor: the one RenderContext builder the action and the CLI share.
import { expect, test } from '@jest/globals'
import * as path from 'node:path'
import { fileLineUrl, renderContextFor } from '../../src/report/render-context.js'

const workspace = path.resolve('/w/repo')

test('in GitHub Actions: repository, commit, run, server and workspace-relative paths', () => {
  const context = renderContextFor({
    checkName: 'Gate',
    workspace,
    root: path.join(workspace, 'app'),
    checklistPath: path.join(workspace, 'app', 'docs', 'LIST.md'),
    github: {
      owner: 'o',
      repo: 'r',
      sha: 'abc',
      ref: 'refs/heads/main',
      runUrl: 'https://ghe.example/o/r/actions/runs/1',
      serverUrl: 'https://ghe.example'
    }
  })
  expect(context).toEqual({
    checkName: 'Gate',
    runUrl: 'https://ghe.example/o/r/actions/runs/1',
    repository: 'o/r',
    sha: 'abc',
    ref: 'refs/heads/main',
    checklistPath: 'app/docs/LIST.md',
    validationRoot: 'app',
    workspace,
    serverUrl: 'https://ghe.example'
  })
  expect(fileLineUrl(context, 'app/src/a.ts', 3)).toBe(
    'https://ghe.example/o/r/blob/abc/app/src/a.ts#L3'
  )
})

test('keeps the pull request the run is for, so report-from can check it', () => {
  const location = {
    checkName: 'Gate',
    workspace,
    root: workspace,
    checklistPath: path.join(workspace, 'PRODUCTION_CHECKLIST.md')
  }
  const github = {
    owner: 'o',
    repo: 'r',
    sha: 'abc',
    ref: 'refs/pull/7/merge',
    runUrl: null,
    serverUrl: 'https://github.com'
  }
  expect(renderContextFor({ ...location, github: { ...github, pullRequest: 7 } })).toMatchObject({
    pullRequest: 7
  })
  expect(
    renderContextFor({ ...location, github: { ...github, pullRequest: null } })
  ).not.toHaveProperty('pullRequest')
})

test('outside GitHub (the CLI): no links, the project root is the workspace', () => {
  const context = renderContextFor({
    checkName: 'Readiness Gate',
    workspace,
    root: workspace,
    checklistPath: path.join(workspace, 'PRODUCTION_CHECKLIST.md'),
    github: null
  })
  expect(context).toMatchObject({
    repository: null,
    sha: null,
    runUrl: null,
    serverUrl: null,
    checklistPath: 'PRODUCTION_CHECKLIST.md',
    validationRoot: '.',
    workspace
  })
  expect(fileLineUrl(context, 'a.ts', 1)).toBeNull()
})
