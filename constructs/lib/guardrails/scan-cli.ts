/**
 * `node dist/scan-secrets.js [cdktf.out]`: the secret scan over every synthesized stack, run by
 * `npm run synth` after `cdktf synth`. Exits 1 listing every finding; prints one line when clean.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formatSecretFindings, scanStackJson, SecretFinding } from "./secret-scan";

export function scanOutdir(outdir: string): { stacks: string[]; findings: SecretFinding[] } {
  const stacksDir = path.join(outdir, "stacks");
  const stacks = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir).filter((s) => fs.existsSync(path.join(stacksDir, s, "cdk.tf.json"))).sort() : [];
  const findings = stacks.flatMap((s) => scanStackJson(s, JSON.parse(fs.readFileSync(path.join(stacksDir, s, "cdk.tf.json"), "utf8"))));
  return { stacks, findings };
}

if (require.main === module) {
  const outdir = process.argv[2] ?? "cdktf.out";
  const { stacks, findings } = scanOutdir(outdir);
  if (!stacks.length) {
    console.error(`secret scan: no cdk.tf.json under ${outdir}/stacks; run cdktf synth first`);
    process.exit(1);
  }
  if (findings.length) {
    console.error(`secret scan: ${findings.length} credential-like value(s) in plain text:\n${formatSecretFindings(findings)}`);
    process.exit(1);
  }
  console.log(`secret scan: ${stacks.length} stacks clean (${stacks.join(", ")})`);
}
