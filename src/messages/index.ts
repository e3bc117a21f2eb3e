import type { Msg, Params } from '../findings.js';
import { en, type MessageId } from './en.js';

export type Language = 'en';

const catalogues: Record<Language, Record<MessageId, string>> = { en };

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Params = {}, lang: Language = 'en'): string {
  return template.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? t(v.id, v.params, lang) : String(v);
  });
}

export function t(id: MessageId, params?: Params, lang: Language = 'en'): string {
  return format(catalogues[lang][id] ?? en[id], params, lang);
}

export function render(msg: Msg, lang: Language = 'en'): string {
  return t(msg.id, msg.params, lang);
}
