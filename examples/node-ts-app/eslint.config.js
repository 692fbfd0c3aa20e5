import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['legacy-test/**'],
    languageOptions: { globals: { describe: 'readonly', it: 'readonly' } }
  }
)
