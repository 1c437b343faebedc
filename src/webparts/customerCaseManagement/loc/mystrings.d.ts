declare interface ICustomerCaseManagementWebPartStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  ModeFieldLabel: string;
  ModeApp: string;
  ModeGuidance: string;
  CaseServiceGroupName: string;
  ServiceUrlFieldLabel: string;
  ServiceUrlFieldDescription: string;
  ServiceUrlMustBeHttps: string;
  ServiceResourceFieldLabel: string;
  ServiceResourceFieldDescription: string;
}

declare module 'CustomerCaseManagementWebPartStrings' {
  const strings: ICustomerCaseManagementWebPartStrings;
  export = strings;
}
