import { defineElement } from './define.js';
import { SuborgDialog } from './dialog.js';
import { SuborgConfirmDialog } from './confirm-dialog.js';

// The dialog is defined here explicitly, not through a bare import of its define file:
// bundlers may drop bare imports of modules outside package.json `sideEffects`.
defineElement('suborg-dialog', SuborgDialog);
defineElement('suborg-confirm-dialog', SuborgConfirmDialog);
