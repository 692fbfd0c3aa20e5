// Regenerates the README's inputs and outputs tables from action.yml (between the
// <!-- inputs:start/end --> and <!-- outputs:start/end --> markers). `--check` fails instead of
// writing when the README is out of date, so the tables never drift from action.yml.
import { readFileSync, writeFileSync } from 'node:fs'
import yaml from 'js-yaml'

const action = yaml.load(readFileSync('action.yml', 'utf8'))
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

const inputs = [
  '| Input | Default | Description |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`
  )
].join('\n')
const outputs = [
  '| Output | Description |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
].join('\n')

const replaceBlock = (text, name, body) => {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${name}:start/end --> markers`)
  return text.replace(pattern, `$1\n${body}\n$2`)
}

const readme = readFileSync('README.md', 'utf8')
const updated = replaceBlock(replaceBlock(readme, 'inputs', inputs), 'outputs', outputs)
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md inputs/outputs tables are out of date: run `npm run docs`')
    process.exit(1)
  }
} else {
  writeFileSync('README.md', updated)
}
