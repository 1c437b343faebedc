// What the sweeps need from the case service, in a file of its own so that runSweeps and the sweeps it runs all import it one way.

import type { IsoInstant } from '../../domain';
import type { ServiceConfig } from '../config';
import type { Directory } from '../directory';
import type { ServiceStore } from '../ports';
import type { Messenger } from '../teams/messenger';

export interface SweepDeps {
  store: ServiceStore;
  config: ServiceConfig;
  directory: Directory;
  messenger: Messenger;
  now: () => IsoInstant;
  log: (message: string, error?: unknown) => void;
}
