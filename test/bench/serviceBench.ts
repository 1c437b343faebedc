/**
 * Case service benchmark against the SharePoint emulator: p50/p95 latency of the
 * `adaptiveCard/action` Approve invoke (POST /api/messages, through the Teams SDK, the
 * domain and the repositories as svc.ccm), and throughput, over N decisions on N seeded
 * cases. Uses the service test harness (emulator on a free port, loopback Bot Connector).
 * It lives beside the tests because it is built on the service test harness.
 * Usage: npm run bench:service -- [decisions, default 200] [concurrency, default 1]
 */
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import type { Case } from '../../src/domain';
import { cardInvoke, postActivity, proposedCase, startHarness, USERS } from '../service/support/scenario';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function numberedCase(n: number): Case {
  const base = proposedCase();
  const caseId = `CCM-BENCH-${String(n).padStart(5, '0')}`;
  const sanctionId = `sanction-bench-${n}`;
  return {
    ...base,
    id: caseId,
    invocationDecision: base.invocationDecision ? { ...base.invocationDecision, id: `invocation-bench-${n}` } : undefined,
    sanctions: base.sanctions.map((s) => ({ ...s, id: sanctionId, caseId }))
  };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 200);
  const concurrency = Math.max(1, Number(process.argv[3] ?? 1));
  const h = await startHarness({}, { seedCase: false });
  try {
    const seedStart = performance.now();
    for (let n = 1; n <= total; n++) {
      await h.putCase(numberedCase(n));
    }
    console.log(`Seeded ${total} cases with a proposed sanction in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);

    const samples: number[] = [];
    let failures = 0;
    let next = 1;
    const worker = async (): Promise<void> => {
      while (next <= total) {
        const n = next++;
        const activity = cardInvoke(h, USERS.ed, CARD_VERBS.approve, {
          sanctionId: `sanction-bench-${n}`,
          sanctionVersion: 1,
          [CARD_INPUTS.comment]: 'Proportionate.'
        });
        const start = performance.now();
        const response = await postActivity(h, activity);
        samples.push(performance.now() - start);
        if (response.status !== 200 || !JSON.stringify(response.body).includes('Approved')) {
          failures += 1;
        }
      }
    };
    const runStart = performance.now();
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
    const seconds = (performance.now() - runStart) / 1000;
    const decisions = await h.state.auditor.auditLog.verifyChain();
    console.log(`Approve invoke (adaptiveCard/action), ${total} decisions, concurrency ${concurrency}:`);
    console.log(
      `  p50 ${percentile(samples, 50).toFixed(1)} ms   p95 ${percentile(samples, 95).toFixed(1)} ms   max ${Math.max(...samples).toFixed(1)} ms`
    );
    console.log(`  throughput ${(total / seconds).toFixed(1)} decisions/s   failures ${failures}`);
    console.log(`  audit chain: ${decisions.ok ? 'verifies' : `BROKEN at ${decisions.brokenAt}`} (${decisions.checked} entries)`);
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
