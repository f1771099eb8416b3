/**
 * The command line's testable core: dispatches a command and turns failures into a message
 * on stderr and an exit code (0 success, 1 invalid data, 2 usage error).
 */
import { agreementCommand } from './agreement-command';
import { anchorCommand } from './anchor-command';
import { convertCommand } from './convert';
import { type CliIo, CliError, EXIT } from './io';
import { searchCommand } from './search';
import { turnsCommand } from './turns';
import { qdpxCommand } from './qdpx';
import { USAGE } from './usage';
import { validateCommand } from './validate';

export type { CliIo } from './io';

/** The commands, by name. */
const COMMANDS: Record<string, (io: CliIo, argv: readonly string[]) => Promise<number>> = {
  validate: validateCommand,
  convert: convertCommand,
  anchor: anchorCommand,
  search: searchCommand,
  turns: turnsCommand,
  qdpx: qdpxCommand,
  agreement: agreementCommand,
};

/** Runs `workbench` with `argv` (the arguments after the program name); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const end = argv.indexOf('--');
  const options = end >= 0 ? argv.slice(0, end) : argv;
  if (options.includes('--help') || options.includes('-h') || argv[0] === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (argv.length === 0) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  const [name, ...rest] = argv;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new CliError(`Unknown command “${name}”. Commands: ${Object.keys(COMMANDS).join(', ')}.`, EXIT.usage);
    return await command(io, rest);
  } catch (error) {
    if (!(error instanceof CliError)) {
      io.stderr(`workbench: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      return EXIT.invalid;
    }
    io.stderr(`workbench${command ? ` ${name}` : ''}: ${error.message}\n`);
    if (error.exitCode === EXIT.usage) io.stderr('Run “workbench --help” for usage.\n');
    return error.exitCode;
  }
}
