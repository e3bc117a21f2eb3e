import {exitWhenFlushed} from './exit.js'
import {run} from './main.js'

// The action's entry point, bundled to dist/index.js as CommonJS through src/action.cjs (Node starts a
// CommonJS main file faster than an ES module: docs/performance.md), so no top-level await here.
void run().then(exitWhenFlushed)
