import * as React from 'react';
import { DEFAULT_GUIDANCE, sectionsInForce, type GuidanceAudience, type GuidanceSection } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';
import { searchGuidance } from './guidanceSearch';

export interface GuidanceGroup {
  audience: GuidanceAudience;
  title: string;
  sections: GuidanceSection[];
  /** True when this policy is the built-in standard text: the Guidance list has none of it, or could not be read. */
  standardText: boolean;
}

export interface MemberGuidanceState {
  loading: boolean;
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
 * (the council's current text), falling back to the built-in default text of a policy when the
 * list holds none of it or cannot be read, so Members always read both policies.
 */
export function useMemberGuidance(): MemberGuidanceState {
  const { store, clock } = useAppServices();
  const [sections, setSections] = React.useState<GuidanceSection[] | undefined>(undefined);
  const [standardAudiences, setStandardAudiences] = React.useState<readonly GuidanceAudience[]>([]);
  const [query, setQuery] = React.useState('');

  React.useEffect(() => {
    let current = true;
    Promise.all(GROUPS.map((group) => loadAudience(store, group.audience)))
      .then((loaded) => {
        if (!current) return;
        // Policy by policy: a Guidance list that holds only the staff policy (as provisioning
        // writes it) must still show Members their own policy, in the standard text.
        const standard = GROUPS.filter((_, index) => (loaded[index] ?? []).length === 0).map((group) => group.audience);
        setStandardAudiences(standard);
        setSections([
          ...loaded.reduce<GuidanceSection[]>((acc, list) => acc.concat(list ?? []), []),
          ...DEFAULT_GUIDANCE.filter((section) => standard.indexOf(section.audience) >= 0)
        ]);
      })
      .catch(() => {
        if (!current) return;
        setStandardAudiences(GROUPS.map((group) => group.audience));
        setSections([...DEFAULT_GUIDANCE]);
      });
    return () => {
      current = false;
    };
  }, [store]);

  const inForce = React.useMemo(() => (sections ? sectionsInForce(sections, clock.today()) : []), [sections, clock]);
  const matching = React.useMemo(() => searchGuidance(inForce, query), [inForce, query]);
  const groups = GROUPS.map((group) => ({
    ...group,
    sections: matching.filter((section) => section.audience === group.audience),
    standardText: standardAudiences.indexOf(group.audience) >= 0
  }));
  return {
    loading: sections === undefined,
    query,
    setQuery,
    groups,
    matchCount: groups.reduce((total, group) => total + group.sections.length, 0)
  };
}
