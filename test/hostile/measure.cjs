// Runs the command-line bundle given as the first argument with the rest as its arguments,
// and reports the process's peak resident memory on exit (for test/hostile-cli.test.ts).
'use strict';
const [bundle, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
process.on('exit', () => {
  process.stderr.write(`\n[maxrss-kb ${process.resourceUsage().maxRSS}]\n`);
});
require(bundle);
