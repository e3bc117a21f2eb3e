#!/usr/bin/env node
import {cli} from './cli.js'
import {exitWhenFlushed} from './exit.js'

// The CLI's entry point (bundled to dist/cli/index.js).
process.exitCode = await cli(process.argv.slice(2), {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stdinStream: process.stdin
})
await exitWhenFlushed()
