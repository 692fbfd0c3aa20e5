#!/usr/bin/env node
// Regenerates the GitHub fixtures the adapter tests run against, from packages GitHub and Octokit
// publish (no network):
//   __tests__/fixtures/github/openapi-subset.json   the REST operations Readiness Gate calls, with
//       their parameters, request bodies and success responses, every $ref resolved so the
//       subset is self-contained (the local test server validates requests against it);
//   __tests__/fixtures/github/events/*.json         real webhook payloads, saved unmodified.
// Run: node scripts/extract-github-fixtures.mjs
import { createRequire } from 'node:module'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, '__tests__', 'fixtures', 'github')

/** The operations the adapters use (pulls/get and apps/get-authenticated for completeness). */
const OPERATION_IDS = [
  'checks/create',
  'checks/update',
  'repos/create-commit-status',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'users/get-authenticated',
  'pulls/get',
  'apps/get-authenticated',
  // Evidence from GitHub (issue 13): reviews for approvals, check runs by name on the head.
  'pulls/list-reviews',
  'checks/list-for-ref',
  // The base checklist when the checkout's history lacks the base commit (compare/).
  'repos/get-content'
]

/** Keys that document rather than constrain: dropped to keep the subset small and readable. */
const DOCUMENTATION_KEYS = new Set(['examples', 'example', 'externalDocs'])

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

function packageVersion(name) {
  return readJson(require.resolve(`${name}/package.json`)).version
}

/** Follows a local JSON pointer ("#/components/schemas/x") inside the description. */
function resolvePointer(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`Unresolvable $ref ${ref}`)
      return node[key]
    }, document)
}

/**
 * Inlines every $ref. A reference back into a schema that is still being inlined (a cycle) is
 * kept as a $ref into the subset's own `components.schemas`, so the result stays finite and
 * self-contained.
 */
function dereference(document, node, recursionGuard, cyclicSchemas, isPropertyMap = false) {
  if (Array.isArray(node))
    return node.map((item) => dereference(document, item, recursionGuard, cyclicSchemas))
  if (node === null || typeof node !== 'object') return node
  if (typeof node.$ref === 'string') {
    const ref = node.$ref
    if (recursionGuard.has(ref)) {
      const name = ref.split('/').pop()
      cyclicSchemas.set(name, ref)
      return { $ref: `#/components/schemas/${name}` }
    }
    recursionGuard.add(ref)
    const resolved = dereference(
      document,
      resolvePointer(document, ref),
      recursionGuard,
      cyclicSchemas
    )
    recursionGuard.delete(ref)
    return resolved
  }
  const result = {}
  for (const [key, value] of Object.entries(node)) {
    // Under `properties` the keys are field names (a field may well be called "examples").
    if (!isPropertyMap && DOCUMENTATION_KEYS.has(key)) continue
    result[key] = dereference(
      document,
      value,
      recursionGuard,
      cyclicSchemas,
      key === 'properties' && !isPropertyMap
    )
  }
  return result
}

function findOperation(document, operationId) {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation && operation.operationId === operationId) return { path, method, operation }
    }
  }
  throw new Error(`Operation ${operationId} is not in the OpenAPI description`)
}

function extractOperation(document, operationId, cyclicSchemas) {
  const { path, method, operation } = findOperation(document, operationId)
  const deref = (node) => dereference(document, node, new Set(), cyclicSchemas)
  const requestBody = operation.requestBody ? deref(operation.requestBody) : null
  const responses = {}
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith('2')) continue
    const resolved = deref(response)
    responses[status] = {
      description: resolved.description,
      schema: resolved.content?.['application/json']?.schema ?? null
    }
  }
  return {
    operationId,
    method: method.toUpperCase(),
    path,
    summary: operation.summary,
    documentationUrl: operation.externalDocs?.url ?? null,
    parameters: (operation.parameters ?? []).map(deref),
    requestBody: requestBody
      ? {
          required: requestBody.required === true,
          schema: requestBody.content?.['application/json']?.schema ?? null
        }
      : null,
    responses
  }
}

function extractOpenApiSubset() {
  const descriptionPath = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const document = readJson(descriptionPath)
  const cyclicSchemas = new Map()
  const operations = {}
  for (const operationId of OPERATION_IDS) {
    operations[operationId] = extractOperation(document, operationId, cyclicSchemas)
  }
  const schemas = {}
  for (const [name, ref] of cyclicSchemas) {
    schemas[name] = dereference(
      document,
      resolvePointer(document, ref),
      new Set([ref]),
      cyclicSchemas
    )
  }
  return {
    source: {
      package: '@octokit/openapi',
      version: packageVersion('@octokit/openapi'),
      file: 'generated/api.github.com.json',
      openapi: document.openapi,
      apiVersion: document.info.version
    },
    operations,
    components: { schemas }
  }
}

/** Which webhook examples to keep: the first example of each event that matches. */
const EVENT_FIXTURES = [
  { file: 'pull_request.opened.json', event: 'pull_request', match: (p) => p.action === 'opened' },
  {
    file: 'pull_request.synchronize.json',
    event: 'pull_request',
    match: (p) => p.action === 'synchronize'
  },
  { file: 'release.published.json', event: 'release', match: (p) => p.action === 'published' },
  {
    file: 'push.tag.json',
    event: 'push',
    match: (p) => p.ref.startsWith('refs/tags/') && !p.deleted
  },
  {
    file: 'push.branch.json',
    event: 'push',
    match: (p) => p.ref.startsWith('refs/heads/') && !p.deleted
  },
  { file: 'workflow_dispatch.json', event: 'workflow_dispatch', match: () => true },
  {
    file: 'workflow_run.completed.json',
    event: 'workflow_run',
    match: (p) => p.action === 'completed'
  },
  {
    file: 'issue_comment.created.json',
    event: 'issue_comment',
    match: (p) => p.action === 'created'
  }
]

function extractEvents() {
  const examples = readJson(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'))
  const written = []
  for (const fixture of EVENT_FIXTURES) {
    const payload = examples.find((e) => e.name === fixture.event)?.examples.find(fixture.match)
    if (!payload) {
      console.warn(`No ${fixture.event} example matches ${fixture.file}; skipped`)
      continue
    }
    writeFileSync(join(outDir, 'events', fixture.file), JSON.stringify(payload, null, 2) + '\n')
    written.push(fixture.file)
  }
  const provenance = {
    package: '@octokit/webhooks-examples',
    version: packageVersion('@octokit/webhooks-examples'),
    files: written
  }
  writeFileSync(join(outDir, 'events', 'SOURCE.json'), JSON.stringify(provenance, null, 2) + '\n')
  return written
}

mkdirSync(join(outDir, 'events'), { recursive: true })
const subset = extractOpenApiSubset()
writeFileSync(join(outDir, 'openapi-subset.json'), JSON.stringify(subset, null, 1) + '\n')
const events = extractEvents()
console.log(
  `openapi-subset.json: ${Object.keys(subset.operations).length} operations from ` +
    `${subset.source.package}@${subset.source.version}; events: ${events.join(', ')}`
)
