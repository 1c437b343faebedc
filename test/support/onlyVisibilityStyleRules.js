// Speed for the jsdom screen tests (issue 15), with nothing they assert given up.
//
// Fluent UI v9 (Griffel) inserts one atomic CSS rule per style declaration: several thousand in a
// screen test. jsdom does no layout or painting, so the only thing any of those rules can change
// in a test is what Testing Library and jest-dom read from getComputedStyle: whether an element is
// displayed or visible (`display: none`, `visibility: hidden`, `opacity: 0`, for role queries'
// accessibility and toBeVisible). jsdom matches every rule against the element and each of its
// ancestors on every such call, which made the role queries of a screen test spend most of their
// time there. So in jsdom only the rules that can hide something are inserted; the rest (colours,
// spacing, fonts: nothing jsdom can show) are dropped. Colour and layout are checked in a real
// browser instead (test/a11y: axe in three themes, reflow at 320 px; test/journeys).
// Measured on test/ui/foiScreen.test.tsx: about a third less CPU for the same 14 tests.
const CAN_HIDE = /(?:^|[{;\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:[;}!]|$))/;

if (typeof CSSStyleSheet !== 'undefined') {
  const insertRule = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function insertOnlyRulesThatCanHide(rule, index) {
    if (typeof rule === 'string' && !CAN_HIDE.test(rule)) return typeof index === 'number' ? index : 0;
    return insertRule.call(this, rule, typeof index === 'number' ? Math.min(index, this.cssRules.length) : 0);
  };
}
