import { chromium, type Browser } from 'playwright-core';
import type { Running } from '../../src/main.js';
import { startServer } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';

describe('the playground in a real browser', () => {
  let server: Running;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('loads with no request leaving localhost and runs a typed query', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) cspViolations.push(m.text().slice(0, 200));
    });

    const res = await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
    // The example queries open as tabs.
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(3);

    // A new tab, a query typed by hand, the run button.
    await page.click('.graphiql-tab-add');
    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('query Putin { person(name: "Putin") { name claimsMade { cue saidOn } } }');
    // GraphiQL reads the operation name from the editor after a short debounce, as a person pauses.
    await page.waitForTimeout(1000);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('Vladimir Putin'), undefined, { timeout: 20_000 });
    const result = await page.locator('.graphiql-response').textContent();
    expect(result).toContain('ruled out');

    const origin = new URL(server.url).origin;
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
