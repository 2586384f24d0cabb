/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"module": "CommonJS", "moduleResolution": "Bundler", "ignoreDeprecations": "6.0"}} */
import type { Config } from 'jest';

// ES modules under ts-jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json).
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // CLI tests spawn node and build a graph in the child: on a loaded machine that outlasts jest's
  // 5 s default. Speed is measured by `npm run bench`, never by a test's timeout.
  testTimeout: 30_000,
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // jest's resolve.exports 2.0.4 reads "chrono-node/en" through the package's "./*/*" export
    '^chrono-node/(en|fr)$': '<rootDir>/node_modules/chrono-node/dist/esm/locales/$1/index.js',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
};

export default config;
