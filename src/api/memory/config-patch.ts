// Merge-patching an org's config (RFC 7396 semantics: null removes, objects merge),
// with the documented keys type-checked. Unknown keys are kept: config is open-ended.
import type { FieldErrors } from './protocol.js';
import type { ConfigRecord } from './records.js';
import { isObject } from './validate.js';

const NULLABLE_TEXT = ['email', 'address', 'terms_url', 'privacy_url'] as const;

export function applyConfigPatch(current: ConfigRecord, patch: unknown, fields: FieldErrors): ConfigRecord | undefined {
  if (!isObject(patch)) {
    fields.add('config', 'An object.');
    return undefined;
  }
  const next = mergePatch(structuredClone(current), patch) as ConfigRecord;
  for (const key of NULLABLE_TEXT) {
    if (next[key] === undefined) next[key] = null; // removing a documented key means "no value"
    const value = next[key];
    if (value !== null && (typeof value !== 'string' || value.length > 2048)) fields.add(`config.${key}`, 'A text, or null.');
  }
  if (typeof next.email === 'string' && next.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(next.email)) {
    fields.add('config.email', 'Enter a valid email address.');
  }
  if (!isObject(next.access)) {
    fields.add('config.access', 'An object.');
  } else {
    const ttl = next.access.session_ttl_seconds;
    if (ttl === undefined) next.access.session_ttl_seconds = null;
    else if (ttl !== null && !(Number.isSafeInteger(ttl) && (ttl as number) > 0)) fields.add('config.access.session_ttl_seconds', 'Whole seconds above 0, or null.');
    if (next.access.allow_invites === undefined) next.access.allow_invites = true;
    else if (typeof next.access.allow_invites !== 'boolean') fields.add('config.access.allow_invites', 'Must be true or false.');
  }
  if (next.modules === undefined) next.modules = {};
  if (!isObject(next.modules)) fields.add('config.modules', 'An object of true/false switches.');
  else for (const [key, on] of Object.entries(next.modules)) if (typeof on !== 'boolean') fields.add(`config.modules.${key}`, 'Must be true or false.');
  return fields.empty ? next : undefined;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? target : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
