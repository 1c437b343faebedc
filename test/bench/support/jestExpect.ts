// The journey helpers check what they see with Jest's `expect`; outside Jest (a benchmark run
// by tsx) the same matcher library is put where they look for it. Import this first.
import { expect } from 'expect';

const globals = globalThis as { expect?: unknown };
globals.expect ??= expect;
