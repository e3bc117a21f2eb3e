import {exitWhenFlushed} from './exit.js'
import {run} from './main.js'

// The action's entry point (bundled to dist/index.js).
await run()
await exitWhenFlushed()
