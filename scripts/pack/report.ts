import { usageError, type Command, type Io } from './command';
import { reportMergeUsage, runReportMerge } from './report-merge';

/** `report <subcommand>`: the team lead's work with agents' exports. One subcommand so far. */
const subcommands = new Map<string, (args: string[], io: Io) => Promise<number | string>>([
  ['merge', runReportMerge],
]);

export const reportCommand: Command = {
  name: 'report',
  summary: 'merge agents\' "My day" exports into a team table',
  usage: reportMergeUsage,
  async run(args, io) {
    const [name, ...rest] = args;
    if (name === undefined) return usageError(io, reportCommand, 'missing a subcommand: merge');
    const subcommand = subcommands.get(name);
    if (!subcommand)
      return usageError(io, reportCommand, `unknown subcommand "${name}"; the one there is: merge`);
    const result = await subcommand(rest, io);
    return typeof result === 'string' ? usageError(io, reportCommand, `merge: ${result}`) : result;
  },
};
