import { mountZendeskDemo } from './zendesk/app';

// The demo server serves this bundle on every Zendesk path; the app reads the route from the URL.
mountZendeskDemo(document.body);
