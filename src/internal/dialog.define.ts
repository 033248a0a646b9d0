import { defineElement } from './define.js';
import { SuborgDialog } from './dialog.js';

defineElement('suborg-dialog', SuborgDialog);
