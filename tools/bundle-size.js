// Prints the gzipped size of every web part chunk in dist/ (run after `gulp bundle --ship`)
// and fails when the entry chunk, the one SharePoint loads before anything is shown, is
// over budget. Screens load lazily in their own chunks, so only the entry has a hard cap.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ENTRY_BUDGET_BYTES = 100 * 1024;
const distDir = path.join(__dirname, '..', 'dist');
if (!fs.existsSync(distDir)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chunks = fs
  .readdirSync(distDir)
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const bytes = fs.readFileSync(path.join(distDir, name));
    return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('Web part chunks (gzipped / minified):');
for (const chunk of chunks) console.log(`  ${kb(chunk.gzip).padStart(9)}  ${kb(chunk.raw).padStart(9)}  ${chunk.name}`);
const entry = chunks.find((chunk) => chunk.name.startsWith('customer-case-management-web-part'));
if (!entry) {
  console.error('The web part entry chunk was not found in dist/.');
  process.exit(1);
}
const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log(`Entry chunk: ${kb(entry.gzip)} gzipped (budget ${kb(ENTRY_BUDGET_BYTES)}); all chunks: ${kb(total)} gzipped.`);
if (entry.gzip > ENTRY_BUDGET_BYTES) {
  console.error('The entry chunk is over budget: lazy-load more of the UI.');
  process.exit(1);
}
