// Serves a Build Output API v3 folder the way Vercel routes it for this app's config.json
// (`{handle: "filesystem"}`, then everything to `/index`): a file under static/ if one matches,
// otherwise the Node function `functions/index.func` (launcherType Nodejs, no helpers) called
// with the raw request and response. Like Vercel, it sets x-forwarded-for / x-real-ip.
// Usage: node vercel-launcher.cjs <dir holding .vercel/output> <port>; prints "READY <port>".
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const [dir, port] = process.argv.slice(2);
const output = path.join(dir, ".vercel/output");
const config = JSON.parse(fs.readFileSync(path.join(output, "config.json"), "utf8"));
if (config.version !== 3) throw new Error("not a Build Output API v3 folder");
const vc = JSON.parse(fs.readFileSync(path.join(output, "functions/index.func/.vc-config.json"), "utf8"));
const loaded = require(path.join(output, "functions/index.func", vc.handler));
const fn = typeof loaded === "function" ? loaded : loaded.default;
const types = { ".css": "text/css; charset=utf-8", ".html": "text/html; charset=utf-8" };

http
  .createServer((req, res) => {
    const pathname = new URL(req.url, "http://x").pathname;
    const file = path.join(output, "static", path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    if (req.method === "GET" && pathname !== "/" && file.startsWith(path.join(output, "static")) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(fs.readFileSync(file));
      return;
    }
    req.headers["x-forwarded-for"] = req.socket.remoteAddress;
    req.headers["x-real-ip"] = req.socket.remoteAddress;
    Promise.resolve(fn(req, res)).catch((error) => {
      console.error("launcher: unhandled", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  })
  .listen(Number(port), () => process.stdout.write(`READY ${port}\n`));
