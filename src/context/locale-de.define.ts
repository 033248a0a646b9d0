// Opt-in German for every suborg element on the page (plain HTML: `<suborg-provider
// locale="de">` with no code). Apps with a build can pass `localePacks = { de }` to the
// provider instead. A `.define` file because it runs for its effect (package.json `sideEffects`).
import { de } from '../i18n/de/index.js';
import { registerLocalePacks } from '../internal/base-element.js';

registerLocalePacks({ de });
