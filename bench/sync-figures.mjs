/**
 * The team sync figures of `npm run bench` (group `sync`, issue 17): pouchdb-server on 127.0.0.1
 * (started here, in memory), the seeded workspace (its coder's 20,000 annotations on the 2 MB
 * transcript) shares the transcript, then a second coder in a fresh profile syncs it:
 * - initial push: Start syncing → every annotation written to the server;
 * - initial sync: the second coder's Start syncing → 20,000 annotations in their library;
 * - one change: a tag by the first coder → in the second coder's library.
 * Driven through the Team sync dialog as a person would; counts are read from IndexedDB.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Sum of the annotation counts of every document of the page's library. */
function libraryAnnotations() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('discourse-workbench');
    open.onsuccess = () => {
      const all = open.result.transaction('annotationCounts').objectStore('annotationCounts').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result.reduce((n, r) => n + Object.values(r.counts).reduce((a, b) => a + b, 0), 0));
      };
      all.onerror = () => reject(all.error);
    };
    open.onerror = () => reject(open.error);
  });
}

/** Number of this machine's coder's annotations on the document titled `title` (what the page shares). */
function ownAnnotationsOn(title) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('discourse-workbench');
    open.onsuccess = () => {
      const tx = open.result.transaction(['documents', 'settings', 'annotationPacks']);
      const docs = tx.objectStore('documents').getAll();
      const me = tx.objectStore('settings').get('coderId');
      const packs = tx.objectStore('annotationPacks').getAll();
      tx.oncomplete = () => {
        open.result.close();
        const id = docs.result.find((d) => d.title === title)?.id;
        resolve(packs.result.filter((p) => p.documentId === id).reduce((n, p) => n + p.annotations.filter((a) => a.coderId === me.result.value).length, 0));
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

async function until(condition, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`bench sync: ${what} did not happen within ${timeoutMs / 1000} s`);
}

async function startSync(page, server, user, password, documentTitle) {
  await page.getByRole('button', { name: /^Team sync off/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Team sync' });
  await dialog.getByRole('textbox', { name: 'Server URL' }).fill(server.url);
  await dialog.getByRole('textbox', { name: 'Database' }).fill(server.database);
  await dialog.getByRole('textbox', { name: 'User' }).fill(user);
  await dialog.getByLabel('Password').fill(password);
  if (documentTitle) await dialog.getByRole('checkbox', { name: documentTitle }).check();
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Start syncing' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return started;
}

/**
 * Runs the figures. `page` is the seeded workspace's page; `newPage()` opens a page in a fresh
 * profile; `tmp` a scratch folder; `root` the project. Resolves to the figures' raw values.
 */
export async function syncFigures({ page, newPage, tmp, root, log, bigTitle, selectAndTag, profileDir = null }) {
  // With --profile: a JavaScript CPU profile of each page during its initial sync.
  const profiled = async (on, name, work) => {
    if (!profileDir) return work();
    const cdp = await on.context().newCDPSession(on);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    try {
      return await work();
    } finally {
      const { profile } = await cdp.send('Profiler.stop');
      const file = join(profileDir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`sync: wrote ${file}`);
    }
  };
  const helper = join(tmp, 'sync-server.mjs');
  await build({ entryPoints: [join(root, 'bench', 'sync-server.ts')], bundle: true, platform: 'node', format: 'esm', outfile: helper, logLevel: 'warning' });
  const { startBenchServer, serverAnnotations, serverDocuments } = await import(helper);
  const server = await startBenchServer();
  try {
    const count = await page.evaluate(ownAnnotationsOn, bigTitle);
    log(`sync: pushing ${count} annotations of “${bigTitle}” to pouchdb-server on ${server.url}…`);
    const pushMs = await profiled(page, 'sync-push', async () => {
      const pushStart = await startSync(page, server, 'coder-a', 'a', bigTitle);
      // Polled through the database's document count first (listing 20,000 ids every 25 ms would
      // slow the server), then the annotations are counted every 500 ms until all are there.
      await until(async () => (await serverDocuments(server)) >= count, 120_000, 'the initial push');
      await until(async () => (await serverAnnotations(server)) >= count || (await new Promise((r) => setTimeout(r, 500)), false), 120_000, 'the initial push');
      return performance.now() - pushStart;
    });

    log('sync: a second coder in a fresh profile syncs the project…');
    const other = await newPage();
    await other.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Bench B');
    await other.getByRole('button', { name: 'Save name' }).click();
    const before = await other.evaluate(libraryAnnotations);
    const pullMs = await profiled(other, 'sync-pull', async () => {
      const pullStart = await startSync(other, server, 'coder-b', 'b', null);
      // How far the library is, every 2 s.
      const progress = setInterval(() => {
        void other.evaluate(libraryAnnotations).then((library) => log(`sync: after ${Math.round((performance.now() - pullStart) / 1000)} s: ${library - before} annotations in the library`), () => undefined);
      }, 2_000);
      try {
        await until(async () => (await other.evaluate(libraryAnnotations)) >= before + count, 120_000, 'the initial sync');
      } finally {
        clearInterval(progress);
      }
      return performance.now() - pullStart;
    });

    log('sync: one change by the first coder…');
    const changes = [];
    for (let i = 0; i < 5; i++) {
      const had = await other.evaluate(libraryAnnotations);
      const t0 = performance.now();
      await selectAndTag(i);
      await until(async () => (await other.evaluate(libraryAnnotations)) > had, 30_000, 'a single change arriving');
      changes.push(performance.now() - t0);
    }
    return { pushMs, pullMs, changes, count };
  } finally {
    await server.stop();
  }
}
