/**
 * The demo helpdesk's tickets: one support team (Northwind Broadband) working in Zendesk and
 * Salesforce at once, with customers who come back on other channels. Times are relative to
 * when the demo starts, so countdowns and "2 h ago" stay meaningful whenever it runs.
 */
export type DemoAuthor = 'customer' | 'agent' | 'bot' | 'internal';

export interface DemoMessage {
  author: DemoAuthor;
  /** Person or bot shown as the sender. */
  name: string;
  minutesAgo: number;
  body: string;
}

export interface DemoCustomer {
  name: string;
  email?: string;
  phone?: string;
  handle?: string;
}

export interface DemoZendeskTicket {
  helpdesk: 'zendesk';
  id: number;
  subject: string;
  customer: DemoCustomer;
  /** As Zendesk's "Via" label shows it. */
  via: 'Email' | 'Web form' | 'WhatsApp' | 'Phone call (incoming)' | 'Chat';
  priority?: 'Low' | 'Normal' | 'High' | 'Urgent';
  status: 'New' | 'Open' | 'Pending' | 'On-hold' | 'Solved';
  tags: string[];
  minutesAgoCreated: number;
  messages: DemoMessage[];
}

export interface DemoSalesforceCase {
  helpdesk: 'salesforce';
  /** 18-character Case record id. */
  recordId: string;
  /** Case Number as shown, leading zeros kept. */
  caseNumber: string;
  subject: string;
  customer: DemoCustomer;
  contactRecordId: string;
  accountName: string;
  origin: 'Email' | 'Phone' | 'Web' | 'Chat';
  priority: 'Low' | 'Medium' | 'High';
  status: 'New' | 'Working' | 'Escalated' | 'Closed';
  minutesAgoCreated: number;
  messages: DemoMessage[];
}

const maya: DemoCustomer = {
  name: 'Maya Okafor',
  email: 'maya.okafor@example.com',
  phone: '+1 415 555 0143',
};
const daniel: DemoCustomer = { name: 'Daniel Reyes', phone: '+44 7700 900123', handle: '+44 7700 900123' };
const priya: DemoCustomer = { name: 'Priya Natarajan', email: 'priya.n@example.org' };
const tom: DemoCustomer = {
  name: 'Tom Becker',
  email: 'tom.becker@example.co.uk',
  phone: '+44 117 496 0321',
};
const grace: DemoCustomer = { name: 'Grace Liu', email: 'grace.liu@example.net', phone: '+1 206 555 0178' };
const omar: DemoCustomer = {
  name: 'Omar Haddad',
  email: 'omar.haddad@example.com',
  phone: '+1 312 555 0199',
};

export const zendeskTickets: DemoZendeskTicket[] = [
  {
    helpdesk: 'zendesk',
    id: 4512,
    subject: 'Refund for double charge on November invoice',
    customer: maya,
    via: 'Email',
    priority: 'High',
    status: 'Open',
    tags: ['billing', 'refund', 'invoice'],
    minutesAgoCreated: 190,
    messages: [
      {
        author: 'customer',
        name: maya.name,
        minutesAgo: 190,
        body: 'Hi,\n\nI was charged twice for my November invoice (INV-20931), $89.00 each on the 3rd. Could you refund the duplicate charge? My account number is NW-558201.\n\nThanks,\nMaya',
      },
      {
        author: 'agent',
        name: 'Sam Patel',
        minutesAgo: 150,
        body: 'Hi Maya,\n\nSorry about that. I can see the duplicate payment and have asked our billing team to reverse it. You should see it within 3–5 business days.\n\nBest,\nSam',
      },
      {
        author: 'internal',
        name: 'Sam Patel',
        minutesAgo: 148,
        body: 'Refund request RF-7781 raised with billing.',
      },
      {
        author: 'customer',
        name: maya.name,
        minutesAgo: 35,
        body: 'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
      },
    ],
  },
  {
    helpdesk: 'zendesk',
    id: 4519,
    subject: 'Router keeps dropping Wi-Fi every evening',
    customer: daniel,
    via: 'WhatsApp',
    priority: 'Normal',
    status: 'Open',
    tags: ['wifi', 'router_x2', 'connectivity'],
    minutesAgoCreated: 95,
    messages: [
      {
        author: 'bot',
        name: 'Northwind Assistant',
        minutesAgo: 96,
        body: 'Hi! What can we help you with today?',
      },
      {
        author: 'customer',
        name: daniel.name,
        minutesAgo: 95,
        body: 'My Router X2 drops the Wi-Fi every evening around 8pm, the upstairs rooms lose signal completely',
      },
      {
        author: 'agent',
        name: 'Sam Patel',
        minutesAgo: 80,
        body: 'Thanks Daniel, which firmware version does the router show?',
      },
      {
        author: 'customer',
        name: daniel.name,
        minutesAgo: 12,
        body: 'It says 2.4.1. Signal upstairs is still weak',
      },
    ],
  },
  {
    helpdesk: 'zendesk',
    id: 4498,
    subject: "Can't log in after password reset",
    customer: priya,
    via: 'Web form',
    priority: 'Low',
    status: 'Pending',
    tags: ['account', 'login'],
    minutesAgoCreated: 1460,
    messages: [
      {
        author: 'customer',
        name: priya.name,
        minutesAgo: 1460,
        body: 'I reset my password yesterday but the account portal still says "invalid credentials". I have tried two browsers.',
      },
      {
        author: 'agent',
        name: 'Lena Fischer',
        minutesAgo: 1300,
        body: 'Hi Priya, I have cleared the lock on your account. Could you try again and let me know?',
      },
    ],
  },
  {
    helpdesk: 'zendesk',
    id: 4527,
    subject: 'No internet since 6am — Bristol BS8',
    customer: tom,
    via: 'Email',
    priority: 'Urgent',
    status: 'New',
    tags: ['outage', 'bristol'],
    minutesAgoCreated: 22,
    messages: [
      {
        author: 'customer',
        name: tom.name,
        minutesAgo: 22,
        body: 'Our whole street (BS8 area) has had no internet since about 6am. I work from home and need this fixed today. Is there an outage?',
      },
    ],
  },
  {
    helpdesk: 'zendesk',
    id: 4530,
    subject: 'Callback: refund still not received',
    customer: maya,
    via: 'Phone call (incoming)',
    priority: 'High',
    status: 'Open',
    tags: ['billing', 'refund', 'callback'],
    minutesAgoCreated: 8,
    messages: [
      {
        author: 'customer',
        name: maya.name,
        minutesAgo: 8,
        body: 'Call from +1 415 555 0143. Caller says the duplicate November charge has not been refunded yet and asks for a callback today.',
      },
    ],
  },
  {
    helpdesk: 'zendesk',
    id: 4533,
    subject: 'Callback: Wi-Fi upstairs still patchy',
    customer: daniel,
    via: 'Phone call (incoming)',
    priority: 'Normal',
    status: 'New',
    tags: ['wifi', 'callback'],
    minutesAgoCreated: 3,
    messages: [
      {
        author: 'customer',
        name: daniel.name,
        minutesAgo: 3,
        body: 'Call from +44 7700 900123. Caller says the Wi-Fi signal upstairs is still weak in the evenings after the firmware update and asks what else can be done.',
      },
    ],
  },
];

export const salesforceCases: DemoSalesforceCase[] = [
  {
    helpdesk: 'salesforce',
    recordId: '5005g00000Qm7XyAAJ',
    caseNumber: '00104217',
    subject: 'Shipping delay for Mesh Extender order',
    customer: grace,
    contactRecordId: '0035g00000LkT2bAAF',
    accountName: 'Liu Household',
    origin: 'Email',
    priority: 'High',
    status: 'Working',
    minutesAgoCreated: 300,
    messages: [
      {
        author: 'customer',
        name: grace.name,
        minutesAgo: 300,
        body: 'My Mesh Extender order SO-44120 was due on Monday and tracking has not moved for four days. Can you tell me where it is?',
      },
      {
        author: 'agent',
        name: 'Ana Gomez',
        minutesAgo: 240,
        body: 'Hi Grace, I have opened a trace with the carrier and will update you by tomorrow.',
      },
    ],
  },
  {
    helpdesk: 'salesforce',
    recordId: '5005g00000Qm7Y3AAJ',
    caseNumber: '00104221',
    subject: 'Return request: damaged router on arrival',
    customer: omar,
    contactRecordId: '0035g00000LkT3cAAF',
    accountName: 'Haddad Consulting',
    origin: 'Phone',
    priority: 'Medium',
    status: 'New',
    minutesAgoCreated: 45,
    messages: [
      {
        author: 'customer',
        name: omar.name,
        minutesAgo: 45,
        body: 'Customer called: the Router X2 delivered today has a cracked case and will not power on. Wants a replacement, not a refund.',
      },
    ],
  },
  {
    helpdesk: 'salesforce',
    recordId: '5005g00000Qm7Y8AAJ',
    caseNumber: '00104225',
    subject: 'Upgrade to Fibre 500 plan',
    customer: maya,
    contactRecordId: '0035g00000LkT4dAAF',
    accountName: 'Okafor Studio',
    origin: 'Web',
    priority: 'Low',
    status: 'New',
    minutesAgoCreated: 600,
    messages: [
      {
        author: 'customer',
        name: maya.name,
        minutesAgo: 600,
        body: 'I would like to upgrade from Fibre 100 to Fibre 500. Is there an installation fee, and can I keep my current router?',
      },
    ],
  },
  {
    helpdesk: 'salesforce',
    recordId: '5005g00000Qm7YDAAZ',
    caseNumber: '00104230',
    subject: 'Billing address change after move',
    customer: grace,
    contactRecordId: '0035g00000LkT2bAAF',
    accountName: 'Liu Household',
    origin: 'Chat',
    priority: 'Medium',
    status: 'Escalated',
    minutesAgoCreated: 70,
    messages: [
      {
        author: 'customer',
        name: grace.name,
        minutesAgo: 70,
        body: 'Hi, I moved house last week and need to change my billing address to 18 Harbour Lane, Seattle WA 98101.',
      },
      {
        author: 'agent',
        name: 'Ana Gomez',
        minutesAgo: 66,
        body: 'Happy to help. I need to verify your identity first.',
      },
    ],
  },
];

/** Zendesk user ids of the demo's requesters, as the mock API knows them. */
export const zendeskUserIds = new Map<string, number>([
  [maya.name, 39920145],
  [daniel.name, 39920311],
  [priya.name, 39920402],
  [tom.name, 39920587],
]);

/** Earlier tickets that only Zendesk's API shows (closed before the demo's day began). */
export interface DemoPastTicket {
  id: number;
  subject: string;
  customer: DemoCustomer;
  /** Zendesk API `via.channel`. */
  channel: 'email' | 'web' | 'voice' | 'chat' | 'native_messaging';
  status: 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high';
  tags: string[];
  minutesAgoCreated: number;
  minutesAgoUpdated: number;
}

export const zendeskPastTickets: DemoPastTicket[] = [
  {
    id: 4301,
    subject: 'Router X2 setup: Wi-Fi name and password',
    customer: maya,
    channel: 'chat',
    status: 'closed',
    priority: 'normal',
    tags: ['router_x2', 'setup'],
    minutesAgoCreated: 60 * 24 * 21,
    minutesAgoUpdated: 60 * 24 * 20,
  },
  {
    id: 4388,
    subject: 'Invoice shows the wrong billing address',
    customer: maya,
    channel: 'email',
    status: 'solved',
    priority: 'low',
    tags: ['billing', 'invoice'],
    minutesAgoCreated: 60 * 24 * 9,
    minutesAgoUpdated: 60 * 24 * 8,
  },
  {
    id: 4240,
    subject: 'Slow speeds in the evening',
    customer: daniel,
    channel: 'voice',
    status: 'closed',
    priority: 'normal',
    tags: ['connectivity'],
    minutesAgoCreated: 60 * 24 * 40,
    minutesAgoUpdated: 60 * 24 * 39,
  },
];
