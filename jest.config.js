/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // swc strips types only; `tsc --noEmit` in `npm test` does the type checking once for all files.
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022" } }],
    "\\.proto$": "<rootDir>/__tests__/support/text-transform.js",
    // ESM-only packages the runtimes import (the agent's age encoder: age-encryption, its @noble
    // ciphers and @scure/base's bech32): compiled to CommonJS for Jest on Node 20.
    "/node_modules/(age-encryption|@noble|@scure)/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(age-encryption|@noble|@scure)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json", "proto"],
  testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.ts"],
  snapshotSerializers: ["<rootDir>/__tests__/support/snapshot-serializer.js"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/cdktf.out/"],
  testTimeout: 60000,
};
