import type {Msg, Params} from './types.js'
import type {MessageId} from './en.js'
import {common} from './en/common.js'
import {report} from './en/report.js'
import {isCommand, renderCommand} from './command.js'

export type Language = 'en' | 'ja'

type Catalogue = Readonly<Record<MessageId, string>>

const LANGUAGE_CODES: readonly string[] = ['en', 'ja'] satisfies Language[]

/**
 * Catalogues load with the code that renders them, so a start that stops on a bad input parses neither
 * the checks' sentences nor another language: English's `common` and `report` ids (a stop summary, an
 * internal error) are always here; the whole English catalogue is registered by the engine (run.ts),
 * another language's by its entry point (`loadLanguage`) once the language is known.
 */
const reportAtStart: Partial<Catalogue> = report
const commonAtStart: Partial<Catalogue> = common
const loaded: Partial<Record<Language, Catalogue>> = {}

/** The catalogue of each language; reading one that was not loaded is a bug of the entry point. */
export const catalogues: Readonly<Record<Language, Catalogue>> = {
  get en(): Catalogue {
    return catalogueOf('en')
  },
  get ja(): Catalogue {
    return catalogueOf('ja')
  }
}

function catalogueOf(lang: Language): Catalogue {
  const c = loaded[lang]
  if (c === undefined)
    throw new Error(
      `the ${lang} message catalogue is not loaded (${lang === 'en' ? 'useCatalogue' : 'loadLanguage'}('${lang}') first)`
    )
  return c
}

function english(id: MessageId): string {
  // Looked up in place, not merged into one object: a start spends nothing on ids it never reads.
  const text =
    loaded.en !== undefined
      ? loaded.en[id]
      : (reportAtStart[id] ?? commonAtStart[id])
  if (text === undefined && loaded.en === undefined)
    throw new Error(
      `message ${id} is not loaded: the English catalogue is registered with the engine (useCatalogue('en') first)`
    )
  return text as string
}

/** Register a catalogue that is already in memory (the engine, the CLI bundle, the tests). */
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

/**
 * English counts: `{count:worker|workers}` is the first form when the count is 1, else the second (a form
 * may hold placeholders). Japanese needs no such forms.
 */
const PLURAL =
  /\{([a-zA-Z0-9]+):((?:[^|{}]|\{[a-zA-Z0-9]+\})*)\|((?:[^|{}]|\{[a-zA-Z0-9]+\})*)\}/g

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(
  template: string,
  params: Params = {},
  lang: Language = 'en'
): string {
  const text = (prose ? prose(template) : template).replace(
    PLURAL,
    (whole, name: string, one: string, other: string) => {
      const v = params[name]
      if (typeof v !== 'number' && typeof v !== 'string') return whole
      return Number(v) === 1 ? one : other
    }
  )
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
  return format(
    lang === 'en' ? english(id) : (catalogueOf(lang)[id] ?? english(id)),
    params,
    lang
  )
}

export function render(msg: Msg, lang: Language = 'en'): string {
  return t(msg.id, msg.params, lang)
}
