// Snapshots guard the shape of the synthesized JSON, not values that change with every code
// edit or checkout location: asset hashes and absolute paths are replaced by placeholders.
const path = require("node:path");

const repoRoot = path.resolve(__dirname, "../..");
const HEX_HASH = /\b[0-9a-f]{64}\b/g;
const ASSET_DIR_HASH = /(assets\/[^/"]+\/)[0-9A-F]{32,64}(\/)/g;
const SHORT_HASH_NAME = /-[0-9a-f]{16}(\.zip)/g;

function normalise(text) {
  return text
    .split(repoRoot)
    .join("<repo>")
    .replace(ASSET_DIR_HASH, "$1<asset-hash>$2")
    .replace(HEX_HASH, "<sha256>")
    .replace(SHORT_HASH_NAME, "-<hash>$1");
}

module.exports = {
  test: (value) => typeof value === "string" && normalise(value) !== value,
  serialize: (value) => JSON.stringify(normalise(value)),
  normalise,
};
