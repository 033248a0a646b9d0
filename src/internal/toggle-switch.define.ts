import { defineElement } from './define.js';
import { SuborgToggle } from './toggle-switch.js';

defineElement('suborg-toggle', SuborgToggle);
