define([], function () {
  return {
    PropertyPaneDescription: 'Choose what this page shows.',
    DisplayGroupName: 'Display',
    ModeFieldLabel: 'Mode',
    ModeApp: 'Full app (staff, case officers, managers and monitoring)',
    ModeGuidance: "Guidance only (the Members' intranet page: no case data)",
    CaseServiceGroupName: 'Case service (administrators)',
    ServiceUrlFieldLabel: 'Case service address',
    ServiceUrlFieldDescription: 'The HTTPS address of the case service, for example https://ccm-service.example.gov.uk',
    ServiceUrlMustBeHttps: 'Enter a full address that starts with https://',
    ServiceResourceFieldLabel: 'Case service application ID URI',
    ServiceResourceFieldDescription: 'The Entra application ID URI the web part asks for a token for, for example api://ccm-service'
  };
});
