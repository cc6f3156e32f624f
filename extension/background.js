// extension/: the browser extension: this service worker and the features it imports, the popup, options, content/.
// Service worker entry: each feature registers its own listeners at module top level,
// so they exist whenever Chrome wakes the worker for an event.
import './menus.js';
import './commands.js';
import './omnibox.js';
import './notice-clicks.js';
import './badge.js';
import './popup-requests.js';
