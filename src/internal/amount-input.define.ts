import { defineElement } from './define.js';
import { SuborgAmountInput } from './amount-input.js';

defineElement('suborg-amount-input', SuborgAmountInput);
