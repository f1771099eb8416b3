#!/usr/bin/env node
// The `workbench` command: loads the bundle built by `npm run build:cli` (scripts/build-cli.mjs).
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist-cli', 'workbench.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('workbench: the command line is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
require(bundle);
