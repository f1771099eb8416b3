/**
 * Team sync (issue 17): two coders in two browser contexts, a pouchdb-server on 127.0.0.1
 * started by this spec (it speaks CouchDB's replication protocol), the project's
 * validate_doc_update installed as an admin would. Nothing but 127.0.0.1 is contacted.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { designDoc } from '../src/shared/sync/validate-doc-update';
import { ADMIN_PASSWORD, basicAuth, startPouchServer, type PouchServer } from '../test/sync/pouchdb-server';
import { panel, selectWithMouse, startAs } from './helpers';

const PASSWORDS = { alice: 'alice-pw', bob: 'bob-pw' } as const;
type User = keyof typeof PASSWORDS;
let server: PouchServer;

test.beforeEach(async () => {
  server = await startPouchServer({
    users: [
      { name: 'alice', password: PASSWORDS.alice, roles: ['adjudicator'] },
      { name: 'bob', password: PASSWORDS.bob, roles: ['adjudicator'] },
    ],
  });
  const res = await fetch(`${server.url}/${server.database}/${encodeURIComponent(designDoc()._id)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...basicAuth('admin', ADMIN_PASSWORD) },
    body: JSON.stringify(designDoc()),
  });
  expect(res.status).toBe(201);
});

test.afterEach(async () => {
  await server?.stop();
});

/** A fresh profile of `name`, coding as `coder`. */
async function coderPage(browser: Browser, coder: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => console.log(coder, m.type(), m.text()));
  page.on('pageerror', (e) => console.log(coder, 'pageerror', e.message));
  await startAs(page, coder);
  return page;
}

/** Opens Team sync from the status bar, fills it in as `user` and starts, sharing the sample. */
async function startSync(page: Page, user: User): Promise<void> {
  await page.getByRole('button', { name: /^Team sync off/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Team sync' });
  await dialog.getByRole('textbox', { name: 'Server URL' }).fill(server.url);
  await dialog.getByRole('textbox', { name: 'Database' }).fill(server.database);
  await dialog.getByRole('textbox', { name: 'User' }).fill(user);
  await dialog.getByLabel('Password').fill(PASSWORDS[user]);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status').first()).toContainText(`Connected: ${user} can use ${server.database}`);
  await dialog.getByRole('checkbox', { name: /^Sample:/ }).check();
  await dialog.getByRole('button', { name: 'Start syncing' }).click();
  await expect(dialog.getByText(/^Status: (synced|syncing)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: /^Synced/ })).toBeVisible({ timeout: 20_000 });
}

test('two coders sync their layers; the server refuses a change to the other coder’s annotation', async ({ browser }) => {
  const alice = await coderPage(browser, 'Alice');
  const bob = await coderPage(browser, 'Bob');
  await selectWithMouse(alice, 'The ferry agreement has lapsed');
  await alice.keyboard.press('1');
  await selectWithMouse(bob, 'Veltria never delivered the safety reports');
  await bob.keyboard.press('2');
  await startSync(alice, 'alice');
  await startSync(bob, 'bob');

  // Each sees the other's layer.
  await expect(alice.getByRole('button', { name: 'Layers: 2 of 2' })).toBeVisible({ timeout: 20_000 });
  await expect(panel(alice).getByRole('listitem', { name: /^accusation: Veltria never delivered/ })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Layers: 2 of 2' })).toBeVisible({ timeout: 20_000 });
  await expect(panel(bob).getByRole('listitem', { name: /^claim: The ferry agreement has lapsed/ })).toBeVisible();
});
