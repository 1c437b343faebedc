// What the UI knows about where it runs. Composition roots (the SPFx web part, the local
// host page) build this; the UI never reads SPFx, Teams or browser globals itself.

/** `app` is the full product; `guidance` is the Members' intranet page (no case data). */
export type AppMode = 'app' | 'guidance';

export type HostKind = 'sharepoint' | 'teams' | 'local';

/** Teams reports `default`, `dark` or `contrast`; SharePoint themes map to light or dark. */
export type HostTheme = 'light' | 'dark' | 'contrast';

/**
 * The signed-in person. `id` is the domain's user id: the Entra object id (SPFx
 * `pageContext.aadInfo.userId`, the tab token's `oid`, the bot's `aadObjectId`). The UI
 * records and filters people by `id` only; `login` is for SharePoint-specific things.
 */
export interface CurrentUser {
  id: string;
  login: string;
  displayName: string;
  email?: string;
}

export interface DeepLink {
  /** Teams `subEntityId` or the page's `?case=` parameter. */
  caseId?: string;
}

export interface HostInfo {
  kind: HostKind;
  theme: HostTheme;
  mode: AppMode;
  user: CurrentUser;
  deepLink?: DeepLink;
}

export const APP_MODES: readonly AppMode[] = ['app', 'guidance'];

/** Reads a web part property or query value defensively: anything unknown is the full app. */
export function toAppMode(value: unknown): AppMode {
  return value === 'guidance' ? 'guidance' : 'app';
}

/** Maps the Teams theme name (teams-js `app.theme`) to ours. */
export function fromTeamsTheme(teamsTheme: string | undefined): HostTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}
