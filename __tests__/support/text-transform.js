// Jest counterpart of esbuild's `text` loader: a module whose default export is the file's text
// (the runtime imports Google's .proto definitions this way).
module.exports = {
  process(sourceText) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(sourceText)} };` };
  },
};
