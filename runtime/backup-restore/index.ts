// The restore command: `npm run restore -- <options>` (see USAGE in options.ts and the README of
// constructs/backup-schedule). Runs where the offline age identity is: an operator's machine or
// the restore-drill CI job; never on the swarm, in GCP or in Terraform.
// Progress goes to stderr; the report (JSON) to stdout. Exit 0 when every job restored (and its
// counts matched), 1 when one failed, 2 when the options are wrong.
import { messageOf, RestoreError } from "./errors";
import { parseRestoreOptions, USAGE } from "./options";
import { runRestore } from "./restore";

export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseRestoreOptions(argv);
  } catch (error) {
    process.stderr.write(`restore: ${messageOf(error)}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const report = await runRestore(options);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.error) process.stderr.write(`restore: ${report.state}: ${report.error}\n`);
    return report.state === "failed" ? 1 : 0;
  } catch (error) {
    const message = error instanceof RestoreError ? error.message : `${messageOf(error)}`;
    process.stderr.write(`restore: failed at ${message}\n`);
    process.stdout.write(`${JSON.stringify({ state: "failed", error: message }, null, 2)}\n`);
    return error instanceof RestoreError && error.step === "options" ? 2 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`restore: ${messageOf(error)}\n`);
      process.exitCode = 1;
    },
  );
}
