/**
 * schema/report.schema.json, compiled by ajv the way every test that checks a JSON report
 * against it does: draft 2020-12, strict, union types allowed, with the standard formats.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const REPORT_SCHEMA_FILE = fileURLToPath(
  new URL('../../schema/report.schema.json', import.meta.url)
)

/**
 * A validator of schema/report.schema.json. `allErrors: false` stops at the first error (for
 * tests that validate thousands of documents and only ask whether each is valid).
 */
export function reportSchemaValidator(options: { allErrors?: boolean } = {}): ValidateFunction {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as object
  const ajv = new Ajv2020({
    allErrors: options.allErrors ?? true,
    strict: true,
    allowUnionTypes: true
  })
  addFormats.default(ajv)
  return ajv.compile(schema)
}
