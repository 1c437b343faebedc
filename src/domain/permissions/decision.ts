/** The answer to "may this user do this?", with the reason and the rule behind it. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /** BR id, or 'ROLE' when the answer comes from the role matrix alone. */
  rule: string;
}

export function allow(rule: string, reason: string): Decision {
  return { allowed: true, reason, rule };
}

export function deny(rule: string, reason: string): Decision {
  return { allowed: false, reason, rule };
}
