#!/usr/bin/env node
// A fake `clasp` for the deploy tests: records each call (arguments, folder, files there) and acts as clasp 3 would.
const fs = require('node:fs');
const path = require('node:path');

const log = process.env.FAKE_CLASP_LOG;
const args = process.argv.slice(2);
const cwd = process.cwd();
const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;

// Every file of the folder is kept as it was at the call, so tests can read exactly what would have been pushed.
const snapshot = path.join(path.dirname(log), `call-${calls + 1}`);
fs.mkdirSync(snapshot, { recursive: true });
const files = fs.readdirSync(cwd).sort();
for (const name of files) fs.copyFileSync(path.join(cwd, name), path.join(snapshot, name));
fs.appendFileSync(log, `${JSON.stringify({ args, cwd, files, snapshot })}\n`);

if (process.env.FAKE_CLASP_FAIL === args[0]) {
  console.error(`Fake clasp: ${args[0]} refused (as Google does without login).`);
  process.exit(1);
}
if (args[0] === 'create') {
  const scriptId = process.env.FAKE_CLASP_SCRIPT_ID;
  const parentId = process.env.FAKE_CLASP_SHEET_ID;
  // clasp 3 writes the project file and pulls the new project's two files into rootDir.
  fs.writeFileSync(path.join(cwd, '.clasp.json'), JSON.stringify({ scriptId, rootDir: '', parentId }, null, 2));
  fs.writeFileSync(path.join(cwd, 'appsscript.json'), '{"timeZone":"America/New_York","runtimeVersion":"V8"}');
  fs.writeFileSync(path.join(cwd, 'Code.js'), 'function myFunction() {\n}\n');
  console.log(`Created new document: https://drive.google.com/open?id=${parentId}`);
  console.log(`Created new script: https://script.google.com/d/${scriptId}/edit`);
} else if (args[0] === 'push') {
  console.log(`Pushed ${files.filter((f) => !f.startsWith('.')).length} files.`);
}
