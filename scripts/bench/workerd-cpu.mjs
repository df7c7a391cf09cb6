// CPU of the workerd processes a benchmark starts, read from /proc (Linux): shared by every
// Worker benchmark. Locally `performance.now()` advances during CPU work, so time alone would
// not say how much CPU a request costs.
import * as fs from "node:fs";

/** Linux USER_HZ: the unit of utime/stime in /proc/<pid>/stat. */
export const CLK_TCK = 100;

/** Pids of the workerd processes this Node process started (Miniflare's children). */
export function workerdPids() {
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const match = /^\d+ \((.*)\) \S+ (\d+)/.exec(fs.readFileSync(`/proc/${entry}/stat`, "utf8"));
      if (match && match[1] === "workerd" && Number(match[2]) === process.pid) pids.push(Number(entry));
    } catch {
      // process went away
    }
  }
  return pids;
}

/** utime + stime of `pid` in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}
