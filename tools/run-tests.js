// `npm test`: every check the README promises, in the least wall time on a 2-core machine.
//
// The static checks and the domain's unit tests are single-threaded, so they run as two lanes
// side by side (lint then formatting; types then the domain tests with their coverage
// threshold), each lane's output printed whole when it ends so that the log reads in order.
// Then the screen, integration and browser tests, which use both cores on their own (Jest
// workers). Any failure fails the run; the second stage does not start after a failed first.
'use strict';
const { spawn } = require('child_process');

const LANES = [
  ['npm run -s lint', 'npm run -s format:check'],
  ['npm run -s typecheck', 'npx jest --coverage --selectProjects domain --maxWorkers=1']
];
const SCREENS_AND_INTEGRATION = 'npx jest --selectProjects components integration';

function run(command, { buffered }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      resolve({ command, ok: code === 0, code: code ?? signal, seconds, output: Buffer.concat(output).toString() });
    });
  });
}

async function runLane(commands) {
  const results = [];
  for (const command of commands) {
    const result = await run(command, { buffered: true });
    process.stdout.write(`\n> ${command}  (${result.seconds} s, ${result.ok ? 'passed' : `failed: ${result.code}`})\n${result.output}`);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

async function main() {
  const firstStage = (await Promise.all(LANES.map(runLane))).flat();
  const failed = firstStage.filter((result) => !result.ok);
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test stopped: ${failed.map((result) => result.command).join('; ')} failed.\n`);
    process.exit(1);
  }
  process.stdout.write(`\n> ${SCREENS_AND_INTEGRATION}\n`);
  const rest = await run(SCREENS_AND_INTEGRATION, { buffered: false });
  process.stdout.write(`\n${SCREENS_AND_INTEGRATION}: ${rest.seconds} s, ${rest.ok ? 'passed' : 'failed'}\n`);
  process.exit(rest.ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
