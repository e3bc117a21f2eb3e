/**
 * Schematics: `GET /v2/jobs/{job_id}/files?file_type=…` (IBM/schematics-go-sdk GetJobFiles), answering
 * JobFileData with the file as a string in `file_content`. Only plan_json is served: the scenario's
 * `schematicsJobs` name the plan each job keeps (a fixture of test/fixtures/terraform-plans).
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fill} from '../contract/templates.js'
import {type Ctx, type Reply, type ServiceModule, json} from './types.js'

const PLANS = fileURLToPath(
  new URL('../fixtures/terraform-plans/', import.meta.url)
)

/** go-sdk-core reads errors[0].message; IBM publishes no Schematics error model (an assumption). */
const schematicsError = (status: number, message: string): Reply =>
  json(
    status,
    fill('schematicsError', {errors: [{code: String(status), message}]})
  )

/** The file types GetJobFilesOptions names. */
const FILE_TYPES = [
  'log_file',
  'plan_json',
  'readme_file',
  'state_file',
  'template_repo'
]

function jobFiles(ctx: Ctx, jobId: string): Reply {
  const fileType = ctx.query.get('file_type')
  if (fileType === null || !FILE_TYPES.includes(fileType))
    return schematicsError(400, `Invalid file_type ${fileType ?? '(none)'}.`)
  // A job of another account is not found for the caller (an assumption: IBM documents no 403 here).
  const job = ctx.state.scenario.schematicsJobs.find(
    j => j.id === jobId && j.accountId === ctx.caller!.account.id
  )
  if (job === undefined) return schematicsError(404, `Job ${jobId} not found.`)
  if (fileType !== 'plan_json')
    return schematicsError(
      404,
      `No ${fileType} for job ${jobId} in the emulator.`
    )
  return json(
    200,
    fill('schematicsJobFiles', {
      job_id: job.id,
      job_name: job.name,
      file_type: 'plan_json',
      ...(job.plan === undefined
        ? {}
        : {
            file_content: readFileSync(`${PLANS}${job.plan}.json`, 'utf8')
          }),
      updated_at: '2026-11-30T09:00:00.000Z'
    })
  )
}

export const schematicsService: ServiceModule = {
  name: 'schematics',
  prefix: '/schematics',
  auth: 'bearer',
  unauthorized: message => schematicsError(401, message),
  errorReply: (status, _path, message) =>
    schematicsError(
      status,
      message ?? `Emulated Schematics error (HTTP ${status}).`
    ),
  handle(ctx) {
    const m = /^\/v2\/jobs\/([^/]+)\/files$/.exec(ctx.path)
    if (ctx.method !== 'GET' || !m)
      return schematicsError(
        404,
        `No emulated route for ${ctx.method} ${ctx.path}.`
      )
    return jobFiles(ctx, decodeURIComponent(m[1]!))
  }
}
