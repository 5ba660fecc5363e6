#!/usr/bin/env node
/** Bundle entry: the `phoenix` binary. `./util/dirname-shim.js` must stay the first import. */
import './util/dirname-shim.js';
import { main } from './cli/main.js';
import { registerExtraCommands } from './cli/registry.js';

registerExtraCommands();
const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
