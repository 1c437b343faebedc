// Guidance text is plain text (the council edits it in SharePoint): paragraphs separated by
// blank lines, bullets starting '- '. This turns it into blocks to render as <p> and <ul>,
// never as HTML, so nothing typed into the Guidance list can inject markup.
export type GuidanceBlock = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

export function guidanceBlocks(body: string): GuidanceBlock[] {
  const blocks: GuidanceBlock[] = [];
  for (const line of body.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '') continue;
    const last = blocks[blocks.length - 1];
    if (text.indexOf('- ') === 0) {
      if (last && last.kind === 'bullets') last.items.push(text.slice(2));
      else blocks.push({ kind: 'bullets', items: [text.slice(2)] });
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}
