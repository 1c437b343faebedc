// Stops any npm script early, with a clear message, when it is not running on Node 22.
// A fresh machine has Node 20 globally; the project's own `node` devDependency puts Node 22
// first on PATH for npm scripts. `npm ci --ignore-scripts` leaves that package without its
// binary, and scripts would silently fall back to the global Node: this guard catches that.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    `\nThis project needs Node 22 (found ${process.version} at ${process.execPath}).\n` +
      'Run `npm ci` (without --ignore-scripts) so that the project-local Node 22 from the `node`\n' +
      'devDependency is installed, then run the command again through npm (npm test, npm start).\n'
  );
  process.exit(1);
}
