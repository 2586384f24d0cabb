// Types of chromium.mjs, for the TypeScript browser tests.
import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function hasChromium(): boolean;
export declare function launchChromium(extraArgs?: readonly string[]): Promise<{
  readonly context: BrowserContext;
  close(): Promise<void>;
}>;
