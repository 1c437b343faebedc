// `npm test`: every check the README promises, in the least wall time on a 2-core machine.
//
// 1. The static checks, which are single-threaded, as two lanes side by side (lint then
//    formatting; types), each lane's output printed whole when it ends so the log reads in order.
// 2. The domain's unit tests with their coverage threshold, on every core (on one core, beside the
//    static checks, they took four times as long: measured 6 December 2026).
// 3. The screen, integration and browser tests, on every core (Jest workers).
// Any failure fails the run, and no stage starts after a failed one.
'use strict';
const { spawn } = require('child_process');

const STATIC_LANES = [['npm run -s lint', 'npm run -s format:check'], ['npm run -s typecheck']];
const ON_EVERY_CORE = ['npx jest --coverage --selectProjects domain', 'npx jest --selectProjects components integration'];

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
  const started = Date.now();
  const failed = (await Promise.all(STATIC_LANES.map(runLane))).flat().filter((result) => !result.ok);
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test stopped: ${failed.map((result) => result.command).join('; ')} failed.\n`);
    process.exit(1);
  }
  for (const command of ON_EVERY_CORE) {
    process.stdout.write(`\n> ${command}\n`);
    const result = await run(command, { buffered: false });
    process.stdout.write(`\n${command}: ${result.seconds} s, ${result.ok ? 'passed' : 'failed'}\n`);
    if (!result.ok) process.exit(1);
  }
  process.stdout.write(`\nnpm test passed in ${((Date.now() - started) / 60000).toFixed(1)} minutes.\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
