import { ICO_INDICATORS, type IcoIndicator } from '../../../domain';
import type { FoiDraft } from './foiDraft';

/** The draft with the indicator ticked (blank evidence) or unticked, kept in ICO order. */
export function withIndicator(draft: FoiDraft, indicator: IcoIndicator, checked: boolean): FoiDraft {
  const others = draft.indicators.filter((item) => item.indicator !== indicator);
  const next = checked ? [...others, { indicator, evidence: '' }] : others;
  return { ...draft, indicators: next.sort((a, b) => ICO_INDICATORS.indexOf(a.indicator) - ICO_INDICATORS.indexOf(b.indicator)) };
}

let rowCounter = 0;
/** A key for a row the officer adds, unique for the page's life (saved rows keep theirs). */
export function rowKey(prefix: string): string {
  rowCounter += 1;
  return `${prefix}-new-${rowCounter}`;
}
