// Registers <suborg-billing> and the building blocks it renders.
import '../../internal/toggle-switch.define.js';
import '../../internal/amount-input.define.js';
import { defineElement } from '../../internal/define.js';
import { SuborgBilling } from './suborg-billing.js';

defineElement('suborg-billing', SuborgBilling);

export { SuborgBilling };
