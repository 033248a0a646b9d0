import type { LocalePack, LocalePacks, StringOverrides } from './types.js';

/** Overrides by slice then key: `inner` wins key by key, the rest of `outer` stays. */
export function mergeStrings(outer: StringOverrides | undefined, inner: StringOverrides | undefined): StringOverrides {
  if (!inner) return outer ?? {};
  const out: Record<string, StringOverrides[string]> = { ...outer };
  for (const [slice, keys] of Object.entries(inner)) out[slice] = { ...outer?.[slice], ...keys };
  return out;
}

/** Packs by locale, then merged like strings: an inner provider may patch one key of one locale. */
export function mergeLocalePacks(outer: LocalePacks | undefined, inner: LocalePacks | undefined): LocalePacks {
  if (!inner) return outer ?? {};
  const out: Record<string, LocalePack | undefined> = { ...outer };
  for (const [locale, pack] of Object.entries(inner)) out[locale] = mergeStrings(outer?.[locale], pack);
  return out;
}
