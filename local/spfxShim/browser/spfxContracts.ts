// The SPFx contracts the web part uses, and no more, over fetch: enough to run the release
// bundle from the .sppkg against the emulator and the local case service. What this cannot
// prove about real SharePoint is listed in the README ("The shipped bundle, run").

/** What the shim page knows about the signed-in person and where things are. */
export interface ShimConfig {
  /** Absolute URL of the site (…/sites/ccm), same origin as the page. */
  siteUrl: string;
  user: { key: string; login: string; displayName: string; email: string; entraObjectId: string };
  /** Present: run as a Teams tab (sdks.microsoftTeams), with this sub-entity id (a deep-linked case). */
  teams?: { subPageId: string; theme: 'default' | 'dark' | 'contrast' };
  /** The case service's base URL (the page's origin: the shim server proxies /api). */
  serviceUrl: string;
  serviceResource: string;
  /** Base of the local Microsoft Graph answer (…/graph). */
  graphBase: string;
}

/** Same-origin SharePoint requests name the person to the emulator, as the cookie would in SharePoint Online. */
export function identifyToEmulator(config: ShimConfig): void {
  const original = window.fetch.bind(window);
  const sitePath = new URL(config.siteUrl).pathname;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
    if (url.origin === window.location.origin && url.pathname.startsWith(sitePath)) {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set('X-Emulator-User', config.user.login);
      return original(input, { ...init, headers });
    }
    return original(input, init);
  };
}

/** @microsoft/sp-core-library: Version (the web part's dataVersion). */
export function spCoreLibrary(): Record<string, unknown> {
  class Version {
    public constructor(private readonly text: string) {}
    public static parse(text: string): Version {
      return new Version(text);
    }
    public toString(): string {
      return this.text;
    }
  }
  return { Version, Environment: { type: 3 }, EnvironmentType: { Local: 1, SharePoint: 3, ClassicSharePoint: 4, Test: 0 } };
}

/** @microsoft/sp-property-pane: the field builders (the pane itself is never opened here). */
export function spPropertyPane(): Record<string, unknown> {
  return {
    PropertyPaneChoiceGroup: (targetProperty: string, properties: unknown) => ({ type: 10, targetProperty, properties }),
    PropertyPaneTextField: (targetProperty: string, properties: unknown) => ({ type: 3, targetProperty, properties })
  };
}

async function localToken(config: ShimConfig): Promise<string> {
  const response = await fetch(`/local-auth/token?as=${encodeURIComponent(config.user.key)}`);
  if (!response.ok) throw new Error(`The local token endpoint answered ${response.status}.`);
  return ((await response.json()) as { token: string }).token;
}

/** @microsoft/sp-http: AadHttpClient (the case service, with the person's Entra token) and the configurations. */
export function spHttp(config: ShimConfig): Record<string, unknown> {
  class AadHttpClient {
    public static readonly configurations = { v1: { flags: {} } };
    public constructor(private readonly resource: string) {}
    public async get(url: string): Promise<Response> {
      return this.send(url, { method: 'GET' });
    }
    public async post(
      url: string,
      _configuration: unknown,
      options: { headers?: Record<string, string>; body?: BodyInit }
    ): Promise<Response> {
      return this.send(url, { method: 'POST', headers: options.headers, body: options.body });
    }
    private async send(url: string, init: RequestInit): Promise<Response> {
      if (this.resource !== config.serviceResource) throw new Error(`No token for ${this.resource} in the SPFx shim.`);
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${await localToken(config)}`);
      return fetch(url, { ...init, headers });
    }
  }
  class SPHttpClient {
    public static readonly configurations = { v1: { flags: {} } };
    public get(url: string): Promise<Response> {
      return fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
    }
    public post(url: string, _configuration: unknown, options: RequestInit): Promise<Response> {
      return fetch(url, { ...options, method: 'POST' });
    }
  }
  return { AadHttpClient, SPHttpClient, HttpClient: SPHttpClient };
}

/** MSGraphClientV3's fluent request, over fetch to the local Graph answer. */
function graphClient(config: ShimConfig): { api(path: string): unknown } {
  return {
    api(path: string) {
      let version = 'v1.0';
      let headers: Record<string, string> = {};
      const request = {
        version(value: string) {
          version = value;
          return request;
        },
        headers(value: Record<string, string>) {
          headers = { ...headers, ...value };
          return request;
        },
        responseType() {
          return request;
        },
        get: () => fetch(`${config.graphBase}/${version}${path}`, { headers }),
        post: (body: unknown) =>
          fetch(`${config.graphBase}/${version}${path}`, {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify(body)
          })
      };
      return request;
    }
  };
}

/** The WebPartContext the web part reads: pageContext, the HTTP client factories and the Teams SDK. */
export function webPartContext(config: ShimConfig, spHttpModule: Record<string, unknown>): Record<string, unknown> {
  const { AadHttpClient, SPHttpClient } = spHttpModule as {
    AadHttpClient: new (resource: string) => unknown;
    SPHttpClient: new () => unknown;
  };
  const site = new URL(config.siteUrl);
  return {
    pageContext: {
      web: { absoluteUrl: config.siteUrl, serverRelativeUrl: site.pathname, title: 'Customer Case Management' },
      site: { absoluteUrl: config.siteUrl, serverRelativeUrl: site.pathname },
      user: {
        loginName: config.user.login.replace(/^i:0#\.f\|membership\|/, ''),
        displayName: config.user.displayName,
        email: config.user.email
      },
      aadInfo: { userId: { toString: () => config.user.entraObjectId } },
      cultureInfo: { currentCultureName: 'en-GB', currentUICultureName: 'en-GB' },
      legacyPageContext: {}
    },
    spHttpClient: new SPHttpClient(),
    aadHttpClientFactory: { getClient: async (resource: string) => new AadHttpClient(resource) },
    msGraphClientFactory: { getClient: async () => graphClient(config) },
    sdks: {
      microsoftTeams: config.teams
        ? {
            teamsJs: {
              app: {
                getContext: async () => ({ app: { theme: config.teams?.theme }, page: { subPageId: config.teams?.subPageId ?? '' } }),
                registerOnThemeChangeHandler: () => undefined
              }
            }
          }
        : undefined
    }
  };
}

/**
 * @microsoft/sp-webpart-base: BaseClientSideWebPart with the lifecycle SPFx runs (construct,
 * initialise with context and properties, onInit, render; onDispose on removal). A function
 * constructor, so that both `class extends` and tslib's __extends work on it.
 */
export function spWebPartBase(): Record<string, unknown> {
  function BaseClientSideWebPart(this: Record<string, unknown>): void {
    this.properties = {};
  }
  BaseClientSideWebPart.prototype.onInit = function onInit(): Promise<void> {
    return Promise.resolve();
  };
  BaseClientSideWebPart.prototype.onDispose = function onDispose(): void {
    return undefined;
  };
  BaseClientSideWebPart.prototype.onThemeChanged = function onThemeChanged(): void {
    return undefined;
  };
  BaseClientSideWebPart.prototype.__shimInitialise = function initialise(
    this: Record<string, unknown>,
    context: unknown,
    properties: Record<string, unknown>,
    domElement: HTMLElement
  ): void {
    this.context = context;
    this.properties = properties;
    this.domElement = domElement;
  };
  return { BaseClientSideWebPart };
}
