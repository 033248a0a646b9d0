import { defineElement } from './define.js';
import { SuborgLiveRegion } from './live-region.js';

defineElement('suborg-live-region', SuborgLiveRegion);
