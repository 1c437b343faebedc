declare interface ICustomerCaseManagementWebPartStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  ModeFieldLabel: string;
  ModeApp: string;
  ModeGuidance: string;
}

declare module 'CustomerCaseManagementWebPartStrings' {
  const strings: ICustomerCaseManagementWebPartStrings;
  export = strings;
}
