// Registers <suborg-list> and the building blocks it renders. The blocks are registered here
// too (guarded: a second registration is a no-op), so a bundler that prunes bare imports by
// "sideEffects" can never leave the list with an undefined dialog or menu.
import { defineElement } from '../../internal/define.js';
import { SuborgConfirmDialog } from '../../internal/confirm-dialog.js';
import { SuborgDialog } from '../../internal/dialog.js';
import { SuborgLiveRegion } from '../../internal/live-region.js';
import { SuborgMenuButton } from '../../internal/menu-button.js';
import { SuborgList } from './suborg-list.js';

defineElement('suborg-dialog', SuborgDialog);
defineElement('suborg-menu-button', SuborgMenuButton);
defineElement('suborg-confirm-dialog', SuborgConfirmDialog);
defineElement('suborg-live-region', SuborgLiveRegion);
defineElement('suborg-list', SuborgList);

export { SuborgList };
