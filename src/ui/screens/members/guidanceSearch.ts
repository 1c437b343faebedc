// Client-side search over guidance sections: every word typed must appear in the title or
// the text (case and accents ignored), so "group leader" finds the escalation steps.
import type { GuidanceSection } from '../../../domain/guidance';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function searchGuidance(sections: readonly GuidanceSection[], query: string): GuidanceSection[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...sections];
  return sections.filter((section) => {
    const haystack = fold(`${section.title}\n${section.bodyMarkdown}`);
    return words.every((word) => haystack.indexOf(word) >= 0);
  });
}
