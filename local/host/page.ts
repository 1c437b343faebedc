// The HTML shell of the local host page. Kept tiny: the real UI is the bundled React tree.
export function hostPageHtml(bundlePath: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer Case Management (local)</title>
<style>html, body, #root { margin: 0; height: 100%; font-family: 'Segoe UI', system-ui, sans-serif; }</style>
</head>
<body>
<div id="root"></div>
<script src="${bundlePath}"></script>
</body>
</html>`;
}
