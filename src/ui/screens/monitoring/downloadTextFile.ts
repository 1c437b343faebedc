// Saves text as a file on the user's device (a Blob and a temporary link). The link is
// removed straight away; nothing is left in the page for screen readers to trip over.
export function downloadTextFile(text: string, fileName: string, mimeType: string): void {
  // The byte order mark makes Excel read the CSV as UTF-8 (names such as Zoë, Seán).
  const blob = new Blob(['\ufeff', text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
