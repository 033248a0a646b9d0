// The demo portal's entry: every element registered, then the shell. The demo server
// signs the browser in with a same-origin session cookie (see vite.config.ts).
import '../src/define.js';
import { startShell } from './app/shell.js';

startShell(document.getElementById('app') as HTMLElement);
