import * as React from 'react';
import type { CorporateClosures, CouncilDetails, Role, RoleAssignments, TimeFrames } from '../../domain';
import type { CurrentUser } from '../host/hostInfo';
import type { SiteProvisioning } from '../../data/ports';
import type { CaseStore } from './appStore';
import type { CaseServiceClient } from './caseServiceClient';
import type { Clock } from './clock';
import type { FirstScreenReads } from './firstScreen';
import type { GuidanceSource } from './guidance';
import type { PeopleDirectory } from './people';

/**
 * Everything a screen needs from outside, injected by the host (SPFx web part, local host
 * page, tests). Screens never build PnPjs, fetch or read SPFx globals themselves.
 */
export interface AppServices {
  /** The data ports (src/data/ports CaseStore), evidence uploads (incidents.attach) included. */
  store: CaseStore;
  caseService: CaseServiceClient;
  currentUser: CurrentUser;
  /** The user's domain roles, resolved from SharePoint groups plus Settings (see roles.ts). */
  roles: readonly Role[];
  /** Role holders for the domain's can() and workflow checks, with the user's roles merged in. */
  roleAssignments: RoleAssignments;
  /**
   * The time frames in effect today (Settings, administration screen), read at start-up; the
   * policy defaults when a host gives none (useTimeFrames).
   */
  timeFrames?: TimeFrames;
  /** The council's closure days (Settings, administration screen), read at start-up; the default when absent. */
  corporateClosures?: CorporateClosures;
  /**
   * The council's details (Settings, administration screen): its services, letter head and
   * Ombudsman, read at start-up; read on first use when a host gives none (useCouncilDetails).
   */
  councilDetails?: CouncilDetails;
  clock: Clock;
  guidance: GuidanceSource;
  /** Staff names by Entra object id, so screens show names rather than ids (see people.ts). */
  people: PeopleDirectory;
  /** Makes an id for a client request key (idempotent creates). */
  newRequestKey(): string;
  /**
   * Checks and upgrades the site's lists and permissions as the signed-in user (the
   * administration screen). Optional: a host with no SharePoint site (the in-memory store) has none.
   */
  siteProvisioning?: SiteProvisioning;
  /** Reads the host made ahead for the first screen, in its first $batch (optional). */
  firstScreen?: FirstScreenReads;
}

const AppServicesContext = React.createContext<AppServices | undefined>(undefined);

export function AppServicesProvider({ services, children }: { services: AppServices; children?: React.ReactNode }): React.ReactElement {
  return React.createElement(AppServicesContext.Provider, { value: services }, children);
}

export function useAppServices(): AppServices {
  const services = React.useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices() needs an <AppServicesProvider> above it.');
  return services;
}

/** True when the user holds any of the roles. */
export function useHasRole(...wanted: Role[]): boolean {
  const { roles } = useAppServices();
  return wanted.some((role) => roles.indexOf(role) >= 0);
}
