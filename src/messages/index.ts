import type {Msg, Params} from './types.js'
import {en, type MessageId} from './en.js'
import {isCommand, renderCommand} from './command.js'

export type Language = 'en' | 'ja'

type Catalogue = Readonly<Record<MessageId, string>>

const LANGUAGE_CODES: readonly string[] = ['en', 'ja'] satisfies Language[]

/**
 * English is always here; another language's catalogue is loaded by its entry point (`loadLanguage`) once
 * the language is known, so a run in English never loads (parses) the Japanese one at start-up.
 */
const loaded: Partial<Record<Language, Catalogue>> = {en}

/** The catalogue of each language; reading one that was not loaded is a bug of the entry point. */
export const catalogues: Readonly<Record<Language, Catalogue>> = {
  en,
  get ja(): Catalogue {
    return catalogueOf('ja')
  }
}

function catalogueOf(lang: Language): Catalogue {
  const c = loaded[lang]
  if (c === undefined)
    throw new Error(
      `the ${lang} message catalogue is not loaded (loadLanguage('${lang}') first)`
    )
  return c
}

/** Register a catalogue that is already in memory (the CLI bundle, the tests). */
export function useCatalogue(lang: Language, catalogue: Catalogue): void {
  loaded[lang] = catalogue
}

/** Load a language's catalogue before rendering in it (a separate chunk in the action's bundle). */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'ja' && loaded.ja === undefined)
    loaded.ja = (await import('./ja.js')).ja
}

/** The report language for a configured code; an unknown code falls back to English. */
export function supportedLanguage(code: string | undefined): Language {
  return code !== undefined && LANGUAGE_CODES.includes(code)
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
  return format(catalogueOf(lang)[id] ?? en[id], params, lang)
}

export function render(msg: Msg, lang: Language = 'en'): string {
  return t(msg.id, msg.params, lang)
}
