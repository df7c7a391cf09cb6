// Shared runtime code, imported by the runtimes under runtime/<name>/ (never by infrastructure code).
export { log } from "./json-log";
export type { LogLevel } from "./json-log";
