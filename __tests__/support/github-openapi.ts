/**
 * The slice of GitHub's REST description the local server speaks
 * (__tests__/fixtures/github/openapi-subset.json, made by scripts/extract-github-fixtures.mjs):
 * route matching and request validation with ajv, after turning GitHub's OpenAPI 3.0 schemas into
 * the JSON Schema ajv understands.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = Record<string, Json>

export interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonObject
  'x-multi-segment'?: boolean
}

export interface OpenApiOperation {
  operationId: string
  method: string
  path: string
  documentationUrl: string | null
  parameters: OpenApiParameter[]
  requestBody: { required: boolean; schema: JsonObject | null } | null
  responses: Record<string, { description: string; schema: JsonObject | null }>
}

export interface OpenApiSubset {
  source: { package: string; version: string; openapi: string; apiVersion: string }
  operations: Record<string, OpenApiOperation>
}

export const SUBSET_PATH = new URL('../fixtures/github/openapi-subset.json', import.meta.url)

export function loadSubset(): OpenApiSubset {
  return JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as OpenApiSubset
}

/** OpenAPI-only keywords that constrain nothing JSON Schema can check. */
const OPENAPI_ONLY_KEYWORDS = new Set([
  'discriminator',
  'deprecated',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'readOnly',
  'writeOnly'
])

interface ConversionOptions {
  /**
   * Reject fields a request body schema does not declare. GitHub silently ignores them, which is
   * exactly how a misspelt field (`annotation` for `annotations`) ships unnoticed.
   */
  forbidUnknownFields: boolean
}

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable: true` becomes a `null` alternative (also inside
 * `enum`, where GitHub writes nullable enums such as a check run's `conclusion`), `oneOf` becomes
 * `anyOf` (GitHub's alternatives overlap, e.g. private-user/public-user, so "exactly one" would
 * reject GitHub's own answers), and documentation-only keywords and `x-*` extensions go.
 */
export function toJsonSchema(schema: Json, options: ConversionOptions): Json {
  return convert(schema, options, false)
}

function convert(node: Json, options: ConversionOptions, isPropertyMap: boolean): Json {
  if (Array.isArray(node)) return node.map((item) => convert(item, options, false))
  if (node === null || typeof node !== 'object') return node
  const result: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (isPropertyMap) {
      result[key] = convert(value, options, false)
      continue
    }
    if (OPENAPI_ONLY_KEYWORDS.has(key) || key.startsWith('x-') || key === 'nullable') continue
    const target = key === 'oneOf' ? 'anyOf' : key
    result[target] = convert(value, options, key === 'properties')
  }
  if (isPropertyMap) return result
  const declaresFields = typeof result.properties === 'object' && result.properties !== null
  if (options.forbidUnknownFields && declaresFields && !('additionalProperties' in result)) {
    result.additionalProperties = false
  }
  return node.nullable === true ? allowNull(result) : result
}

function allowNull(schema: JsonObject): JsonObject {
  if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null]
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] }
  if (Array.isArray(schema.type)) return { ...schema, type: [...schema.type, 'null'] }
  return { anyOf: [{ type: 'null' }, schema] }
}

export interface RouteMatch {
  operation: OpenApiOperation
  pathParams: Record<string, string>
}

export interface ValidationProblem {
  where: 'path' | 'query' | 'body'
  message: string
}

interface CompiledOperation {
  operation: OpenApiOperation
  pattern: RegExp
  paramNames: string[]
  validatePath: ValidateFunction
  validateQuery: ValidateFunction
  validateBody: ValidateFunction | null
  validateResponse: Map<string, ValidateFunction>
}

/** Every operation of the subset, compiled once: routes plus ajv validators. */
export class OperationCatalog {
  private readonly compiled: CompiledOperation[]

  constructor(readonly subset: OpenApiSubset = loadSubset()) {
    // Path and query parameters arrive as strings: coerce them to the declared types, as GitHub
    // does. JSON bodies are validated as sent: GitHub rejects "5" where it expects 5.
    const parameterAjv = addFormats(new Ajv({ allErrors: true, coerceTypes: true, strict: true }))
    const bodyAjv = addFormats(
      new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false })
    )
    this.compiled = Object.values(subset.operations).map((operation) =>
      compileOperation(operation, parameterAjv, bodyAjv)
    )
  }

  match(method: string, pathname: string): RouteMatch | null {
    for (const entry of this.compiled) {
      if (entry.operation.method !== method) continue
      const found = entry.pattern.exec(pathname)
      if (!found) continue
      const pathParams: Record<string, string> = {}
      entry.paramNames.forEach((name, index) => {
        pathParams[name] = decodeURIComponent(found[index + 1] ?? '')
      })
      return { operation: entry.operation, pathParams }
    }
    return null
  }

  /** Validates (and coerces, in place) one request; an empty list means GitHub would accept it. */
  validateRequest(
    operationId: string,
    pathParams: Record<string, unknown>,
    query: Record<string, unknown>,
    body: unknown
  ): ValidationProblem[] {
    const entry = this.entry(operationId)
    const problems: ValidationProblem[] = []
    if (!entry.validatePath(pathParams))
      problems.push(...describe('path', entry.validatePath.errors))
    if (!entry.validateQuery(query)) problems.push(...describe('query', entry.validateQuery.errors))
    const bodySpec = entry.operation.requestBody
    if (body === undefined) {
      if (bodySpec?.required) problems.push({ where: 'body', message: 'a JSON body is required' })
    } else if (entry.validateBody && !entry.validateBody(body)) {
      problems.push(...describe('body', entry.validateBody.errors))
    } else if (!bodySpec) {
      problems.push({ where: 'body', message: 'this operation takes no body' })
    }
    return problems
  }

  has(operationId: string): boolean {
    return this.compiled.some((candidate) => candidate.operation.operationId === operationId)
  }

  /** Checks one of the server's own answers against GitHub's response schema. */
  validateResponse(operationId: string, status: number, body: unknown): ValidationProblem[] {
    const validate = this.entry(operationId).validateResponse.get(String(status))
    if (!validate) return []
    return validate(body) ? [] : describe('body', validate.errors)
  }

  private entry(operationId: string): CompiledOperation {
    const entry = this.compiled.find((candidate) => candidate.operation.operationId === operationId)
    if (!entry) throw new Error(`Operation ${operationId} is not in the OpenAPI subset`)
    return entry
  }
}

function compileOperation(
  operation: OpenApiOperation,
  parameterAjv: Ajv,
  bodyAjv: Ajv
): CompiledOperation {
  const paramNames: string[] = []
  const multiSegment = new Set(
    operation.parameters.filter((p) => p['x-multi-segment'] === true).map((p) => p.name)
  )
  const source = operation.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      paramNames.push(name)
      return multiSegment.has(name) ? '(.+)' : '([^/]+)'
    })
  const lenient = { forbidUnknownFields: false }
  const responseValidators = new Map<string, ValidateFunction>()
  for (const [status, response] of Object.entries(operation.responses)) {
    if (response.schema) {
      responseValidators.set(
        status,
        bodyAjv.compile(toJsonSchema(response.schema, lenient) as object)
      )
    }
  }
  const bodySchema = operation.requestBody?.schema
  return {
    operation,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    validatePath: parameterAjv.compile(parametersSchema(operation, 'path')),
    validateQuery: parameterAjv.compile(parametersSchema(operation, 'query')),
    validateBody: bodySchema
      ? bodyAjv.compile(toJsonSchema(bodySchema, { forbidUnknownFields: true }) as object)
      : null,
    validateResponse: responseValidators
  }
}

/** One object schema for all parameters of a kind; parameters GitHub does not define are refused. */
function parametersSchema(operation: OpenApiOperation, location: 'path' | 'query'): object {
  const parameters = operation.parameters.filter((parameter) => parameter.in === location)
  const properties: JsonObject = {}
  for (const parameter of parameters) {
    properties[parameter.name] = toJsonSchema(parameter.schema, { forbidUnknownFields: false })
  }
  return {
    type: 'object',
    properties,
    required: parameters.filter((p) => p.required === true).map((p) => p.name),
    additionalProperties: false
  }
}

function describe(
  where: ValidationProblem['where'],
  errors: ErrorObject[] | null | undefined
): ValidationProblem[] {
  return (errors ?? []).map((error) => {
    const field = error.instancePath === '' ? where : `${where}${error.instancePath}`
    const extra =
      error.keyword === 'additionalProperties'
        ? ` ('${String((error.params as { additionalProperty?: string }).additionalProperty)}')`
        : error.keyword === 'enum'
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : ''
    return { where, message: `${field} ${error.message ?? 'is invalid'}${extra}` }
  })
}
