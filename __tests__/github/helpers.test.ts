// The pure pieces of the adapters: markers, batching, descriptions, failure wording, and the job
// summary file.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotationBatches } from '../../src/github/checks.js'
import {
  checkNameSlug,
  commentMarker,
  isOwnStickyComment,
  planStickyComment,
  stickyCommentBody,
  type CommentAuthor
} from '../../src/github/comment.js'
import { failedSurface, isNotAccessibleByIntegration } from '../../src/github/publish-failures.js'
import { statusDescription } from '../../src/github/commit-status.js'
import { writeJobSummary } from '../../src/github/job-summary.js'
import { scratchDirectory } from '../support/temporary.js'
import type { GitHubContext } from '../../src/github/context.js'

const scratch = scratchDirectory('rg-helpers-')

const CTX: GitHubContext = {
  owner: 'o',
  repo: 'r',
  eventName: 'pull_request',
  sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  pullRequest: 7,
  fromFork: false,
  ref: 'refs/pull/7/merge',
  runUrl: null,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com'
}

const BOT: CommentAuthor = { login: 'github-actions[bot]', isBot: true, source: 'default bot' }

describe('sticky comment marker', () => {
  it('slugs the check name into a hidden first line', () => {
    expect(checkNameSlug('Readiness Gate')).toBe('readiness-gate')
    expect(checkNameSlug('  Prod / Readiness: v2!! ')).toBe('prod-readiness-v2')
    expect(checkNameSlug('🚀')).toBe('default')
    expect(commentMarker('Readiness Gate')).toBe('<!-- readiness-gate:readiness-gate -->')
  })

  it('keeps the body within 65,536 characters, marker first', () => {
    const body = stickyCommentBody('Readiness Gate', '😀'.repeat(70_000))
    expect(Array.from(body)).toHaveLength(65_536)
    expect(body.startsWith('<!-- readiness-gate:readiness-gate -->\n')).toBe(true)
  })

  it('recognises only comments by the same author, bot type included, with the marker on line one', () => {
    const marker = commentMarker('Readiness Gate')
    const comment = (login: string, type: string, body: string) => ({
      id: 1,
      body,
      user: { login, type },
      created_at: '2024-01-01T00:00:00Z'
    })
    expect(
      isOwnStickyComment(comment('github-actions[bot]', 'Bot', `${marker}\r\nx`), marker, BOT)
    ).toBe(true)
    expect(
      isOwnStickyComment(comment('github-actions[bot]', 'User', `${marker}\nx`), marker, BOT)
    ).toBe(false)
    expect(isOwnStickyComment(comment('mallory', 'User', `${marker}\nx`), marker, BOT)).toBe(false)
    expect(
      isOwnStickyComment(comment('github-actions[bot]', 'Bot', `x\n${marker}`), marker, BOT)
    ).toBe(false)
    expect(isOwnStickyComment({ ...comment('a', 'Bot', marker), user: null }, marker, BOT)).toBe(
      false
    )
    const other = commentMarker('Other check')
    expect(
      isOwnStickyComment(comment('github-actions[bot]', 'Bot', `${other}\nx`), marker, BOT)
    ).toBe(false)
  })

  it('keeps the oldest (by time, then id) and marks the rest as duplicates', () => {
    const marker = commentMarker('Readiness Gate')
    const ours = (id: number, at: string) => ({
      id,
      body: marker,
      user: { login: BOT.login, type: 'Bot' },
      created_at: at
    })
    const plan = planStickyComment(
      [
        ours(30, '2024-01-02T00:00:00Z'),
        ours(20, '2024-01-01T00:00:00Z'),
        ours(10, '2024-01-02T00:00:00Z')
      ],
      marker,
      BOT
    )
    expect(plan.keep?.id).toBe(20)
    expect(plan.duplicates.map((c) => c.id)).toEqual([10, 30])
    expect(planStickyComment([], marker, BOT)).toEqual({ keep: null, duplicates: [] })
  })
})

describe('annotation batches', () => {
  it('splits into batches of at most 50 and always yields one batch', () => {
    const annotation = {
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice' as const,
      message: 'm'
    }
    expect(annotationBatches([])).toEqual([[]])
    expect(
      annotationBatches(Array.from({ length: 101 }, () => annotation)).map((b) => b.length)
    ).toEqual([50, 50, 1])
  })
})

describe('status description', () => {
  it('is one line of at most 140 characters', () => {
    expect(statusDescription('Not ready:\n  3 blockers')).toBe('Not ready: 3 blockers')
    const cut = statusDescription('é'.repeat(200))
    expect(Array.from(cut)).toHaveLength(140)
    expect(cut.endsWith('…')).toBe(true)
  })
})

describe('failure wording', () => {
  const httpError = (status: number, message: string, errors?: unknown[]) =>
    Object.assign(new Error(message), { status, response: { data: { message, errors } } })

  it('names the permission for each surface', () => {
    const denied = httpError(403, 'Resource not accessible by integration')
    expect(failedSurface('check-run', denied, CTX).missingPermission).toBe('checks: write')
    expect(failedSurface('commit-status', denied, CTX).missingPermission).toBe('statuses: write')
    expect(failedSurface('comment', denied, CTX).warning).toMatch(
      /"pull-requests: write" \(or "issues: write"\)/
    )
  })

  it('has one detector for "not accessible by integration", for the surfaces and the comment author', () => {
    const denied = 'Resource not accessible by integration'
    expect(isNotAccessibleByIntegration(httpError(403, denied))).toBe(true)
    // An error without GitHub's answer body: its message is read instead.
    expect(isNotAccessibleByIntegration(Object.assign(new Error(denied), { status: 403 }))).toBe(
      true
    )
    expect(isNotAccessibleByIntegration(httpError(404, denied))).toBe(false)
    expect(isNotAccessibleByIntegration(httpError(403, 'Must have admin rights'))).toBe(false)
    expect(isNotAccessibleByIntegration(new Error(denied))).toBe(false)
  })

  it('explains bad credentials, rate limits, field errors and unexpected errors in one line', () => {
    expect(failedSurface('comment', httpError(401, 'Bad credentials'), CTX).warning).toBe(
      'Could not publish the pull request comment: GitHub rejected the token (401: Bad credentials); check the github-token input'
    )
    expect(
      failedSurface('check-run', httpError(403, 'API rate limit exceeded for installation'), CTX)
        .warning
    ).toMatch(/rate limit still applied after retrying/)
    const invalid = httpError(422, 'Validation Failed', [
      { resource: 'Status', field: 'description', message: 'description is too long' }
    ])
    expect(failedSurface('commit-status', invalid, CTX).warning).toBe(
      'Could not publish the commit status: GitHub rejected the request (422: Validation Failed; description is too long)'
    )
    expect(failedSurface('check-run', httpError(404, 'Not Found'), CTX).warning).toMatch(
      /o\/r or commit ec26c3e57ca3 was not found/
    )
    expect(failedSurface('check-run', new TypeError('x is not a function'), CTX).warning).toBe(
      'Could not publish the check run: unexpected error: x is not a function'
    )
    expect(failedSurface('comment', httpError(418, 'teapot\nsecond line'), CTX).warning).toBe(
      'Could not publish the pull request comment: GitHub answered 418: teapot second line'
    )
  })
})

describe('job summary', () => {
  it('warns instead of throwing when there is no summary file, and appends when there is', async () => {
    const saved = process.env.GITHUB_STEP_SUMMARY
    try {
      delete process.env.GITHUB_STEP_SUMMARY
      const missing = await writeJobSummary('# Report')
      expect(missing).toMatchObject({ name: 'job-summary', ok: false })
      expect(missing.warning).toMatch(/^Could not write the job summary: .*GITHUB_STEP_SUMMARY/)
      const file = join(scratch.dir, 'summary.md')
      writeFileSync(file, 'earlier step\n')
      process.env.GITHUB_STEP_SUMMARY = file
      expect(await writeJobSummary('# Report\n\nNot ready')).toEqual({
        name: 'job-summary',
        ok: true
      })
      expect(readFileSync(file, 'utf8')).toBe('earlier step\n# Report\n\nNot ready\n')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
      else process.env.GITHUB_STEP_SUMMARY = saved
    }
  })
})
