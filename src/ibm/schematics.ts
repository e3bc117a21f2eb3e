/**
 * IBM Cloud Schematics: the Terraform plan of a job, for `schematics-job`. One read, GetJobFiles
 * (IBM/schematics-go-sdk schematicsv1: GET /v2/jobs/{job_id}/files?file_type=plan_json, answering
 * JobFileData whose file_content is the file). The plan is then pre-flighted as a terraform-plan.
 */
import * as z from 'zod/mini'
import type {Visibility} from '../config/raw.js'
import {Deadline} from './deadline.js'
import {resolveEndpoints} from './endpoints.js'
import {ApiError} from './errors.js'
import {HttpClient} from './http.js'
import {IamClient} from './iam.js'
import {optStr, parseBody} from './parse.js'

const OPERATION = 'read the job plan (plan_json)'

/** JobFileData as the SDK models it; only what we read. */
const jobFileBody = z.object({
  job_id: optStr,
  file_type: optStr,
  file_content: optStr
})

export class SchematicsClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string
  ) {}

  /** The job's `terraform show -json` plan as text. A job without one is an unreadable answer, not a pass. */
  async jobPlan(token: string, jobId: string): Promise<string> {
    const res = await this.http.request({
      service: 'schematics',
      operation: OPERATION,
      method: 'GET',
      url: `${this.baseUrl}/v2/jobs/${encodeURIComponent(jobId)}/files`,
      query: {file_type: 'plan_json'},
      headers: {Authorization: `Bearer ${token}`}
    })
    const b = parseBody(jobFileBody, res.body, 'schematics', OPERATION)
    if (b.file_content === undefined || b.file_content.trim() === '')
      throw new ApiError({
        service: 'schematics',
        operation: OPERATION,
        kind: 'unreadable',
        detail:
          'answered no plan_json content for this job (a job that ran no plan, or a plan Schematics did not keep)'
      })
    return b.file_content
  }
}

export interface SchematicsPlanRequest {
  jobId: string
  apiKey: string
  env: Partial<Record<string, string>>
  visibility: Visibility
  region?: string
  timeoutSeconds: number
  userAgent: string
  debug?: (message: string) => void
}

/** Exchange the key and read the job's plan, on its own short-lived client (before the run's own). */
export async function readSchematicsPlan(
  r: SchematicsPlanRequest
): Promise<string> {
  const endpoints = resolveEndpoints(r.env, r.visibility, r.region)
  const deadline = new Deadline(r.timeoutSeconds * 1000)
  const http = new HttpClient({
    deadline,
    maxConcurrency: 1,
    userAgent: r.userAgent,
    debug: r.debug
  })
  try {
    const token = await new IamClient(http, endpoints.iam).exchangeApiKey(
      r.apiKey
    )
    return await new SchematicsClient(http, endpoints.schematics).jobPlan(
      token.accessToken,
      r.jobId
    )
  } finally {
    http.close()
    deadline.dispose()
  }
}
