// Zero axe violations (WCAG 2.2 A/AA rules) on every screen in the dark theme: see
// screensSuite.ts. One file per theme so that the three run side by side.
import { describeAccessibilityOfEveryScreen } from './screensSuite';

describeAccessibilityOfEveryScreen('dark');
