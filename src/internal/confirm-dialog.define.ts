import { defineElement } from './define.js';
import './dialog.define.js';
import { SuborgConfirmDialog } from './confirm-dialog.js';

defineElement('suborg-confirm-dialog', SuborgConfirmDialog);
