'use strict';

// SPFx gulp toolchain (sp-build-web). Jest runs outside gulp (`npm test`), because the
// rig's own `gulp test` pulls in an old jest.
const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// ESLint runs once, in `npm test` (same SPFx config, over src, tests, local tooling and
// scripts); running it again inside `gulp bundle` only doubles the time.
build.lintCmd.enabled = false;

// The hosted workbench is the only target of `gulp serve` now; keep the rig's mapping.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// package-solution only picks up a Teams app package from ./teams/ (hard-coded), so zip
// teams-manifest/ (manifest + icons) there before packaging. The zip is a build output.
const teamsZip = build.subTask('teams-zip', function (gulp, buildOptions, done) {
  const JSZip = require('jszip');
  const sourceDir = path.join(__dirname, 'teams-manifest');
  const targetDir = path.join(__dirname, 'teams');
  const zip = new JSZip();
  for (const name of ['manifest.json', 'color.png', 'outline.png']) {
    zip.file(name, fs.readFileSync(path.join(sourceDir, name)));
  }
  fs.mkdirSync(targetDir, { recursive: true });
  zip
    .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    .then((content) => {
      fs.writeFileSync(path.join(targetDir, 'TeamsSPFxApp.zip'), content);
      this.log(`Teams app package written to teams/TeamsSPFxApp.zip (${content.length} bytes)`);
      done();
    })
    .catch(done);
});
build.task('teams-zip', teamsZip);

build.initialize(require('gulp'));
