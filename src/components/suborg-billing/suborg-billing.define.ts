// Registers <suborg-billing> and the building blocks it renders. The blocks are registered here
// too (guarded, so a second registration is a no-op): package.json "sideEffects" does not list
// src/internal/*.define.ts, so a bundler would drop a bare import of their define files.
import { defineElement } from '../../internal/define.js';
import { SuborgAmountInput } from '../../internal/amount-input.js';
import { SuborgToggle } from '../../internal/toggle-switch.js';
import { SuborgBilling } from './suborg-billing.js';

defineElement('suborg-toggle', SuborgToggle);
defineElement('suborg-amount-input', SuborgAmountInput);
defineElement('suborg-billing', SuborgBilling);

export { SuborgBilling };
