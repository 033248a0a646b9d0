import { defineElement } from '../../internal/define.js';
import '../../internal/dialog.define.js';
import '../../internal/menu-button.define.js';
import { SuborgList } from './suborg-list.js';

defineElement('suborg-list', SuborgList);
