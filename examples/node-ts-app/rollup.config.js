import typescript from 'rollup-plugin-typescript2'

export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.js', format: 'es' },
  plugins: [typescript({ tsconfig: 'tsconfig.build.json', include: ['src/**/*.ts'] })]
}
