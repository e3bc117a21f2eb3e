import type {MessageId} from './en.js'

/** Data filled in as-is, or a nested message rendered in the same language. */
export type Params = Record<string, string | number | Msg>

/** A sentence by message id; reports render it in the chosen language. */
export interface Msg {
  id: MessageId
  params?: Params
}
