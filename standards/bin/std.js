#!/usr/bin/env node
'use strict';
// The `std` CLI runs its TypeScript sources directly: tsx compiles them on the fly, so the bin works
// right after `npm ci`, with no build step.
require('tsx/cjs');
const { runCli } = require('../src/cli/main.ts');

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
