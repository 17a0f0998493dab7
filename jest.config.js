/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // unified, retext and vfile are ESM only: transform them too.
  transform: {'^.+\\.(t|j)sx?$': ['@swc/jest', {jsc: {target: 'es2022'}, module: {type: 'commonjs'}}]},
  transformIgnorePatterns: [],
  moduleNameMapper: {'^(\\.{1,2}/.*)\\.js$': '$1'},
  extensionsToTreatAsEsm: []
}
