import { ContextBinding, type BindingSettings } from './binding.js';
import type { SuborgContextValue } from './keys.js';

/** What `provideSuborg` accepts: the provider's settings, with branding as an object. */
export type ProvideSuborgOptions = BindingSettings;

export interface SuborgProvision {
  /** Replaces the settings (pass everything you want set; unset values inherit). */
  update(options: ProvideSuborgOptions): void;
  /** The value elements inside see now. */
  readonly value: SuborgContextValue;
  /** Stops providing; elements inside fall back to an outer provider, if any. Tokens set on `element` are removed. */
  dispose(): void;
}

/**
 * Makes `element` (any element your framework renders) a suborg provider, for hosts that
 * cannot wrap elements in `<suborg-provider>`. Same merging, nesting and branding as the
 * element. Call it once `element` is in the document.
 */
export function provideSuborg(element: HTMLElement, options: ProvideSuborgOptions): SuborgProvision {
  if (!element.isConnected) console.warn('suborg-elements: provideSuborg() needs an element that is in the document; elements inside may miss the outer provider.');
  const binding = new ContextBinding(element);
  binding.update(options);
  binding.connect();
  return {
    update: (next) => binding.update(next),
    get value() {
      return binding.value;
    },
    dispose: () => binding.dispose(),
  };
}
