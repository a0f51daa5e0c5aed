// Long-lived solc-js worker: loading the compiler costs ~0.5 s, so ledgerlm loads it once per process and sends
// one standard-JSON request per line on stdin; each answer is one line on stdout: {"id": ..., "output": "..."}.
"use strict";
const path = require("path");
const readline = require("readline");
const solc = require(path.join(process.argv[2], "node_modules", "solc"));
process.stdout.write(JSON.stringify({ ready: true, version: solc.version() }) + "\n");
const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on("line", (line) => {
  let id = null;
  try {
    const req = JSON.parse(line);
    id = req.id;
    const output = solc.compile(JSON.stringify(req.input));
    process.stdout.write(JSON.stringify({ id, output }) + "\n");
  } catch (err) {
    process.stdout.write(JSON.stringify({ id, error: String(err) }) + "\n");
  }
});
