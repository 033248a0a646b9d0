// Registers <suborg-billing> and the building blocks it renders (a deliberate exception to "one
// file registers one element", as in suborg-list.define.ts). package.json "sideEffects" does list
// src/internal/*.define.ts, but registering the blocks here by class keeps this entry complete
// even under a bundler or a copied package.json that prunes bare imports; defineElement is guarded,
// so the same class registered twice is a silent no-op.
import { defineElement } from '../../internal/define.js';
import { SuborgAmountInput } from '../../internal/amount-input.js';
import { SuborgToggle } from '../../internal/toggle-switch.js';
import { SuborgBilling } from './suborg-billing.js';

defineElement('suborg-toggle', SuborgToggle);
defineElement('suborg-amount-input', SuborgAmountInput);
defineElement('suborg-billing', SuborgBilling);

export { SuborgBilling };
