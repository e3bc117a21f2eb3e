/** User Management: `GET /v2/accounts/{account_id}/users[/{iam_id}]`. Ref ibm-cloud-api-more.md (users). */
import {randomUUID} from 'node:crypto'
import {type Reply, type ServiceModule, json} from './types.js'

/** The platform-services error envelope (`errors[]`, `trace`, `status_code`), as IBM's SDKs read it. */
export function umError(status: number, code: string, message: string): Reply {
  return json(status, {
    errors: [{code, message}],
    trace: randomUUID(),
    status_code: status
  })
}

export const userManagementService: ServiceModule = {
  name: 'um',
  prefix: '/um',
  auth: 'bearer',
  unauthorized: message => umError(401, 'invalid_access_token', message),
  errorReply: (status, _path, message) =>
    umError(
      status,
      status === 429 ? 'too_many_requests' : 'internal_error',
      message ?? `Emulated User Management error (HTTP ${status}).`
    ),
  handle(ctx) {
    // Routes are added with the checks that read users (issue 11: the stored key owner's state).
    return umError(
      404,
      'not_found',
      `No emulated route for ${ctx.method} ${ctx.path}.`
    )
  }
}
