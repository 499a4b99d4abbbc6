import { startSalesforceConsole } from './salesforce/console-app';

// The demo server serves this bundle on every path of northwind.lightning.force.com.
startSalesforceConsole();
