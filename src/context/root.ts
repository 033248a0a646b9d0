import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('suborg-elements/context-root');

/**
 * Attaches one `ContextRoot` to the document, so an element that asks for context before
 * `<suborg-provider>` is defined gets its value once the provider upgrades (registration
 * order must not matter). Keyed by `Symbol.for`, so a second copy of the package on the
 * page does not attach a second root.
 */
export function ensureContextRoot(doc: Document = document): void {
  const root = doc.documentElement as HTMLElement & { [ATTACHED]?: true };
  if (!root || root[ATTACHED]) return;
  new ContextRoot().attach(root);
  root[ATTACHED] = true;
}
