#!/usr/bin/env node
import {cli} from './cli.js'
import {exitWhenFlushed} from './exit.js'
import {usePlanReader} from './config/inputs.js'
import {intentFromPlan} from './intent/plan.js'
import {useCatalogue} from './messages/index.js'
import {en} from './messages/en.js'
import {ja} from './messages/ja.js'

// The CLI bundle carries every language and the plan reader (the action loads them on demand).
useCatalogue('en', en)
useCatalogue('ja', ja)
usePlanReader(intentFromPlan)

// The CLI's entry point (bundled to dist/cli/index.js).
process.exitCode = await cli(process.argv.slice(2), {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stdinStream: process.stdin
})
await exitWhenFlushed()
