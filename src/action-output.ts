/**
 * What the action does with a report (annotations, notices, the JSON file, the job summary): loaded with
 * the engine, after the inputs are read, so a start that stops on a bad input loads none of it.
 */
export {planAnnotations} from './report/annotations.js'
export {writeJsonReport} from './report/json.js'
export {inputNotices} from './report/notices.js'
export {
  renderSummary,
  resultLine,
  summaryProblemsShown
} from './report/summary.js'
