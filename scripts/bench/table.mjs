/** Prints benchmark rows `{ name, value, unit, goal }` as one Markdown table. */
export function printTable(rows) {
  const lines = ["| measurement | value | goal |", "|---|---:|---|"];
  for (const row of rows) lines.push(`| ${row.name} | ${row.value} ${row.unit} | ${row.goal ?? ""} |`);
  console.log(lines.join("\n"));
}
