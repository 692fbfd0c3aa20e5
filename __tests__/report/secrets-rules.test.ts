/**
 * The masking rules of src/report/secrets.ts, each with its exact output: written from the
 * mutants that survived secrets.test.ts and json.test.ts (docs/mutation-testing.md). What a
 * surface shows of a secret-shaped string is the whole point, so every case checks the text.
 */
import {
  assertMasked,
  maskDeep,
  maskForSurfaces,
  maskSecrets,
  secretsToMask
} from '../../src/report/secrets.js'

const base64 = (text: string): string => Buffer.from(text).toString('base64')

describe('secret-shaped text', () => {
  test.each([
    ['password=hunter2secret', 'password=***'],
    ['password = hunter2secret now', 'password = *** now'],
    ['passwd: "hunter2secret" and more', 'passwd: *** and more'],
    ['secret=abcdef', 'secret=***'], // 13 characters: the shortest string the patterns read
    ['apikey=abcdef12', 'apikey=***'],
    ['api_key=abcdef12', 'api_key=***'],
    ['api-key=abcdef12', 'api-key=***'],
    ['access_token=abcdef12', 'access_token=***'],
    ['accesstoken=abcdef12', 'accesstoken=***'],
    ['Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123', 'Authorization: Bearer ***'],
    ['curl -H "token 0123456789abcdefghijXYZ=="', 'curl -H "token ***"'],
    ['a token value is here', 'a token value is here'],
    ['a bearer of good news today', 'a bearer of good news today'],
    ['key AKIAABCDEFGHIJKLMNOP in use', 'key *** in use'],
    ['slack xoxb-0123456789-abcdef here', 'slack *** here'],
    [`npm_${'a'.repeat(36)} published`, '*** published'],
    [`gh ghp_${'b'.repeat(36)} used`, 'gh *** used'],
    [`pat github_pat_${'c'.repeat(30)} used`, 'pat *** used'],
    [
      'before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK\n-----END RSA PRIVATE KEY-----\nafter',
      'before\n***\nafter'
    ],
    ['cut off -----BEGIN PRIVATE KEY-----\nMIIEow', 'cut off ***']
  ])('%j → %j', (text, shown) => {
    expect(maskSecrets(text)).toBe(shown)
  })

  it('leaves text without a known value or a secret shape as it is', () => {
    expect(maskSecrets('Stryker was here')).toBe('Stryker was here')
    expect(maskSecrets('secret=abcde')).toBe('secret=abcde') // 12 characters: below the floor
  })
})

describe('known values', () => {
  it('masks every occurrence of a value of 4 characters or more, longest first', () => {
    expect(maskSecrets('abcd and abcd', ['abcd'])).toBe('*** and ***')
    expect(maskSecrets('abc and abc', ['abc'])).toBe('abc and abc')
    expect(maskSecrets('value-long value', ['value', 'value-long'])).toBe('*** ***')
  })

  it('takes the GitHub tokens and runner credentials of the environment, trimmed, and the tokens as git stores them', () => {
    const secrets = secretsToMask(
      {
        'INPUT_GITHUB-TOKEN': ' input-token-1 ',
        GITHUB_TOKEN: 'github-token-2\n',
        GH_TOKEN: 'gh-token-3',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token-4',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-5',
        OTHER: 'not-a-secret-6'
      },
      'abcd'
    )
    const expected = [
      'abcd',
      'input-token-1',
      'github-token-2',
      'gh-token-3',
      'runtime-token-4',
      'oidc-token-5',
      base64('x-access-token:abcd'),
      base64('x-access-token:input-token-1'),
      base64('x-access-token:github-token-2'),
      base64('x-access-token:gh-token-3')
    ]
    expect([...secrets].sort()).toEqual([...expected].sort())
    // Longest first, so a value that contains another is masked whole.
    const lengths = secrets.map((value) => value.length)
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a))
  })

  it('leaves out empty and too short values, and their git form', () => {
    expect(secretsToMask({ GITHUB_TOKEN: ' abc ' }, '')).toEqual([])
  })
})

describe('known values and secret shapes that overlap', () => {
  const token = `ghp_${'A'.repeat(16)}SECRETVALUE${'C'.repeat(16)}`

  it('masks a token whole when a known value sits inside it', () => {
    // Masking the known value first left two 16-character pieces: too short for the token's
    // pattern, so 32 of its characters were shown.
    expect(maskSecrets(`push with ${token} done`, ['SECRETVALUE'])).toBe('push with *** done')
  })

  it('masks a known value that reaches into a password= prefix with what follows', () => {
    expect(maskSecrets('run mypassword=hunter22 now', ['mypass'])).toBe('run *** now')
    expect(maskSecrets('run password=hunter22xyz now', ['word=hunter'])).toBe('run *** now')
  })

  it('keeps the prefix when the known value is inside the masked value', () => {
    expect(maskSecrets('run password=hunter22xyz now', ['hunter22'])).toBe('run password=*** now')
  })

  it('masks overlapping occurrences of one value as one, and separate ones apart', () => {
    expect(maskSecrets('xaaaaaay', ['aaaa'])).toBe('x***y')
    expect(maskSecrets(`${token} ${token}`, [])).toBe('*** ***')
    expect(maskSecrets('abcdabcd', ['abcd'])).toBe('******')
  })
})

describe('masking a report value', () => {
  it('masks every string of plain data, keys included, in objects without a prototype too', () => {
    const bare = Object.create(null) as Record<string, unknown>
    bare['password=abcdefgh'] = ['abcd', { note: 'token 0123456789ABCDEFGHIJxyz' }]
    expect(maskDeep({ list: [bare, 3, null, true], text: 'abcd!' }, ['abcd'])).toEqual({
      list: [{ 'password=***': ['***', { note: 'token ***' }] }, 3, null, true],
      text: '***!'
    })
  })

  it('refuses what it cannot walk', () => {
    expect(() => maskDeep({ when: new Map([['a', 'b']]) }, [])).toThrow(
      'maskDeep: cannot mask [object Map]; pass plain data'
    )
  })

  it('marks a masked value without adding a field: JSON and a spread copy do not carry the mark', () => {
    const masked = maskForSurfaces({ message: 'abcd' }, ['abcd'])
    expect(JSON.stringify(masked)).toBe('{"message":"***"}')
    expect(Object.keys(masked)).toEqual(['message'])
    expect(() => {
      assertMasked(masked, 'the report')
    }).not.toThrow()
    expect(() => {
      assertMasked({ ...masked }, 'the report')
    }).toThrow('the report must be masked before it is published: pass it through maskForSurfaces')
  })
})
