// The message catalogue model (DESIGN §6 "Strings"). Each element declares its own slice
// of English messages with `defineSlice`, so a bundle carries only the slices it imports.
// Other locales and host overrides are plain data that travels through the provider's
// context: there is no page-global registry.

/** Plural forms keyed by `Intl.PluralRules` category; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message: plain text with `{param}` holes, or plural forms chosen by the `count` param. */
export type Message = string | PluralMessage;

/** A slice's English messages, keyed by message id. */
export type Messages = Readonly<Record<string, Message>>;

/** A slice: its name (the element tag, or `common`) and its English defaults. */
export interface Slice<N extends string = string, M extends Messages = Messages> {
  readonly name: N;
  readonly en: M;
}

/** Declares a slice. Write `en/<tag>.ts` as `export const xStrings = defineSlice('<tag>', { … })`. */
export function defineSlice<const N extends string, const M extends Messages>(name: N, en: M): Slice<N, M> {
  return { name, en };
}

/** A complete translation of a slice: every key, any message shape. */
export type Translation<S extends Slice> = { readonly [K in keyof S['en']]: Message };

/** Partial overrides for one slice, keyed by message id. */
export type SliceOverrides = { readonly [key: string]: Message | undefined };

/** Host overrides by slice then key: `{ 'suborg-list': { title: 'Clients' } }`. */
export type StringOverrides = { readonly [slice: string]: SliceOverrides | undefined };

/** One locale's translations by slice name (any subset of slices). */
export type LocalePack = { readonly [slice: string]: SliceOverrides | undefined };

/** Locale packs by BCP 47 tag (`de`, `de-AT`); a lookup tries `de-AT` then `de`. */
export type LocalePacks = { readonly [locale: string]: LocalePack | undefined };

/** Values for `{param}` holes: numbers are formatted for the locale, strings inserted as text. */
export type MessageParams = Readonly<Record<string, string | number>>;
