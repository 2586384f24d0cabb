// Debian's chromium driven by playwright-core, for the browser tests and `npm run screenshots`:
// headless, no sandbox (root in CI), nothing of its own on the network, a fresh profile each time.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PROTOKOL_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/** A browser context on a throw-away profile; close() removes the profile too. `extraArgs`:
 * flags after ours (the explorer bench's --disable-gpu-vsync). */
export async function launchChromium(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'protokol-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
