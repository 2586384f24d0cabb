// Types of web-flows.mjs, for the TypeScript browser tests.
import type { Page } from 'playwright-core';

export declare function runGraphiqlExample(page: Page, origin: string): Promise<string>;
export declare function selectInExplorer(
  page: Page,
  origin: string,
  text: string,
): Promise<{ result: string; name: string; quote: string }>;
