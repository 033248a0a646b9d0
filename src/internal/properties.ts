// Reactive property options the building blocks repeat, written once.
import type { PropertyDeclaration } from 'lit';

/** A boolean attribute that reflects (`open`, `disabled`, `checked`…). */
export const flag: PropertyDeclaration = { type: Boolean, reflect: true };

/**
 * Internal reactive state (no attribute), spread into `static properties`. Built here rather than
 * written as `{ state: true }` entries so the manifest does not list them as public attributes.
 */
export const states = (...names: string[]): Record<string, PropertyDeclaration> =>
  Object.fromEntries(names.map((name) => [name, { state: true }]));
