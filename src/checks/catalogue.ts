import { accountCheck } from './account.js';
import { apiKeyCheck } from './api-key.js';
import { clusterAccessCheck } from './cluster-access.js';
import { clusterApiKeyCheck } from './cluster-api-key.js';
import { clusterNameCheck } from './cluster-name.js';
import { infraPermissionsCheck } from './infra-permissions.js';
import type { Check } from './types.js';

/** Every check, in report order. A new check is one module and one line here. */
export const CATALOGUE: readonly Check[] = [
  apiKeyCheck,
  accountCheck,
  clusterAccessCheck,
  clusterNameCheck,
  clusterApiKeyCheck,
  infraPermissionsCheck
];

export const CHECK_IDS: readonly string[] = CATALOGUE.map((c) => c.id);
