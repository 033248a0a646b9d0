// Registers every element (guarded: a tag already defined is left alone).
// The drop-in bundle and `suborg-elements/define` are this file.
// The provider comes first: consumers must find it defined when they upgrade.
import './context/suborg-provider.define.js';
import './components/suborg-list/suborg-list.define.js';
import './components/suborg-billing/suborg-billing.define.js';
