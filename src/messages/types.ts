import type {Command} from './command.js'
import type {MessageId} from './en.js'

/** Data filled in as-is, a nested message rendered in the same language, or a command (rendered, never reworded). */
export type Params = Record<string, string | number | Msg | Command>

/** A sentence by message id; reports render it in the chosen language. */
export interface Msg {
  id: MessageId
  params?: Params
}
