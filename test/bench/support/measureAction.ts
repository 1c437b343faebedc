// One user action, measured: from the press of the button to the moment the person sees the
// outcome, with the modelled latency on every request (support/benchStack.ts). The requests
// made in that window give the round trips on the critical path (support/roundTrips.ts).
import type { RecordedRequest, RequestLog } from './latencyProxy';
import { criticalPath, type CriticalPath } from './roundTrips';

export interface ActionFigure extends CriticalPath {
  name: string;
  persona: string;
  /** Wall-clock time from the press to the outcome on screen, with the modelled latency on every request. */
  modelledMs: number;
  /** Requests made in the window, by hop, e.g. "browser→SharePoint 3, browser→service 1". */
  byHop: string;
  /** Requests that began after the outcome was on screen (refreshes the person does not wait for). */
  afterOutcome: number;
  note?: string;
  /** The window, as performance.now() instants. */
  window: { start: number; end: number };
}

/** Waits until no proxied request has been in flight for `quietMs` (so an action starts from rest). */
export async function quiet(log: RequestLog, quietMs: number = 400, timeoutMs: number = 30000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let seen = log.entries.length;
  let restSince = performance.now();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (log.inFlight > 0 || log.entries.length !== seen) {
      seen = log.entries.length;
      restSince = performance.now();
    } else if (performance.now() - restSince >= quietMs) return;
  }
}

function countByHop(requests: readonly RecordedRequest[]): string {
  const counts = new Map<string, number>();
  for (const request of requests) counts.set(request.hop, (counts.get(request.hop) ?? 0) + 1);
  return [...counts].map(([hop, count]) => `${hop} ${count}`).join(', ');
}

export interface ActionToMeasure {
  name: string;
  persona: string;
  /** The press (click, or the card invoke) that starts the action. */
  press: () => Promise<void>;
  /** Resolves once the person can see the outcome. */
  outcome: () => Promise<void>;
  note?: string;
}

export async function measureAction(log: RequestLog, action: ActionToMeasure): Promise<ActionFigure> {
  await quiet(log);
  const start = performance.now();
  await action.press();
  await action.outcome();
  const end = performance.now();
  await quiet(log);
  const during = log.entries.filter((request) => request.start >= start && request.start <= end);
  return {
    name: action.name,
    persona: action.persona,
    modelledMs: end - start,
    byHop: countByHop(during),
    afterOutcome: log.entries.filter((request) => request.start > end).length,
    note: action.note,
    window: { start, end },
    ...criticalPath(during)
  };
}

/** Splits one press into two actions at the first request to a hop (propose, then request approval). */
export function splitAt(figure: ActionFigure, log: RequestLog, hop: RecordedRequest['hop'], names: [string, string]): ActionFigure[] {
  const { start, end } = figure.window;
  const during = log.entries.filter((request) => request.start >= start && request.start <= end);
  const first = during.filter((request) => request.hop === hop).sort((a, b) => a.start - b.start)[0];
  if (!first) return [figure];
  const before = during.filter((request) => request.end <= first.start);
  const after = during.filter((request) => request.end > first.start);
  return [
    { ...figure, name: names[0], modelledMs: first.start - start, byHop: countByHop(before), afterOutcome: 0, ...criticalPath(before) },
    { ...figure, name: names[1], modelledMs: end - first.start, byHop: countByHop(after), ...criticalPath(after) }
  ];
}
