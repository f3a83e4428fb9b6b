#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli into dist/ by `npm install` (the "prepare" script).
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`careerdiff show … | head`) closes the pipe: that ends the output, not the
// program with an unhandled 'error' event. Other stdout errors still surface.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
