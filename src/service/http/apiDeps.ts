// What the API's routes need from the case service, in a file of its own so that apiRouter and retentionRoutes both import it one way.

import type { IsoInstant } from '../../domain';
import type { BearerVerifier } from '../identity/entraBearer';
import type { CardActionDeps } from '../teams/cardActionHandler';

export interface ApiDeps extends CardActionDeps {
  verifyBearer: BearerVerifier;
  now: () => IsoInstant;
}
