import { common } from './en/common.js';
import { credentials } from './en/credentials.js';
import { report } from './en/report.js';

/**
 * Every user-facing sentence, by id, one file per check family. `{name}` placeholders are filled
 * with data (cluster names, codes) or a nested message; commands are not here: checks build them
 * and they are never translated. Ids: `<check>.<outcome>[.why|.fix…]`, `common.*`, `report.*`.
 */
export const en = { ...common, ...credentials, ...report } as const;

export type MessageId = keyof typeof en;
