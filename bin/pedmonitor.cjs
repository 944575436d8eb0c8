#!/usr/bin/env node
// The `pedmonitor` command: runs the bundled CLI in build/, building it first if build/ is missing.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const bundle = join(root, 'build', 'cli.cjs');

if (!existsSync(bundle)) {
  // `npm ci` builds it (prepare); a checkout without that step gets one attempt here.
  const built =
    existsSync(join(root, 'node_modules', 'esbuild'))
    && spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' }).status === 0;
  if (!built || !existsSync(bundle)) {
    process.stderr.write('PedMonitor не собран: выполните в папке проекта «npm ci» и повторите команду.\n');
    process.exit(2);
  }
}
let cli;
try {
  cli = require(bundle);
} catch {
  process.stderr.write('PedMonitor не запускается: выполните в папке проекта «npm ci» и повторите команду.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
