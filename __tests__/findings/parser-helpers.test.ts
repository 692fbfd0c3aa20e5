import { cargoArguments, runsCargo, simpleCommands } from '../../src/findings/tool-for-command.js'
import { FindingList, oneLine, relativeToCwd } from '../../src/findings/parser-helpers.js'

describe('simpleCommands', () => {
  it('splits lines and operators, drops env assignments and wrappers, and removes quotes as bash does', () => {
    expect(simpleCommands('cargo clean && cargo build --release --all')).toEqual([
      ['cargo', 'clean'],
      ['cargo', 'build', '--release', '--all']
    ])
    expect(simpleCommands('cd clients/typescript\nRUST_LOG=1 time npm test # unit tests')).toEqual([
      ['cd', 'clients/typescript'],
      ['npm', 'test']
    ])
    expect(simpleCommands('echo "1. Code formatting..." ; cargo fmt -- --check | tee out')).toEqual(
      [
        ['echo', '1. Code formatting...'],
        ['cargo', 'fmt', '--', '--check'],
        ['tee', 'out']
      ]
    )
  })

  it('sees through process wrappers with options: env -i, timeout, nice -n, xargs', () => {
    expect(simpleCommands('env -i PATH=/bin cargo fmt -- --check')).toEqual([
      ['cargo', 'fmt', '--', '--check']
    ])
    expect(simpleCommands('timeout 60 nice -n 5 cargo test')).toEqual([['cargo', 'test']])
    expect(simpleCommands('git ls-files | xargs -0 rustfmt --check')).toEqual([
      ['git', 'ls-files'],
      ['rustfmt', '--check']
    ])
  })

  it('finds the cargo subcommand after toolchain overrides and global flags', () => {
    expect(cargoArguments(['cargo', '+nightly', '-q', 'clippy', '--fix'])).toEqual([
      'clippy',
      '--fix'
    ])
    expect(cargoArguments(['npm', 'test'])).toBeNull()
    expect(runsCargo('echo cargo test', ['test'])).toBe(false)
    expect(runsCargo('cargo test --all', ['test'])).toBe(true)
  })
})

describe('relativeToCwd', () => {
  it('makes absolute paths under the cwd relative, and leaves others as printed', () => {
    expect(relativeToCwd('/w/project/crates/cli/src/main.rs', '/w/project')).toBe(
      'crates/cli/src/main.rs'
    )
    expect(relativeToCwd('file:///w/project/test/a.test.ts', '/w/project')).toBe('test/a.test.ts')
    expect(relativeToCwd('/elsewhere/lib.rs', '/w/project')).toBe('/elsewhere/lib.rs')
    expect(relativeToCwd('/w/project/src/lib.rs', undefined)).toBe('/w/project/src/lib.rs')
    expect(relativeToCwd('src/lib.rs', '/w/project')).toBe('src/lib.rs')
  })
})

describe('FindingList', () => {
  it('keeps up to its limit and counts the rest', () => {
    const list = new FindingList(2)
    for (let index = 0; index < 5; index++) list.add({ severity: 'error', message: `m${index}` })
    expect(list.findings.map((finding) => finding.message)).toEqual(['m0', 'm1'])
    expect(list.droppedCount).toBe(3)
    expect(list.size).toBe(5)
  })
})

describe('oneLine', () => {
  it('flattens whitespace and cuts at the limit with an ellipsis', () => {
    expect(oneLine('  a\n\tb   c ')).toBe('a b c')
    expect(oneLine('x'.repeat(400))).toBe(`${'x'.repeat(299)}…`)
  })

  it('reads only a window of a 5 MB value: text past a huge gap is marked, not scanned', () => {
    expect(oneLine(`a${' '.repeat(5_000_000)}b`)).toBe('a…')
    expect(oneLine(' '.repeat(5_000_000))).toBe('')
    expect(oneLine(`${' '.repeat(5_000_000)}tail`)).toBe('tail')
  })
})
