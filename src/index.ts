// The package's main entry: classes, types, adapters and helpers. No side effects:
// importing it defines no element (import `suborg-elements/define` or a per-element
// entry for that) and it is safe to import on a server.

// Contracts: domain types, the adapter interface, errors.
export * from './api/types.js';
export * from './api/adapter.js';
export * from './api/errors.js';

// Theme tokens (the documented custom properties and their defaults).
export { TOKENS, DARK_TOKENS, tokenStyles } from './theme/tokens.js';
export type { TokenName } from './theme/tokens.js';

// Guarded registration, for hosts that register under their own conditions.
export { defineElement } from './internal/define.js';
