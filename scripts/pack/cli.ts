import { pathToFileURL } from 'node:url';

import { buildCommand } from './build';
import type { Command, Io } from './command';
import { diagnoseCommand } from './diagnose';
import { importProposalsCommand } from './import-proposals';
import { initCommand } from './init';
import { keygenCommand } from './keygen';
import { reportCommand } from './report';
import { schemaCommand } from './schema';
import { serveCommand } from './serve';
import { signCommand } from './sign';
import { validateCommand } from './validate';

/** `npm run pack -- <command>`: the team lead's tool for knowledge packs. */
const commands: Command[] = [
  initCommand,
  validateCommand,
  buildCommand,
  keygenCommand,
  signCommand,
  serveCommand,
  schemaCommand,
  reportCommand,
  importProposalsCommand,
  diagnoseCommand,
];

const nameWidth = Math.max(...commands.map((command) => command.name.length)) + 2;

const overview = `Usage: npm run pack -- <command> [options]

${commands.map((command) => `  ${command.name.padEnd(nameWidth)}${command.summary}`).join('\n')}

npm run pack -- <command> --help shows a command's options.`;

export async function runCli(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`unknown command "${name}"`);
    io.err(overview);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

/** Runs the command line this process was started with (`npm run pack -- …`, or the `touchpoint-pack` bin). */
export async function main(): Promise<void> {
  const io: Io = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    // npm run starts scripts in the repository root; paths are meant from where the lead typed them.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
