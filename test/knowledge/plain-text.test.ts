import { expect, test } from 'vitest';

import { snippetPlainText } from '../../lib/knowledge/plain-text';

test.each([
  ['emphasis is dropped', 'Your refund is **on its way**, *promise*.', 'Your refund is on its way, promise.'],
  [
    'paragraphs keep a blank line, line breaks stay',
    'Hi {{requester.firstName | "there"}},\n\nThanks.\n\nBest regards,\n{{agent.name}}',
    'Hi {{requester.firstName | "there"}},\n\nThanks.\n\nBest regards,\n{{agent.name}}',
  ],
  ['bullets', '- Router X2\n- Mesh Extender', '• Router X2\n• Mesh Extender'],
  ['numbers, from the list start', '3. Restart\n4. Wait', '3. Restart\n4. Wait'],
  [
    'nested lists indent',
    '- Lights\n  - Fibre green\n  - Wi-Fi green',
    '• Lights\n  • Fibre green\n  • Wi-Fi green',
  ],
  [
    'links as "text (url)"',
    'See [Refund timeline](https://help.northwind-broadband.example/billing/refund-timeline).',
    'See Refund timeline (https://help.northwind-broadband.example/billing/refund-timeline).',
  ],
  [
    'a bare link once',
    '<https://status.northwind-broadband.example>',
    'https://status.northwind-broadband.example',
  ],
  [
    'mailto without its scheme',
    '[Billing](mailto:billing@northwind.example)',
    'Billing (billing@northwind.example)',
  ],
  ['images as alt text', '![Router lights](https://img.example/a.png)', 'Router lights'],
  ['quotes keep their marker', '> Service is back.', '> Service is back.'],
  ['code as written', 'Open `http://192.168.1.1`', 'Open http://192.168.1.1'],
  ['a heading as its text', '## Next steps\n\nReply here.', 'Next steps\n\nReply here.'],
  ['tables as rows', '| Plan | Price |\n| --- | --- |\n| Fibre 500 | $55 |', 'Plan | Price\nFibre 500 | $55'],
])('%s', (_case, markdown, text) => {
  expect(snippetPlainText(markdown)).toBe(text);
});
