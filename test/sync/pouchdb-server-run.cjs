/**
 * Runs pouchdb-server with one known bug of its validation plugin worked around, for tests only:
 * pouchdb-validation overwrites `_revisions` of the document it validates (pouchdb-server issue
 * #419, fix proposed in PR #420, both open), so with a validate_doc_update installed, a
 * replicated update of an existing document is silently skipped. CouchDB has no such bug. The
 * plugin's source is patched as it loads (the file on disk is not touched); if the line is not
 * found (a fixed release), the plugin loads unchanged.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const serverDir = path.dirname(require.resolve('pouchdb-server/package.json'));
const target = require.resolve('pouchdb-validation/lib/index.js', { paths: [serverDir] });
const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIX = 'newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });';
const load = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename !== target) return load(module, filename);
  module._compile(fs.readFileSync(filename, 'utf8').replace(BUG, FIX), filename);
};
require(path.join(serverDir, 'lib', 'index.js'));
