import * as React from 'react';
import { DEFAULT_GUIDANCE, sectionsInForce, type GuidanceAudience, type GuidanceSection } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';
import { searchGuidance } from './guidanceSearch';

export interface GuidanceGroup {
  audience: GuidanceAudience;
  title: string;
  sections: GuidanceSection[];
}

export interface MemberGuidanceState {
  loading: boolean;
  /** True when the Guidance list could not be read and the default text is shown. */
  usingDefaults: boolean;
  query: string;
  setQuery(value: string): void;
  groups: GuidanceGroup[];
  matchCount: number;
}

const GROUPS: readonly { audience: GuidanceAudience; title: string }[] = [
  { audience: 'member', title: 'The councillors\u2019 policy' },
  { audience: 'staff', title: 'The staff policy' }
];

async function loadAudience(store: object, audience: GuidanceAudience): Promise<GuidanceSection[] | undefined> {
  const repository = (store as { guidance?: { listByAudience?(audience: GuidanceAudience): Promise<{ value: GuidanceSection }[]> } })
    .guidance;
  if (!repository || typeof repository.listByAudience !== 'function') return undefined;
  const stored = await repository.listByAudience(audience);
  return stored.map((entry) => entry.value);
}

/**
 * The councillors' and staff policies as readable guidance: from the SharePoint Guidance list
 * (the council's current text), falling back to the built-in default text when the list is
 * empty or cannot be read, so Members always have something to read.
 */
export function useMemberGuidance(): MemberGuidanceState {
  const { store, clock } = useAppServices();
  const [sections, setSections] = React.useState<GuidanceSection[] | undefined>(undefined);
  const [usingDefaults, setUsingDefaults] = React.useState(false);
  const [query, setQuery] = React.useState('');

  React.useEffect(() => {
    let current = true;
    Promise.all(GROUPS.map((group) => loadAudience(store, group.audience)))
      .then((loaded) => {
        const all = loaded.reduce<GuidanceSection[]>((acc, list) => acc.concat(list ?? []), []);
        if (!current) return;
        setUsingDefaults(all.length === 0);
        setSections(all.length > 0 ? all : [...DEFAULT_GUIDANCE]);
      })
      .catch(() => {
        if (!current) return;
        setUsingDefaults(true);
        setSections([...DEFAULT_GUIDANCE]);
      });
    return () => {
      current = false;
    };
  }, [store]);

  const inForce = React.useMemo(() => (sections ? sectionsInForce(sections, clock.today()) : []), [sections, clock]);
  const matching = React.useMemo(() => searchGuidance(inForce, query), [inForce, query]);
  const groups = GROUPS.map((group) => ({ ...group, sections: matching.filter((section) => section.audience === group.audience) }));
  return {
    loading: sections === undefined,
    usingDefaults,
    query,
    setQuery,
    groups,
    matchCount: groups.reduce((total, group) => total + group.sections.length, 0)
  };
}
