// Prints the ten slowest test files at the end of a run, so that whoever makes `npm test`
// slower sees it in the same output that tells them it passed (issue 15: the run ends by
// printing its ten slowest suites).
const path = require('path');

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
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 10);
    if (timed.length === 0) return;
    const lines = timed.map((suite) => `  ${suite.seconds.toFixed(1).padStart(6)} s  ${suite.file}`);
    process.stdout.write(`\nTen slowest test files:\n${lines.join('\n')}\n`);
  }
}

module.exports = SlowestSuitesReporter;
