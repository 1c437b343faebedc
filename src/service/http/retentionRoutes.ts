// BR-24: the Data Protection Officer's retention screen talks to these. The DPO needs no
// SharePoint permission of their own: the service reads what is due and records their decision
// with its identity, after checking here, on every call, that the caller's Entra token names the
// holder of the DPO role (Settings: roleAssignments). Nobody else gets the list.

import express, { type Request, type Response, type Router } from 'express';
import { decideRetention } from '../../app/retention/decideRetention';
import { dueRecords } from '../../app/retention/dueRecords';
import { dateOfInstant } from '../../domain';
import {
  mayDecideRetention,
  RETENTION_HOLD_LABELS,
  RETENTION_HOLD_REASONS,
  RETENTION_KIND_LABELS,
  RETENTION_RECORD_KINDS,
  resolveRetentionSchedule,
  type RetentionHoldReason,
  type RetentionRecordKind,
  type RetentionSchedule
} from '../../domain/time';
import type { RetentionServicePort } from '../ports';
import { roleAssignments } from '../approvals/loadSanction';
import type { ApiDeps } from './apiDeps';

type Guard = (
  handler: (req: Request, res: Response) => Promise<void>,
  log: ApiDeps['log']
) => (req: Request, res: Response) => Promise<void>;

/** What the DPO's screen shows for one record: never its content. */
export interface RetentionDueView {
  kind: RetentionRecordKind;
  kindLabel: string;
  id: string;
  label: string;
  rule: string;
  disposeOn: string;
  disposal: 'confirmFirst' | 'automatic';
  hold?: {
    reason: RetentionHoldReason;
    reasonLabel: string;
    by: string;
    at: string;
    /** The open subject access request that holds it: it lifts when the request is answered. */
    request?: { receivedOn: string; answerBy: string };
  };
  confirmed?: { by: string; at: string };
}

const STATUS: Readonly<Record<string, number>> = { refused: 403, notFound: 404, invalid: 422 };

export function retentionRoutes(deps: ApiDeps, guarded: Guard): Router {
  const router = express.Router();

  /** The store and schedule, or the answer to give when there are none. */
  const prepare = async (res: Response): Promise<{ store: RetentionServicePort; schedule: RetentionSchedule } | undefined> => {
    const retention = deps.store.retention;
    if (retention === undefined) {
      res.status(503).json({ error: 'unavailable', message: 'Disposal is not available from this case service.' });
      return undefined;
    }
    const schedule = resolveRetentionSchedule(await retention.schedule());
    if (!schedule.ok) {
      res.status(409).json({
        error: 'invalidSchedule',
        message: 'The retention schedule in Settings is not valid. Ask an administrator to correct it.'
      });
      return undefined;
    }
    return { store: retention, schedule: schedule.value };
  };

  router.get(
    '/retention/due',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      if (!mayDecideRetention(await roleAssignments(deps.store, deps.config.roleAssignmentsOverride), user.userId)) {
        res.status(403).json({ error: 'refused', message: 'Only the Data Protection Officer can see what is due for disposal (BR-24).' });
        return;
      }
      const prepared = await prepare(res);
      if (prepared === undefined) return;
      const due = await dueRecords(prepared.store, prepared.schedule, dateOfInstant(deps.now()));
      const views: RetentionDueView[] = due.map((record) => ({
        kind: record.candidate.kind,
        kindLabel: RETENTION_KIND_LABELS[record.candidate.kind],
        id: record.candidate.id,
        label: record.label,
        rule: record.rule,
        disposeOn: record.disposeOn,
        disposal: record.disposal,
        ...(record.standing.hold
          ? {
              hold: {
                reason: record.standing.hold.reason,
                reasonLabel: RETENTION_HOLD_LABELS[record.standing.hold.reason],
                by: deps.directory.displayName(record.standing.hold.by),
                at: record.standing.hold.at,
                ...(record.standing.hold.request
                  ? { request: { receivedOn: record.standing.hold.request.receivedOn, answerBy: record.standing.hold.request.answerBy } }
                  : {})
              }
            }
          : {}),
        ...(record.standing.confirmed
          ? { confirmed: { by: deps.directory.displayName(record.standing.confirmed.by), at: record.standing.confirmed.at } }
          : {})
      }));
      res.status(200).json(views);
    }, deps.log)
  );

  router.post(
    '/retention/decision',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      const body = (req.body ?? {}) as { kind?: unknown; id?: unknown; decision?: unknown; reason?: unknown };
      const kind = (RETENTION_RECORD_KINDS as readonly unknown[]).indexOf(body.kind) >= 0 ? (body.kind as RetentionRecordKind) : undefined;
      const decision = body.decision === 'confirm' || body.decision === 'hold' || body.decision === 'release' ? body.decision : undefined;
      const reason =
        (RETENTION_HOLD_REASONS as readonly unknown[]).indexOf(body.reason) >= 0 ? (body.reason as RetentionHoldReason) : undefined;
      if (kind === undefined || decision === undefined || typeof body.id !== 'string' || body.id.length === 0 || body.id.length > 255) {
        res
          .status(400)
          .json({ error: 'invalid', message: 'Say which record (its kind and id) and whether to confirm, hold or release it.' });
        return;
      }
      const prepared = await prepare(res);
      if (prepared === undefined) return;
      const result = await decideRetention(
        prepared.store,
        await roleAssignments(deps.store, deps.config.roleAssignmentsOverride),
        prepared.schedule,
        { kind, id: body.id, decision, ...(reason ? { reason } : {}), actorId: user.userId },
        deps.now()
      );
      if (result.kind === 'recorded') {
        res.status(200).json({ id: body.id, decision: result.decision });
      } else {
        res.status(STATUS[result.kind] ?? 422).json({ error: result.kind, message: result.message });
      }
    }, deps.log)
  );

  return router;
}
