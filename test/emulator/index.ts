/**
 * Local IBM Cloud API emulator for iks-preflight tests: IAM, IKS, Account Management, Resource Manager,
 * VPC and SoftLayer on one 127.0.0.1 port, driven by a scenario file. See README.md.
 */
import {
  type FaultSpec,
  FaultSpecSchema,
  type Scenario,
  type ScenarioInput,
  applyOverrides,
  listScenarios,
  loadScenario,
  parseScenario
} from './scenario.js'
import {EmulatorServer, type RecordedRequest} from './server.js'
import {State} from './state.js'

export type {FaultSpec, RecordedRequest, Scenario, ScenarioInput}
export {applyOverrides, listScenarios, loadScenario, parseScenario}
export {decodeJwtPayload} from './jwt.js'

export interface StartOptions {
  https?: {cert: string; key: string}
  port?: number
  /** Added to every request; overrides the scenario's `latencyMs`. */
  latencyMs?: number
}

export interface RequestFilter {
  service?: RecordedRequest['service']
  method?: string
  /** Exact path after the service prefix (no query), or a RegExp tested against it. */
  path?: string | RegExp
}

export interface Emulator {
  /** http(s)://127.0.0.1:P */
  baseUrl: string
  /** IBMCLOUD_IAM_API_ENDPOINT, IBMCLOUD_CS_API_ENDPOINT, IBMCLOUD_IS_NG_API_ENDPOINT,
   *  IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT, IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT, IAAS_CLASSIC_ENDPOINT_URL */
  env: Record<string, string>
  scenario: Scenario
  requests: RecordedRequest[]
  count(filter?: RequestFilter): number
  setFaults(faults: FaultSpec[]): void
  clearRequests(): void
  /** Master refreshes received so far (cluster id + time). */
  refreshes(): {clusterId: string; at: number}[]
  /** Every access token and real refresh token this emulator issued. */
  issuedTokens(): string[]
  close(): Promise<void>
}

export function emulatorEnv(baseUrl: string): Record<string, string> {
  return {
    IBMCLOUD_IAM_API_ENDPOINT: `${baseUrl}/iam`,
    IBMCLOUD_CS_API_ENDPOINT: `${baseUrl}/iks/global`,
    IBMCLOUD_IS_NG_API_ENDPOINT: `${baseUrl}/vpc/v1`,
    IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT: `${baseUrl}/accounts`,
    IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT: `${baseUrl}/rc`,
    // IBM serves resource instances from the resource groups' host.
    IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT: `${baseUrl}/rc`,
    IBMCLOUD_USER_MANAGEMENT_ENDPOINT: `${baseUrl}/um`,
    IAAS_CLASSIC_ENDPOINT_URL: `${baseUrl}/sl/rest/v3.1`,
    IBMCLOUD_SCHEMATICS_API_ENDPOINT: `${baseUrl}/schematics`
  }
}

export async function start(
  scenario: string | Scenario | ScenarioInput,
  opts: StartOptions = {}
): Promise<Emulator> {
  const loaded =
    typeof scenario === 'string'
      ? loadScenario(scenario)
      : parseScenario(scenario)
  const state = new State(loaded)
  const server = new EmulatorServer(state, opts)
  const baseUrl = await server.listen()
  const matches = (r: RecordedRequest, f: RequestFilter): boolean =>
    (f.service === undefined || r.service === f.service) &&
    (f.method === undefined || r.method === f.method.toUpperCase()) &&
    (f.path === undefined ||
      (typeof f.path === 'string' ? r.path === f.path : f.path.test(r.path)))
  return {
    baseUrl,
    env: emulatorEnv(baseUrl),
    scenario: state.scenario,
    requests: server.requests,
    count: (filter = {}) =>
      server.requests.filter(r => matches(r, filter)).length,
    setFaults: faults =>
      server.setFaults(faults.map(f => FaultSpecSchema.parse(f))),
    clearRequests: () => {
      server.requests.length = 0
    },
    refreshes: () => [...state.refreshes],
    issuedTokens: () => [...state.issuedTokens],
    close: () => server.close()
  }
}
