/**
 * The action's entry loads the Japanese catalogue and the plan reader on demand (start-up); tests call
 * t(…, 'ja') and parseConfig with plans directly, so both are registered here, as the CLI's entry does.
 */
import {usePlanReader} from '../../src/config/inputs.js'
import {intentFromPlan} from '../../src/intent/plan.js'
import {useCatalogue} from '../../src/messages/index.js'
import {en} from '../../src/messages/en.js'
import {ja} from '../../src/messages/ja.js'

useCatalogue('en', en)
useCatalogue('ja', ja)
usePlanReader(intentFromPlan)
