// Registers every element (guarded: a tag already defined is left alone).
// `suborg-elements/define` is this file; the drop-in bundle (src/drop-in.ts) starts from it.
// The provider comes first: consumers must find it defined when they upgrade.
import './context/suborg-provider.define.js';
import './components/suborg-list/suborg-list.define.js';
import './components/suborg-billing/suborg-billing.define.js';
