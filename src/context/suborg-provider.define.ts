import { defineElement } from '../internal/define.js';
import { SuborgProvider } from './suborg-provider.js';

defineElement('suborg-provider', SuborgProvider);
