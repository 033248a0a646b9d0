// The demo portal's entry: every element registered, then the shell. The demo server
// signs the browser in with a same-origin session cookie (see vite.config.ts).
import '../src/define.js';
import { wireHostEvents } from './app/host-events.js';
import { startShell } from './app/shell.js';

wireHostEvents(startShell(document.getElementById('app') as HTMLElement));
