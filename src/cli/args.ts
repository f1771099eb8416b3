/**
 * Parsing a command's arguments: options (`--name value`, `--name=value`, flags), repeated
 * options, and positional files. `--` ends the options. Every mistake is a usage error.
 */
import { usageError } from './io';

/** How an option is written: a flag, a single value, or a value that may be repeated. */
export type OptionKind = 'flag' | 'value' | 'list';

/** The options a command accepts, by long name without the dashes. */
export type OptionSpec = Record<string, OptionKind>;

/** Parsed arguments: flags set, values, repeated values, and the positional arguments. */
export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
  positional: string[];
}

/**
 * Parses `argv` (the arguments after the command name) against `spec`. `command` names the
 * command in messages.
 */
export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), lists: new Map(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    const kind = arg.startsWith('--') && Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined) throw usageError(`“${command}” has no option “${eq >= 0 ? arg.slice(0, eq) : arg}”.`);
    if (kind === 'flag') {
      if (eq >= 0) throw usageError(`The option “--${name}” of “${command}” takes no value.`);
      parsed.flags.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) {
        throw usageError(`The option “--${name}” of “${command}” needs a value.`);
      }
      value = argv[++i];
    }
    if (value === '') throw usageError(`The option “--${name}” of “${command}” needs a value.`);
    if (kind === 'list') {
      parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
    } else {
      if (parsed.values.has(name)) throw usageError(`The option “--${name}” of “${command}” is given twice.`);
      parsed.values.set(name, value);
    }
  }
  return parsed;
}

/** The value of a required option, or a usage error naming it. */
export function required(command: string, args: ParsedArgs, name: string, hint: string): string {
  const value = args.values.get(name);
  if (value === undefined) throw usageError(`“${command}” needs --${name} ${hint}.`);
  return value;
}
