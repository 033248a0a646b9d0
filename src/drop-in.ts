// The drop-in file's entry: every element, registered on load. A no-code page cannot import
// a locale pack next to a single-file bundle (it would be another module instance), so the
// file loads German from beside itself when an element first needs it (`locale="de"`); pages
// in English never download it.
import './define.js';
import { setLocaleLoader } from './internal/base-element.js';

setLocaleLoader((language) => (language === 'de' ? import('./i18n/de/index.js').then(({ de }) => ({ de })) : undefined));
