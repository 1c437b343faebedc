// Prints the ten slowest test files at the end of a run, so that whoever makes `npm test`
// slower sees it in the same output that tells them it passed (issue 15: the run ends by
// printing its ten slowest suites). With CCM_RECORD_DURATIONS=1 it also records every file's
// duration in expectedDurations.json, which orders a clean clone's run (longestFirstSequencer.js).
const fs = require('fs');
const path = require('path');

const EXPECTED_PATH = path.join(__dirname, 'expectedDurations.json');

class SlowestSuitesReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const timed = results.testResults
      .map((suite) => ({
        file: path.relative(this.rootDir, suite.testFilePath).split(path.sep).join('/'),
        seconds: (suite.perfStats.end - suite.perfStats.start) / 1000
      }))
      .filter((suite) => Number.isFinite(suite.seconds) && suite.seconds > 0)
      .sort((a, b) => b.seconds - a.seconds);
    if (timed.length === 0) return;
    if (process.env.CCM_RECORD_DURATIONS === '1') recordDurations(timed);
    const lines = timed.slice(0, 10).map((suite) => `  ${suite.seconds.toFixed(1).padStart(6)} s  ${suite.file}`);
    process.stdout.write(`\nTen slowest test files:\n${lines.join('\n')}\n`);
  }
}

/** Merges this run's durations (whole seconds) into the recorded ones, sorted by file. */
function recordDurations(timed) {
  let recorded = {};
  try {
    recorded = JSON.parse(fs.readFileSync(EXPECTED_PATH, 'utf8'));
  } catch {
    recorded = {};
  }
  for (const suite of timed) recorded[suite.file] = Math.max(1, Math.round(suite.seconds));
  const sorted = Object.fromEntries(
    Object.keys(recorded)
      .sort()
      .map((file) => [file, recorded[file]])
  );
  fs.writeFileSync(EXPECTED_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
}

module.exports = SlowestSuitesReporter;
