import type {Msg, Params} from './types.js'
import {en, type MessageId} from './en.js'
import {ja} from './ja.js'
import {isCommand, renderCommand} from './command.js'

export type Language = 'en' | 'ja'

export const catalogues: Record<
  Language,
  Readonly<Record<MessageId, string>>
> = {en, ja}

/** The report language for a configured code; an unknown code falls back to English. */
export function supportedLanguage(code: string | undefined): Language {
  return code !== undefined && Object.hasOwn(catalogues, code)
    ? (code as Language)
    : 'en'
}

/**
 * A channel's rewording of our own prose (the CLI says `--worker-pool` where the action says
 * `worker-pool`). It applies to message templates only: never to data parameters, never to commands.
 */
let prose: ((template: string) => string) | undefined

/** Run `body` with `wording` applied to every message template rendered meanwhile (the CLI's flags). */
export async function withProse<T>(
  wording: (template: string) => string,
  body: () => Promise<T>
): Promise<T> {
  const before = prose
  prose = wording
  try {
    return await body()
  } finally {
    prose = before
  }
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(
  template: string,
  params: Params = {},
  lang: Language = 'en'
): string {
  const text = prose ? prose(template) : template
  return text.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name: string) => {
    const v = params[name]
    if (v === undefined) return whole
    if (isCommand(v)) return renderCommand(v)
    return typeof v === 'object' ? t(v.id, v.params, lang) : String(v)
  })
}

export function t(
  id: MessageId,
  params?: Params,
  lang: Language = 'en'
): string {
  return format(catalogues[lang][id] ?? en[id], params, lang)
}

export function render(msg: Msg, lang: Language = 'en'): string {
  return t(msg.id, msg.params, lang)
}
