// The yardstick for the first-render benchmark (issue 19, item 3): a bare React 17 + Fluent UI v9
// page, a provider, a heading and four cards, bundled and loaded the same way as the local host
// page. The home screen's first render is printed as a ratio to this page's.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Body1, Card, CardHeader, FluentProvider, Text, Title2, webLightTheme } from '@fluentui/react-components';

const CARDS: readonly string[] = ['Record an incident', 'Check a customer', 'My reports', 'Cases'];

function BarePage(): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title2 as="h2">Welcome, bare page</Title2>
        <h3>What is due</h3>
        {CARDS.map((title) => (
          <Card key={title}>
            <CardHeader header={<Text weight="semibold">{title}</Text>} />
            <Body1>A card as the home screen shows one.</Body1>
          </Card>
        ))}
      </main>
    </FluentProvider>
  );
}

// The page lives as long as the tab: nothing ever unmounts it.
// eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
ReactDOM.render(<BarePage />, document.getElementById('root'));
