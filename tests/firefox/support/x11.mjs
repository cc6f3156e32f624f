// The X display the headed Firefox draws on: a real mouse and keyboard for its native context menu,
// address bar and shortcuts, which only input from the display reaches, and screen captures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { waitFor } from './eventually.mjs';

const run = promisify(execFile);

export function requireDisplay() {
  if (!process.env.DISPLAY) {
    throw new Error(
      'DISPLAY is not set, so no headed Firefox can start for the native menu, shortcut and address-bar tests. ' +
        'Run the suite under a virtual display: xvfb-run -a node --test tests/firefox/ (bash tests/run does this).',
    );
  }
}

async function tool(command, args, debianPackage) {
  try {
    return (await run(command, args, { timeout: 20_000 })).stdout;
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error(`${command} is missing (Debian package ${debianPackage})`);
    throw error;
  }
}

const xdotool = (...args) => tool('xdotool', args, 'xdotool');

/** Presses keys as the X server's keyboard, e.g. key('alt+shift+o') or key('Up', 'Return'). */
export const key = (...keys) => xdotool('key', '--delay', '60', ...keys);

/** Types text as the X server's keyboard. */
export const type = (text) => xdotool('type', '--delay', '30', text);

/** Moves the pointer to a point of the screen, in whole pixels. */
export const moveTo = (x, y) => xdotool('mousemove', String(Math.round(x)), String(Math.round(y)));

/** Clicks a mouse button where the pointer is: 1 is left, 3 is right. */
export const click = (button) => xdotool('click', String(button));

/** Ids of the windows shown on the display. A native menu is one more of them while it is open. */
export async function visibleWindows() {
  // xdotool exits with 1 when nothing matches, which is an answer here rather than a failure.
  const output = await xdotool('search', '--onlyvisible', '--name', '.*').catch((error) => error.stdout ?? '');
  return new Set(output.split('\n').map((line) => line.trim()).filter((line) => /^\d+$/.test(line)));
}

/** Waits for a window that was not shown before: keys pressed before a menu is up would go to the page. */
export async function waitForNewWindow(before, what, timeoutMs) {
  const windows = await waitFor(
    async () => [...(await visibleWindows())].filter((id) => !before.has(id)),
    (added) => added.length > 0,
    { what, timeoutMs },
  );
  return windows[0];
}

export async function waitForWindowGone(window, what, timeoutMs) {
  await waitFor(async () => (await visibleWindows()).has(window), (shown) => !shown, { what, timeoutMs });
}

/** Writes the whole screen as a PNG: native menus are windows of their own that page screenshots miss. */
export const captureScreen = (pngPath) => tool('import', ['-window', 'root', pngPath], 'imagemagick');
