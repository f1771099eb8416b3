/**
 * Team sync (issue 17): two coders in two browser contexts, a pouchdb-server on 127.0.0.1
 * started by this spec (it speaks CouchDB's replication protocol), the project's
 * validate_doc_update installed as an admin would. Nothing but 127.0.0.1 is contacted.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { designDoc } from '../src/shared/sync/validate-doc-update';
import { ADMIN_PASSWORD, basicAuth, startPouchServer, type PouchServer } from '../test/sync/pouchdb-server';
import { SAMPLE_TEXT } from '../src/shared/sample-document';
import { layerFileFor } from './fixtures/annotation-file';
import { expectDialogFits, importAnnotationFile, openDetails, panel, selectWithMouse, startAs } from './helpers';

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
  page.on('pageerror', (e) => console.log(coder, 'page error:', e.message));
  await startAs(page, coder);
  return page;
}

/** Opens Team sync from the status bar, fills it in as `user` and starts, sharing the sample. */
async function startSync(page: Page, user: User, waitUntilSynced = true): Promise<void> {
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
  if (waitUntilSynced) await expect(page.getByRole('button', { name: /^Synced/ })).toBeVisible({ timeout: 20_000 });
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

  // Bob codes as Alice on his machine (the app's own rule then lets him change her annotation:
  // the client's checks are a courtesy), and changes her memo: the server refuses it.
  await bob.getByRole('button', { name: /^Coder: Bob/ }).click();
  const coderDialog = bob.getByRole('dialog');
  const aliceOption = (await coderDialog.getByRole('option', { name: /^Alice/ }).textContent())!.trim();
  await coderDialog.getByRole('combobox', { name: 'Existing coder' }).selectOption({ label: aliceOption });
  await coderDialog.getByRole('button', { name: 'Continue as this coder' }).click();
  const hers = panel(bob).getByRole('listitem', { name: /^claim: The ferry agreement has lapsed/ });
  await openDetails(hers);
  await hers.getByRole('textbox', { name: 'Memo' }).fill('Changed by Bob');
  await hers.getByRole('textbox', { name: 'Memo' }).press('Tab');
  const refused = bob.getByRole('button', { name: /^Refused by the server/ });
  await expect(refused).toBeVisible({ timeout: 20_000 });
  await expect(refused).toContainText("This annotation is alice's: bob may not change it.");
  await refused.click();
  await expect(bob.getByRole('list', { name: 'Sync log' })).toContainText("The server refused urn:uuid:");
  await bob.getByRole('dialog', { name: 'Team sync' }).getByRole('button', { name: 'Close' }).click();

  // Alice's annotation is unchanged, on the server and at Alice's.
  const stored = await serverDoc(await annotationIdOf(alice, 'The ferry agreement has lapsed'));
  expect(stored.annotation.memo).toBe('');
  const mine = panel(alice).getByRole('listitem', { name: /^claim: The ferry agreement has lapsed/ });
  await openDetails(mine);
  await expect(mine.getByRole('textbox', { name: 'Memo' })).toHaveValue('');
});

/** The server's copy of an annotation (read as the admin). */
async function serverDoc(annotationId: string): Promise<{ _rev: string; _conflicts?: string[]; annotation: { memo: string; coderId: string } }> {
  const res = await fetch(`${server.url}/${server.database}/${encodeURIComponent(`urn:uuid:${annotationId}`)}?conflicts=true`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  expect(res.status).toBe(200);
  return (await res.json()) as { _rev: string; annotation: { memo: string; coderId: string } };
}

/** The id of the annotation on `quote` in the server's database (found by its quote). */
async function annotationIdOf(_page: Page, quote: string): Promise<string> {
  const res = await fetch(`${server.url}/${server.database}/_all_docs?include_docs=true`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  const body = (await res.json()) as { rows: { doc: { type?: string; annotation?: { id: string; exact: string } } }[] };
  const found = body.rows.find((r) => r.doc.type === 'annotation' && r.doc.annotation?.exact === quote);
  if (!found?.doc.annotation) throw new Error(`no annotation on “${quote}” on the server`);
  return found.doc.annotation.id;
}

/** Sets the coder filter of the annotation panel to one coder's layer. */
async function onlyLayer(page: Page, coder: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Filter annotations by coder' }).selectOption({ label: coder });
}

test('an offline conflict on a consensus annotation is shown, resolved, and the resolution reaches both', async ({ browser }) => {
  const alice = await coderPage(browser, 'Alice');
  const bob = await coderPage(browser, 'Bob');
  await selectWithMouse(alice, 'The ferry agreement has lapsed');
  await alice.keyboard.press('1');
  await selectWithMouse(bob, 'The ferry agreement has lapsed');
  await bob.keyboard.press('2');
  await startSync(alice, 'alice');
  await startSync(bob, 'bob');
  await expect(alice.getByRole('button', { name: 'Layers: 2 of 2' })).toBeVisible({ timeout: 20_000 });

  // Alice adjudicates: Bob's version goes into the consensus layer, which reaches Bob.
  await alice.getByRole('button', { name: 'Compare coders' }).click();
  const place = alice.getByRole('region', { name: 'Compare coders' }).getByRole('listitem').filter({ hasText: 'different categories' });
  await place.getByRole('button', { name: /^Versions of / }).click();
  const form = place.getByRole('form', { name: 'Adjudicate this place' });
  await form.getByRole('radio', { name: "Accept Bob's version" }).check();
  await form.getByRole('button', { name: 'Decide' }).click();
  await expect(alice.getByRole('button', { name: 'Layers: 3 of 3' })).toBeVisible();
  await alice.getByRole('button', { name: 'Back to annotations' }).click();
  await expect(bob.getByRole('button', { name: 'Layers: 3 of 3' })).toBeVisible({ timeout: 20_000 });

  // Both go offline and change the consensus annotation's memo.
  for (const [page, memo] of [
    [alice, 'Alice: fault is named, so accusation.'],
    [bob, 'Bob: a lapse stated as fact.'],
  ] as const) {
    await page.context().setOffline(true);
    await onlyLayer(page, 'Consensus');
    const item = panel(page).getByRole('listitem', { name: /^accusation: The ferry agreement has lapsed/ });
    await openDetails(item);
    await item.getByRole('textbox', { name: 'Memo' }).fill(memo);
    await item.getByRole('textbox', { name: 'Memo' }).press('Tab');
    await expect(page.getByRole('status').first()).toHaveText('Memo saved.');
  }
  await alice.context().setOffline(false);
  await bob.context().setOffline(false);

  // The conflict is shown at both; Alice keeps Bob's version.
  await expect(alice.getByRole('button', { name: /^Conflicts to resolve/ })).toBeVisible({ timeout: 30_000 });
  await expect(bob.getByRole('button', { name: /^Conflicts to resolve/ })).toBeVisible({ timeout: 30_000 });
  await alice.setViewportSize({ width: 1024, height: 768 });
  await alice.getByRole('button', { name: /^Conflicts to resolve/ }).click();
  const conflict = alice.getByRole('group', { name: /^Conflict on “The ferry agreement has lapsed/ });
  await expect(conflict.getByRole('row', { name: /^Memo/ })).toContainText('Alice: fault is named, so accusation.');
  await expect(conflict.getByRole('row', { name: /^Memo/ })).toContainText('Bob: a lapse stated as fact.');
  await expectDialogFits(alice);
  const axe = await new AxeBuilder({ page: alice }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`), 'axe violations in the conflict view').toEqual([]);
  const bobsColumn = (await conflict.getByRole('row', { name: /^Memo/ }).getByRole('cell').nth(0).textContent())?.startsWith('Bob') ? 1 : 2;
  await conflict.getByRole('button', { name: `Keep version ${bobsColumn}` }).click();
  await expect(conflict).toBeHidden();
  await alice.getByRole('dialog', { name: 'Team sync' }).getByRole('button', { name: 'Close' }).click();

  // The resolution reaches both: the same memo, no conflict left, here or on the server.
  for (const page of [alice, bob]) {
    await expect(page.getByRole('button', { name: /^Synced/ })).toBeVisible({ timeout: 30_000 });
    const item = panel(page).getByRole('listitem', { name: /^accusation: The ferry agreement has lapsed/ });
    await openDetails(item);
    await expect(item.getByRole('textbox', { name: 'Memo' })).toHaveValue('Bob: a lapse stated as fact.');
  }
  const stored = await serverDoc(await consensusAnnotationId());
  expect(stored._conflicts ?? []).toEqual([]);
  expect(stored.annotation.memo).toBe('Bob: a lapse stated as fact.');
});

/** Documents in the project database (the server's count: cheap to ask often). */
async function serverDocCount(): Promise<number> {
  const res = await fetch(`${server.url}/${server.database}`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  return ((await res.json()) as { doc_count: number }).doc_count;
}

/** The id of the consensus layer's one annotation on the server. */
async function consensusAnnotationId(): Promise<string> {
  const res = await fetch(`${server.url}/${server.database}/_all_docs?include_docs=true`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  const body = (await res.json()) as { rows: { doc: { type?: string; layer?: string; annotation?: { id: string } } }[] };
  const found = body.rows.find((r) => r.doc.type === 'annotation' && r.doc.layer === 'consensus');
  if (!found?.doc.annotation) throw new Error('no consensus annotation on the server');
  return found.doc.annotation.id;
}

test('a page closed in the middle of a sync resumes without losing or repeating anything', async ({ browser }) => {
  const COUNT = 5000;
  let alice = await coderPage(browser, 'Alice');
  const aliceId = await alice.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('discourse-workbench');
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('coderId');
          get.onsuccess = () => resolve((get.result as { value: string }).value);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  // Alice's own layer of 5,000 annotations, brought in from a file of hers.
  const quotes = ['The ferry agreement has lapsed', 'Veltria never delivered the safety reports', 'joint inspection team'];
  const spans = Array.from({ length: COUNT }, (_, i) => ({ quote: quotes[i % quotes.length], category: 'claim', memo: `note ${i}` }));
  const dialog = await importAnnotationFile(alice, 'alice.jsonld', layerFileFor(SAMPLE_TEXT, { id: aliceId, name: 'Alice' }, spans, 1));
  await dialog.getByRole('button', { name: /^Import 5,?000 annotations/ }).click();
  await expect(dialog).toBeHidden();
  // Alice's page is closed once the first of her annotations are on the server (her push under way), then opened again.
  await startSync(alice, 'alice', false);
  await expect.poll(serverDocCount, { timeout: 30_000, intervals: [20] }).toBeGreaterThan(10);
  const aliceContext = alice.context();
  await alice.close();
  // What a request already under way brings lands; then nothing more: the push was cut in the middle.
  await new Promise((r) => setTimeout(r, 1_500));
  const landed = await serverDocCount();
  test.info().annotations.push({ type: 'pushed before the close', description: `${landed} documents were on the server when Alice's page had closed` });
  expect(landed).toBeLessThan(COUNT);
  alice = await aliceContext.newPage();
  await alice.goto('/');
  await alice.getByRole('button', { name: /^Team sync off/ }).click();
  const again = alice.getByRole('dialog', { name: 'Team sync' });
  await again.getByLabel('Password').fill(PASSWORDS.alice);
  await again.getByRole('button', { name: 'Start syncing' }).click();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(alice.getByRole('button', { name: /^Synced/ })).toBeVisible({ timeout: 30_000 });

  // Bob starts pulling them and his page is closed as soon as the first have arrived.
  const context = await browser.newContext();
  let bob = await context.newPage();
  await startAs(bob, 'Bob');
  await startSync(bob, 'bob', false);
  const heading = () => bob.getByRole('heading', { name: /^Annotations \(/ });
  await expect(heading()).not.toHaveText('Annotations (0)', { timeout: 30_000 });
  const atClose = Number((await heading().textContent())!.replace(/\D/g, ''));
  await bob.close();
  test.info().annotations.push({ type: 'closed at', description: `${atClose} of ${COUNT} annotations had arrived when the page was closed` });
  // The pull applies pages of 500, 1,000, 2,000 …, so the page is closed with a part applied (the test means that).
  expect(atClose).toBeLessThan(COUNT);

  // Reopened (same profile), given the password again (it is kept for a session only): the rest arrives, once.
  bob = await context.newPage();
  await bob.goto('/');
  await bob.getByRole('button', { name: /^Team sync off/ }).click();
  const sync = bob.getByRole('dialog', { name: 'Team sync' });
  await expect(sync.getByRole('textbox', { name: 'User' })).toHaveValue('bob');
  await sync.getByLabel('Password').fill(PASSWORDS.bob);
  await sync.getByRole('button', { name: 'Start syncing' }).click();
  await sync.getByRole('button', { name: 'Close' }).click();
  await expect(heading()).toHaveText(`Annotations (${COUNT})`, { timeout: 60_000 });
  await expect(bob.getByRole('button', { name: /^Synced/ })).toBeVisible({ timeout: 30_000 });
  await expect(heading()).toHaveText(`Annotations (${COUNT})`);
  // Nothing was pushed back twice or changed by the repeat: the server still has 5,000 of hers at their first revision.
  const res = await fetch(`${server.url}/${server.database}/_all_docs?include_docs=true`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  const rows = ((await res.json()) as { rows: { doc: { _rev: string; type?: string } }[] }).rows.filter((r) => r.doc.type === 'annotation');
  expect(rows).toHaveLength(COUNT);
  expect(rows.every((r) => r.doc._rev.startsWith('1-'))).toBe(true);
});
