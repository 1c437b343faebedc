// BR-24: the retention part of the sweep. It runs with the case service's identity, which may
// delete (the users' groups never may: see src/data/schema/lists.ts and the README's security
// section). The schedule is read from Settings and checked by the domain; a schedule that does
// not pass is never guessed at: nothing is disposed of and the report says why.

import { resolveRetentionSchedule } from '../../domain/time';
import { runRetention, type RetentionReport } from '../../app/retention/runRetention';
import type { SweepDeps } from './sweepDeps';

export type RetentionSweepReport = RetentionReport | { readonly notRun: string };

export async function sweepRetention(deps: SweepDeps): Promise<RetentionSweepReport> {
  const retention = deps.store.retention;
  if (retention === undefined) {
    return { notRun: 'This store cannot dispose of records.' };
  }
  const schedule = resolveRetentionSchedule(await retention.schedule());
  if (!schedule.ok) {
    const problems = schedule.errors.map((error) => `${error.field}: ${error.message}`).join(' ');
    deps.log(`Retention: the schedule in Settings is not valid, so nothing was disposed of. ${problems}`);
    return { notRun: `The retention schedule in Settings is not valid: ${problems}` };
  }
  const report = await runRetention(retention, schedule.value, deps.now(), deps.log);
  for (const record of report.disposed) {
    deps.log(
      `Retention: disposed of ${record.label} (${record.kind}, ${record.items.length} items, ${record.files} files) under "${record.rule}".`
    );
  }
  return report;
}
