import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme
} from '@fluentui/react-components';
import type { HostKind, HostTheme } from './hostInfo';

/** Teams hosts get the Teams themes so the tab matches the client; SharePoint and local get the web themes. */
export function themeFor(kind: HostKind, theme: HostTheme): Theme {
  if (theme === 'contrast') return teamsHighContrastTheme;
  if (kind === 'teams') return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}
