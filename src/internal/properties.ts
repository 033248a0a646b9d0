// Reactive property options the building blocks repeat, written once.
import type { PropertyDeclaration } from 'lit';

/** A boolean attribute that reflects (`open`, `disabled`, `checked`…). */
export const flag: PropertyDeclaration = { type: Boolean, reflect: true };
