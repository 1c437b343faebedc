import { approveMarker } from '../../../app/markers/approveMarker';
import { challengeMarker } from '../../../app/markers/challengeMarker';
import { declineMarker } from '../../../app/markers/declineMarker';
import { decideMarkerChallenge } from '../../../app/markers/decideMarkerChallenge';
import type { MarkerContext, MarkerOutcome } from '../../../app/markers/markerContext';
import { removeMarker } from '../../../app/markers/removeMarker';
import { recordRemovalLetterSent } from '../../../app/markers/recordRemovalLetterSent';
import { reviewMarker } from '../../../app/markers/reviewMarker';
import type { WarningMarker } from '../../../domain/model';
import type { AppServices } from '../../services/AppServices';
import type { Stored } from '../../services/appStore';
import type { MarkerAction } from './markerAction';

/** The use case (src/app/markers) that carries out one action on the opened marker. */
export function markerActionRun(
  store: AppServices['store'],
  ctx: MarkerContext,
  opened: Stored<WarningMarker>,
  action: MarkerAction
): () => Promise<MarkerOutcome> {
  switch (action.kind) {
    case 'approve':
      return () => approveMarker(store, ctx, opened, action);
    case 'decline':
      return () => declineMarker(store, ctx, opened, action.reasons);
    case 'review':
      return () => reviewMarker(store, ctx, opened, action);
    case 'challenge':
      return () => challengeMarker(store, ctx, opened, action);
    case 'decideChallenge':
      return () => decideMarkerChallenge(store, ctx, opened, action);
    case 'remove':
      return () => removeMarker(store, ctx, opened, { reasons: action.reasons, personToldOn: action.personToldOn });
    case 'letterSent':
      return () =>
        recordRemovalLetterSent(store, ctx, opened, {
          letterId: action.letterId,
          sentOn: action.sentOn,
          channel: action.channel,
          templateVersion: action.templateVersion,
          fields: action.fields
        });
  }
}
