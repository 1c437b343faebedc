import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneChoiceGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';

import * as strings from 'CustomerCaseManagementWebPartStrings';
import { type AppMode, type HostInfo, type HostTheme, fromTeamsTheme, toAppMode } from '../../ui/host/hostInfo';

export interface ICustomerCaseManagementWebPartProps {
  /** `app`: the full product; `guidance`: the Members' intranet page with no case data. */
  mode: AppMode;
  /** Case service base URL (approvals API); set by the administrator. */
  serviceUrl?: string;
  /** Entra application id URI of the case service. */
  serviceResource?: string;
}

type UiModule = typeof import('../../ui/mount');

/** The case service must be reached over HTTPS; an empty value means "not configured". */
function httpsUrlError(value: string): string {
  if (!value) return '';
  try {
    return new URL(value).protocol === 'https:' ? '' : strings.ServiceUrlMustBeHttps;
  } catch {
    return strings.ServiceUrlMustBeHttps;
  }
}
type ComposeModule = typeof import('./composeServices');
type Services = ReturnType<ComposeModule['composeServices']>;

/**
 * Composition root for SharePoint and Teams. It only gathers the host facts (user, theme,
 * mode, deep link) and lazy-loads the UI chunk, so the entry bundle stays small.
 */
export default class CustomerCaseManagementWebPart extends BaseClientSideWebPart<ICustomerCaseManagementWebPartProps> {
  private theme: HostTheme = 'light';
  private teamsSubEntityId: string | undefined;
  private ui: UiModule | undefined;
  private services: Services | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // SPFx ships its own initialised teams-js; importing our own copy would create a second,
      // uninitialised instance (see TOOLCHAIN.md).
      const teamsContext = await teams.teamsJs.app.getContext();
      this.theme = fromTeamsTheme(teamsContext.app.theme);
      this.teamsSubEntityId = teamsContext.page.subPageId || undefined;
      teams.teamsJs.app.registerOnThemeChangeHandler((themeName: string) => {
        this.theme = fromTeamsTheme(themeName);
        this.render();
      });
    }
    // The UI and the SPFx composition (PnPjs, data ports, service client) load together, lazily.
    const [ui, compose] = await Promise.all([
      import(/* webpackChunkName: 'ccm-ui' */ '../../ui/mount'),
      import(/* webpackChunkName: 'ccm-ui' */ './composeServices')
    ]);
    this.ui = ui;
    const endpoint =
      this.properties.serviceUrl && this.properties.serviceResource
        ? { url: this.properties.serviceUrl, resource: this.properties.serviceResource }
        : undefined;
    // Not awaited: the UI paints its starting shell at once and fills in when the user's
    // groups and role assignments have been read.
    const host = this.hostInfo();
    this.services = compose.composeServices(this.context, host.user, endpoint, host.mode === 'app' && !host.deepLink?.caseId);
  }

  public render(): void {
    if (!this.ui || !this.services) return;
    this.ui.mountApp(this.domElement, this.hostInfo(), this.services);
  }

  private hostInfo(): HostInfo {
    const caseFromPage = new URLSearchParams(window.location.search).get('case') ?? undefined;
    const user = this.context.pageContext.user;
    const aadUser = this.context.pageContext.aadInfo?.userId;
    return {
      kind: this.context.sdks.microsoftTeams ? 'teams' : 'sharepoint',
      theme: this.theme,
      mode: toAppMode(this.properties.mode),
      user: {
        // The domain's user id is the Entra object id (the same id the tab token's oid and the bot's aadObjectId carry).
        id: aadUser ? aadUser.toString().toLowerCase() : '',
        login: user.loginName,
        displayName: user.displayName,
        email: user.email
      },
      deepLink: { caseId: this.teamsSubEntityId ?? caseFromPage }
    };
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    if (!currentTheme || this.context.sdks.microsoftTeams) return;
    this.theme = currentTheme.isInverted ? 'dark' : 'light';
    this.render();
  }

  protected onDispose(): void {
    this.ui?.unmountApp(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DisplayGroupName,
              groupFields: [
                PropertyPaneChoiceGroup('mode', {
                  label: strings.ModeFieldLabel,
                  options: [
                    { key: 'app', text: strings.ModeApp },
                    { key: 'guidance', text: strings.ModeGuidance }
                  ]
                })
              ]
            },
            {
              // Only the administrator who places the web part sets these; without them the
              // approvals buttons explain that the case service is not configured.
              groupName: strings.CaseServiceGroupName,
              groupFields: [
                PropertyPaneTextField('serviceUrl', {
                  label: strings.ServiceUrlFieldLabel,
                  description: strings.ServiceUrlFieldDescription,
                  onGetErrorMessage: httpsUrlError
                }),
                PropertyPaneTextField('serviceResource', {
                  label: strings.ServiceResourceFieldLabel,
                  description: strings.ServiceResourceFieldDescription
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
