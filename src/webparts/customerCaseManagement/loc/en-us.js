define([], function () {
  return {
    PropertyPaneDescription: 'Choose what this page shows.',
    DisplayGroupName: 'Display',
    ModeFieldLabel: 'Mode',
    ModeApp: 'Full app (staff, case officers, managers and monitoring)',
    ModeGuidance: "Guidance only (the Members' intranet page: no case data)"
  };
});
