import express, { type Request, type Response, type Router } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { caseLabel, dateOfInstant, displayName } from '../../domain';
import { plainTextProblem } from '../../domain/validation/plainText';
import type { ApprovalOutcome } from '../../domain';
import { APPROVAL_OUTCOMES } from '../../domain';
import { announceDecision } from '../approvals/announceDecision';
import { decideSanction } from '../approvals/decideSanction';
import { loadSanctionsForInbox, whereaboutsFrom } from '../approvals/loadSanction';
import { requestApproval } from '../approvals/requestApproval';
import { describeScope, longDateTime, summariseRestrictions } from '../../cards';
import { memberRestrictions } from '../members/memberRestrictions';
import { runSweeps } from '../sweeps/runSweeps';
import { UnauthenticatedError } from '../identity/entraBearer';
import { activityGuard } from './activityGuard';
import { retentionRoutes } from './retentionRoutes';
import { describeFailure } from './jsonErrors';
import type { ApiDeps } from './apiDeps';

type Handler = (req: Request, res: Response) => Promise<void>;

function send(res: Response, status: number, body: unknown): void {
  res.status(status).json(body);
}

/** Maps the use cases' results to HTTP: the tab shows `message` as it is. */
function sendProblem(res: Response, result: { kind: string; message: string; rule?: string; details?: readonly string[] }): void {
  const status = result.kind === 'refused' ? 403 : result.kind === 'notFound' ? 404 : result.kind === 'alreadyDecided' ? 409 : 422;
  send(res, status, { error: result.kind, message: result.message, rule: result.rule, details: result.details });
}

function guarded(handler: Handler, log: ApiDeps['log']): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        send(res, 401, { error: 'unauthenticated', message: error.message });
        return;
      }
      // What failed, in one line: never the error object, whose stack names the server's files.
      log(`API ${req.method} ${req.path} failed: ${describeFailure(error)}`);
      send(res, 500, { error: 'unexpected', message: 'The case service could not complete this. Please try again.' });
    }
  };
}

function keysMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return expected !== '' && a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The tab's approvals API, the Members' need-to-know banners and the scheduler's sweep
 * endpoint. Every call from the tab carries the user's Entra token; authority is checked
 * again here by the domain.
 */
export function apiRouter(deps: ApiDeps): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));
  // The Teams messaging endpoint itself is the SDK's, registered after this router: what is not
  // an activity is refused here first, so the SDK never answers bad input with a bare 500.
  router.post('/messages', activityGuard());

  router.get('/health', (_req, res) => {
    send(res, 200, { status: 'ok' });
  });

  router.post(
    '/sanctions/:id/request-approval',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      const caseId = typeof req.body?.caseId === 'string' ? req.body.caseId : undefined;
      const result = await requestApproval({ sanctionId: String(req.params.id), caseId, actorId: user.userId }, deps);
      if (result.kind === 'sent') {
        send(res, 202, { approvalId: result.approvalId, status: 'Pending' });
      } else {
        sendProblem(res, result);
      }
    }, deps.log)
  );

  router.get(
    '/approvals/mine',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      const pending = await deps.store.approvalRequests.listPendingForApprover(user.userId);
      const loadedAll = await loadSanctionsForInbox(
        deps.store,
        pending.map((request) => request.sanctionId)
      );
      const summaries = [];
      for (const [index, request] of pending.entries()) {
        const loaded = loadedAll[index];
        if (loaded === undefined || loaded.sanction.status !== 'Proposed') {
          continue;
        }
        summaries.push({
          approvalId: request.sanctionId,
          caseId: loaded.kase.value.id,
          personId: loaded.person.id,
          caseReference: caseLabel(loaded.kase.value),
          sanctionId: request.sanctionId,
          personName: displayName(loaded.person),
          summary: `${summariseRestrictions(loaded.sanction.restrictions)
            .map((r) => r.label)
            .join('; ')} (${describeScope(loaded.sanction.scope)})`,
          proposedBy: deps.directory.displayName(loaded.sanction.proposedBy),
          requestedAt: request.sentAt ?? loaded.sanction.proposedAt,
          status: 'Pending'
        });
      }
      send(res, 200, summaries);
    }, deps.log)
  );

  // BR-22: the councillor's need-to-know banners, for people they referred (see memberRestrictions).
  router.get(
    '/members/restrictions',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      send(res, 200, await memberRestrictions(deps.store, user.userId, dateOfInstant(deps.now())));
    }, deps.log)
  );

  router.post(
    '/approvals/:id/decision',
    guarded(async (req, res) => {
      const user = await deps.verifyBearer(req.header('authorization'));
      const body = (req.body ?? {}) as {
        outcome?: unknown;
        reasons?: unknown;
        continuityPlanConfirmed?: unknown;
        channelConfirmed?: unknown;
        /** The case and person the inbox showed (a hint, checked: loadSanction.ts). */
        caseId?: unknown;
        personId?: unknown;
      };
      const outcome = (APPROVAL_OUTCOMES as readonly unknown[]).indexOf(body.outcome) >= 0 ? (body.outcome as ApprovalOutcome) : undefined;
      if (outcome === undefined) {
        send(res, 400, { error: 'invalid', message: 'Choose Approve, Reject or Ask for changes.' });
        return;
      }
      const reasonsProblem =
        body.reasons === undefined || typeof body.reasons === 'string'
          ? plainTextProblem(body.reasons ?? '', 'reasons', 'the reasons')
          : 'The reasons must be text.';
      if (reasonsProblem !== undefined) {
        send(res, 400, { error: 'invalid', message: reasonsProblem });
        return;
      }
      const result = await decideSanction(
        {
          sanctionId: String(req.params.id),
          actorId: user.userId,
          outcome,
          comment: typeof body.reasons === 'string' ? body.reasons : '',
          continuityPlanConfirmed: body.continuityPlanConfirmed === true,
          channelConfirmed: body.channelConfirmed === true,
          told: whereaboutsFrom(body.caseId, body.personId)
        },
        deps
      );
      if (result.kind === 'decided') {
        await announceDecision(result.kase, result.sanction, result.person, result.decision, deps, result.requests);
        const status = outcome === 'Approve' ? 'Approved' : outcome === 'Reject' ? 'Rejected' : 'ChangesRequested';
        send(res, 200, { approvalId: result.sanction.id, status });
      } else if (result.kind === 'alreadyDecided') {
        if (result.completedNow) {
          await announceDecision(result.kase, result.sanction, result.person, result.decision, deps);
        }
        sendProblem(res, {
          kind: 'alreadyDecided',
          message: `Already decided by ${deps.directory.displayName(result.decision.approverId)} on ${longDateTime(result.decision.decidedAt)}. Nothing has changed.`
        });
      } else {
        sendProblem(res, result);
      }
    }, deps.log)
  );

  router.post(
    '/sweeps/run',
    guarded(async (req, res) => {
      if (!keysMatch(req.header('x-ccm-sweep-key') ?? '', deps.config.sweepKey)) {
        send(res, 401, { error: 'unauthenticated', message: 'A valid sweep key is required.' });
        return;
      }
      send(res, 200, await runSweeps(deps));
    }, deps.log)
  );

  router.use(retentionRoutes(deps, guarded));

  // Any other address under /api: JSON, like every other answer, not Express's HTML page. POST
  // /messages passes on to the SDK's route.
  router.use((req, res, next) => {
    if (req.method === 'POST' && req.path === '/messages') {
      next();
      return;
    }
    send(res, 404, { error: 'notFound', message: 'The case service has nothing at this address.' });
  });

  return router;
}
