import { defineElement } from './define.js';
import { SuborgMenuButton } from './menu-button.js';

defineElement('suborg-menu-button', SuborgMenuButton);
