/**
 * What every screen receives. Services come from useAppServices(); navigation from
 * useNavigation(). Kept apart from the route table so that a screen names its props without
 * importing the table that lazy-loads every screen (which would make the two import each other).
 */
export interface ScreenProps {
  params: Readonly<Record<string, string>>;
}
