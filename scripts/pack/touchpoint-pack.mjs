#!/usr/bin/env node
// `npx touchpoint-pack <command>` from the repository: runs the TypeScript pack tool through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
await main();
