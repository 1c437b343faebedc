import * as React from 'react';
import { approveMarker } from '../../../app/markers/approveMarker';
import { challengeMarker } from '../../../app/markers/challengeMarker';
import { declineMarker } from '../../../app/markers/declineMarker';
import { decideMarkerChallenge } from '../../../app/markers/decideMarkerChallenge';
import type { MarkerContext, MarkerOutcome } from '../../../app/markers/markerContext';
import { proposeMarker, type MarkerProposalInput } from '../../../app/markers/proposeMarker';
import { removeMarker } from '../../../app/markers/removeMarker';
import { recordRemovalLetterSent } from '../../../app/markers/recordRemovalLetterSent';
import { reviewMarker } from '../../../app/markers/reviewMarker';
import { viewMarker } from '../../../app/markers/viewMarker';
import { personNotYetToldOfRemoval } from '../../../domain/markers/markerLetters';
import { MARKER_PROPOSER_ROLES } from '../../../domain/markers/markerLifecycle';
import type { MarkerIssue } from '../../../domain/markers/markerRules';
import { displayName } from '../../../domain/model/person';
import type { IncidentReport, IsoDate, LetterChannel, WarningMarker } from '../../../domain/model';
import { isConflict, type Stored } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';

/** A marker on the register as listed: who it is about and where it stands, no narrative. */
export interface MarkerRow {
  marker: Stored<WarningMarker>;
  personName: string;
  /** Removed, and the customer not yet told (BR-33): the removal letter is owed. */
  notYetTold: boolean;
}

/** An incident a marker may be proposed from, with the customer it involves. */
export interface IncidentChoice {
  incident: IncidentReport;
  personName: string;
}

export type RegisterState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; rows: MarkerRow[]; incidents: IncidentChoice[] };

/** What the last action came to, shown beside the form that made it. */
export type ActionResult =
  | { kind: 'done'; message: string }
  | { kind: 'refused'; issues: readonly MarkerIssue[] }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: unknown };

export type MarkerAction =
  | { kind: 'approve'; notifiedOn?: IsoDate; notNotifiedReason?: string; handlingCheck?: string }
  | { kind: 'decline'; reasons: string }
  | { kind: 'review'; outcome: 'Continue' | 'Remove'; reasons: string; nextReviewDate?: IsoDate; personToldOn?: IsoDate }
  | { kind: 'challenge'; raisedBy: 'person' | 'staff'; raisedOn: IsoDate; grounds: string }
  | { kind: 'decideChallenge'; outcome: 'Retained' | 'Removed'; reasons: string; personToldOn?: IsoDate }
  | { kind: 'remove'; reasons: string; personToldOn?: IsoDate }
  | {
      kind: 'letterSent';
      letterId: string;
      sentOn: IsoDate;
      channel: LetterChannel;
      templateVersion: string;
      fields: Readonly<Record<string, string>>;
    };

export interface MarkerRegister {
  state: RegisterState;
  /** The marker opened with a reason (the view is logged first), or undefined. */
  opened: Stored<WarningMarker> | undefined;
  result: ActionResult | undefined;
  reload(): Promise<void>;
  open(markerId: string, purpose: string): Promise<void>;
  close(): void;
  propose(input: Omit<MarkerProposalInput, 'markerId'>): Promise<void>;
  act(action: MarkerAction): Promise<void>;
}

const DONE_WORDS: Readonly<Record<MarkerAction['kind'] | 'propose', string>> = {
  propose: 'The marker was proposed. It waits for the health and safety adviser’s approval; staff see nothing yet.',
  approve: 'The marker was approved. Staff who check this customer now see the safety flag and the handling instructions.',
  decline: 'The proposal was declined with your reasons. Staff see nothing.',
  review: 'The review was recorded.',
  challenge: 'The challenge was recorded. The marker stays in force until someone other than the proposer re-examines the evidence.',
  decideChallenge: 'The outcome of the challenge was recorded.',
  remove: 'The marker was removed. Staff no longer see the safety flag.',
  letterSent: 'The removal letter was recorded as sent: the register now shows the customer was told.'
};

/** Said after any removal the customer has not yet been told of (BR-33). */
const NOT_YET_TOLD: string = ' The customer has not been told yet: produce the removal letter below and record it as sent.';

/** The register: markers waiting, in force and challenged; the incidents a marker may come from. */
export function useMarkerRegister(): MarkerRegister {
  const { store, clock, currentUser, roles, roleAssignments, timeFrames, newRequestKey } = useAppServices();
  const [state, setState] = React.useState<RegisterState>({ status: 'loading' });
  const [opened, setOpened] = React.useState<Stored<WarningMarker> | undefined>(undefined);
  const [result, setResult] = React.useState<ActionResult | undefined>(undefined);

  const context = React.useCallback(
    (): MarkerContext => ({
      actorId: currentUser.id,
      roles: roleAssignments,
      today: clock.today(),
      now: clock.now(),
      newEventId: newRequestKey,
      timeFrames
    }),
    [currentUser.id, roleAssignments, clock, newRequestKey, timeFrames]
  );

  const reload = React.useCallback(async (): Promise<void> => {
    try {
      const [provisional, active, challenged, untold] = await readTogether(store, (reads) =>
        Promise.all([
          reads.warningMarkers.listByStatus('Provisional'),
          reads.warningMarkers.listByStatus('Active'),
          reads.warningMarkers.listByStatus('UnderChallenge'),
          reads.warningMarkers.listAwaitingRemovalLetter()
        ])
      );
      // Incidents are scanned in ID windows (never a $batch); only case officers propose, and
      // only their scan is needed. The newest first page of each status is enough to choose from.
      const proposes = roles.some((role) => MARKER_PROPOSER_ROLES.indexOf(role) >= 0);
      const [submitted, acknowledged] = proposes
        ? await Promise.all([
            firstPage(store.incidents.listByStatus('Submitted', { pageSize: 100 })),
            firstPage(store.incidents.listByStatus('Acknowledged', { pageSize: 100 }))
          ])
        : [[], []];
      // Removals still to be told come first: each is a letter owed to a customer (BR-33).
      const markers = [...untold, ...provisional, ...challenged, ...active];
      const incidents = [...submitted, ...acknowledged].map((row) => row.value);
      const personIds = Array.from(
        new Set([...markers.map((row) => row.value.personId), ...incidents.map((incident) => incident.personId)])
      );
      const persons = await readTogether(store, (reads) => Promise.all(personIds.map((id) => reads.persons.find(id))));
      const nameOf = (id: string): string => {
        const found = persons.find((person) => person?.value.id === id);
        return found ? displayName(found.value) : 'Customer not found';
      };
      setState({
        status: 'ready',
        rows: markers.map((marker) => ({
          marker,
          personName: nameOf(marker.value.personId),
          notYetTold: personNotYetToldOfRemoval(marker.value)
        })),
        incidents: incidents.map((incident) => ({ incident, personName: nameOf(incident.personId) }))
      });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [store, roles]);

  React.useEffect(() => {
    reload().catch(() => undefined);
  }, [reload]);

  const settle = React.useCallback(
    async (kind: keyof typeof DONE_WORDS, run: () => Promise<MarkerOutcome>): Promise<void> => {
      try {
        const outcome = await run();
        if (!outcome.ok) {
          setResult({ kind: 'refused', issues: outcome.issues });
          return;
        }
        // Saved, but what follows it may not be: say so rather than claim staff are told.
        const unfinished = [
          outcome.audit.status === 'written' ? '' : ' The audit log did not take the entry: tell the register keeper.',
          outcome.flag.status === 'inLine'
            ? ''
            : ' The safety flag staff see could not be brought in line: try again, or tell the health and safety adviser.'
        ].join('');
        const owed = kind !== 'letterSent' && personNotYetToldOfRemoval(outcome.saved.value) ? NOT_YET_TOLD : '';
        setResult({ kind: 'done', message: `${DONE_WORDS[kind]}${owed}${unfinished}` });
        setOpened(kind === 'propose' ? undefined : outcome.saved);
        await reload();
      } catch (error) {
        setResult(isConflict(error) ? { kind: 'conflict' } : { kind: 'failed', error });
      }
    },
    [reload]
  );

  const open = React.useCallback(
    async (markerId: string, purpose: string): Promise<void> => {
      try {
        const viewed = await viewMarker(store, context(), markerId, purpose);
        if (!viewed.ok) {
          setResult({ kind: 'refused', issues: viewed.issues });
          return;
        }
        setResult(undefined);
        setOpened(viewed.marker);
      } catch (error) {
        setResult({ kind: 'failed', error });
      }
    },
    [store, context]
  );

  const propose = React.useCallback(
    (input: Omit<MarkerProposalInput, 'markerId'>) =>
      settle('propose', () => proposeMarker(store, context(), { ...input, markerId: newRequestKey() })),
    [settle, store, context, newRequestKey]
  );

  const act = React.useCallback(
    async (action: MarkerAction): Promise<void> => {
      if (opened === undefined) return;
      const ctx = context();
      switch (action.kind) {
        case 'approve':
          return settle('approve', () => approveMarker(store, ctx, opened, action));
        case 'decline':
          return settle('decline', () => declineMarker(store, ctx, opened, action.reasons));
        case 'review':
          return settle('review', () => reviewMarker(store, ctx, opened, action));
        case 'challenge':
          return settle('challenge', () => challengeMarker(store, ctx, opened, action));
        case 'decideChallenge':
          return settle('decideChallenge', () => decideMarkerChallenge(store, ctx, opened, action));
        case 'remove':
          return settle('remove', () => removeMarker(store, ctx, opened, { reasons: action.reasons, personToldOn: action.personToldOn }));
        case 'letterSent':
          return settle('letterSent', () =>
            recordRemovalLetterSent(store, ctx, opened, {
              letterId: action.letterId,
              sentOn: action.sentOn,
              channel: action.channel,
              templateVersion: action.templateVersion,
              fields: action.fields
            })
          );
      }
    },
    [opened, context, settle, store]
  );

  return { state, opened, result, reload, open, close: () => setOpened(undefined), propose, act };
}

async function firstPage<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  for await (const page of pages) return [...page];
  return [];
}
