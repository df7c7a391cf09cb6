// esbuild bundles `.proto` files as text (constructs/lib/runtime-bundle.ts `loader`); jest
// transforms them the same way (__tests__/support/text-transform.js).
declare module "*.proto" {
  const text: string;
  export default text;
}

// gpt-tokenizer publishes its per-encoding entry points through an exports map, which this
// project's `moduleResolution: node` does not read; the types are the CommonJS build's.
declare module "gpt-tokenizer/encoding/cl100k_base" {
  export * from "gpt-tokenizer/cjs/encoding/cl100k_base";
}
