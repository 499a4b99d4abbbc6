import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes, and the directory its relative paths are read from. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** The directory the team lead ran the command in (npm run moves to the repository root). */
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** The exit code. */
  run(args: string[], io: Io): Promise<number>;
}

export function resolvePath(io: Io, path: string): string {
  return resolve(io.cwd, path);
}

type Options = NonNullable<ParseArgsConfig['options']>;

export type ParsedArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** The command's arguments, or a one-line reason they are wrong (unknown option, missing value). */
export function readArgs<T extends Options>(
  args: string[],
  options: T,
  positionals: { min: number; max: number; names: string },
): ParsedArgs<T> | string {
  let parsed: ParsedArgs<T>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) return `missing ${positionals.names}`;
  if (count > positionals.max) return `unexpected argument "${parsed.positionals[positionals.max]}"`;
  return parsed;
}

/** Reports wrong arguments the same way for every command. */
export function usageError(io: Io, command: Command, reason: string): number {
  io.err(`pack ${command.name}: ${reason}`);
  io.err(command.usage);
  return 2;
}

/** A file-system or other failure in words a team lead can act on. */
export function describeFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EEXIST') return 'it already exists';
  return error instanceof Error ? error.message : String(error);
}
