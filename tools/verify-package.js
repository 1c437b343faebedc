// Checks the built .sppkg: it must hold the web part for all three hosts and the Teams
// app package. Run by CI after `npm run build`.
'use strict';
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

async function main() {
  const solutionDir = path.join(__dirname, '..', 'sharepoint', 'solution');
  const sppkgName = fs.readdirSync(solutionDir).find((name) => name.endsWith('.sppkg'));
  if (!sppkgName) throw new Error('No .sppkg in sharepoint/solution: run `npm run build`.');
  const sppkg = await JSZip.loadAsync(fs.readFileSync(path.join(solutionDir, sppkgName)));
  const names = Object.keys(sppkg.files);
  const webPartXmlName = names.find((name) => /WebPart_[0-9a-f-]+\.xml$/.test(name));
  if (!webPartXmlName) throw new Error('The .sppkg holds no web part.');
  const webPartXml = await sppkg.file(webPartXmlName).async('string');
  for (const host of ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']) {
    if (!webPartXml.includes(host)) throw new Error(`The web part in the .sppkg does not support ${host}.`);
  }
  const teamsZipName = names.find((name) => name.endsWith('TeamsSPFxApp.zip'));
  if (!teamsZipName) throw new Error('The .sppkg holds no Teams app package (TeamsSPFxApp.zip).');
  const teamsZip = await JSZip.loadAsync(await sppkg.file(teamsZipName).async('nodebuffer'));
  for (const file of ['manifest.json', 'color.png', 'outline.png']) {
    if (!teamsZip.file(file)) throw new Error(`The Teams app package lacks ${file}.`);
  }
  const sizeKb = (fs.statSync(path.join(solutionDir, sppkgName)).size / 1024).toFixed(1);
  console.log(
    `${sppkgName} (${sizeKb} KB): web part for SharePointWebPart, TeamsTab and TeamsPersonalApp; Teams app package with manifest and icons.`
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
