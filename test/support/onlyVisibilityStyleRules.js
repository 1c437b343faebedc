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

// jsdom's CSSStyleSheet is cssom's, loaded once per Jest worker outside the test file's sandbox:
// its prototype is shared by every file the worker runs. A patch made in a file is a function of
// that file's realm, so left in place it keeps the file's whole window, React and module registry
// alive; and a patch that wrapped whatever it found wrapped the previous file's patch, a chain that
// kept every earlier file alive (about 55 MB each: a worker ended a full run holding 2 GB).
// So each file wraps cssom's own insertRule (kept under a registry symbol, which every realm sees)
// and puts it back after its tests.
/* global CSSStyleSheet, afterAll -- jsdom's window and Jest's globals, in a setup file */
const ORIGINAL = Symbol.for('ccm.test.cssom.insertRule');

if (typeof CSSStyleSheet !== 'undefined') {
  const prototype = CSSStyleSheet.prototype;
  if (!Object.prototype.hasOwnProperty.call(prototype, ORIGINAL)) {
    Object.defineProperty(prototype, ORIGINAL, { value: prototype.insertRule });
  }
  const insertRule = prototype[ORIGINAL];
  prototype.insertRule = function insertOnlyRulesThatCanHide(rule, index) {
    if (typeof rule === 'string' && !CAN_HIDE.test(rule)) return typeof index === 'number' ? index : 0;
    return insertRule.call(this, rule, typeof index === 'number' ? Math.min(index, this.cssRules.length) : 0);
  };
  afterAll(() => {
    prototype.insertRule = insertRule;
  });
}
