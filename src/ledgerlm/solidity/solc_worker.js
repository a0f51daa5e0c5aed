// Long-lived solc-js worker: loading the compiler costs ~0.5 s, so ledgerlm loads it once per process and release
// and sends one standard-JSON request per line on stdin; each answer is one line on stdout: {"id": ..., "output": "..."}.
// argv[2] is the folder of the solc-js package to load (node_modules/solc or an alias such as node_modules/solc-0.4.26).
// Imports are never read here: ledgerlm resolves them in its sandbox and sends every source by content.
"use strict";
const readline = require("readline");
const solc = require(process.argv[2]);
// solc-js before 0.5 takes standard JSON through compileStandardWrapper; later releases through compile
const compileStd = typeof solc.compileStandardWrapper === "function" && /^0\.4\./.test(solc.version())
  ? (input) => solc.compileStandardWrapper(input, () => ({ error: "File not found (ledgerlm resolves imports)" }))
  : (input) => solc.compile(input, { import: () => ({ error: "File not found (ledgerlm resolves imports)" }) });
process.stdout.write(JSON.stringify({ ready: true, version: solc.version() }) + "\n");
const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on("line", (line) => {
  let id = null;
  try {
    const req = JSON.parse(line);
    id = req.id;
    const output = compileStd(JSON.stringify(req.input));
    process.stdout.write(JSON.stringify({ id, output }) + "\n");
  } catch (err) {
    process.stdout.write(JSON.stringify({ id, error: String(err) }) + "\n");
  }
});
