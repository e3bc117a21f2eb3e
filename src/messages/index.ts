import type {Msg, Params} from './types.js'
import {en, type MessageId} from './en.js'
import {ja} from './ja.js'

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

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(
  template: string,
  params: Params = {},
  lang: Language = 'en'
): string {
  return template.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name: string) => {
    const v = params[name]
    if (v === undefined) return whole
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
