// The HTML shell of the local host page. Kept tiny: the real UI is the bundled React tree.

/** What the host server tells the page about the local stack (injected as JSON). */
export interface LocalHostConfig {
  /** True when `/sites/ccm` is proxied to a SharePoint emulator: SharePoint mode is the default. */
  sharePoint: boolean;
  /** True when `/api` is proxied to the case service and `/local-auth/token` issues tokens. */
  caseService: boolean;
}

export const LOCAL_CONFIG_GLOBAL = '__CCM_LOCAL__';

export function hostPageHtml(
  bundlePath: string,
  config: LocalHostConfig = { sharePoint: false, caseService: false },
  preloads: readonly string[] = [],
  entryImports: readonly string[] = []
): string {
  // The entry's imports in any mode; the services and home chunks only in SharePoint mode (the
  // in-memory mode loads neither the services chunk nor, always, home).
  const preloaded = config.sharePoint ? [...entryImports, ...preloads] : entryImports;
  const preloadLinks = preloaded.map((href) => `<link rel="modulepreload" href="${href}">\n`).join('');
  // JSON of two booleans: nothing user-controlled reaches the page.
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer Case Management (local)</title>
${preloadLinks}
<style>html, body, #root { margin: 0; height: 100%; font-family: 'Segoe UI', system-ui, sans-serif; }</style>
</head>
<body>
<div id="root"></div>
<script>window.${LOCAL_CONFIG_GLOBAL} = ${JSON.stringify(config)};</script>
<script type="module" src="${bundlePath}"></script>
</body>
</html>`;
}
