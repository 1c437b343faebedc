// Runs the longest test files first, so that the two Jest workers finish together (issue 15:
// `npm test` within 10 minutes on 2 cores).
//
// Jest's own order uses the durations it cached on this machine, and with none (a clean clone,
// as in CI) it runs the largest files first. File size says little here: the three axe passes
// (screens.light/dark/contrast) are 5-line files that each drive a browser for over a minute, so
// on a clean clone they ran last, and one worker ran on alone for a minute after the other had
// finished. This sequencer keeps Jest's order where Jest has measured (failed files first, then
// longest), and otherwise orders by the durations recorded in expectedDurations.json
// (`CCM_RECORD_DURATIONS=1 npm test` rewrites it), then by size.
'use strict';
const fs = require('fs');
const path = require('path');

// Jest's own sequencer, of the Jest that runs (the copy hoisted to node_modules/@jest is older).
const Sequencer = require(
  require.resolve('@jest/test-sequencer', { paths: [require.resolve('jest-config', { paths: [require.resolve('jest/package.json')] })] })
).default;

const ROOT = path.join(__dirname, '..', '..');
const EXPECTED_PATH = path.join(__dirname, 'expectedDurations.json');

function expectedDurations() {
  try {
    return JSON.parse(fs.readFileSync(EXPECTED_PATH, 'utf8'));
  } catch {
    return {};
  }
}

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const expected = expectedDurations();
    const relative = (test) => path.relative(ROOT, test.path).split(path.sep).join('/');
    const cached = (test) => {
      const entry = this._getCache(test)[test.path];
      return entry ? { failed: entry[0] === 0, ms: entry[1] } : undefined;
    };
    const size = (test) => test.context.hasteFS.getSize(test.path) || 0;
    // Milliseconds: this machine's measurement, else the recorded one, else a guess from size (a
    // file never measured runs before the short ones, as Jest does).
    const estimate = (test) => cached(test)?.ms ?? (expected[relative(test)] !== undefined ? expected[relative(test)] * 1000 : size(test));
    return tests
      .map((test) => ({ test, failed: cached(test)?.failed === true, ms: estimate(test) }))
      .sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.ms - a.ms))
      .map(({ test }) => test);
  }
}

module.exports = LongestFirstSequencer;
