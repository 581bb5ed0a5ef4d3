// CommandArguments: the options and positional arguments of one tool command.
//
// Parse(args, valueOptions, flagOptions) accepts "--name value" for value options and
// "--name" for flags, anything else not starting with "--" is positional; unknown options
// and missing values raise UsageException. Used by BuildCommand, SetCommand, ShowCommand.
using System.Collections.Generic;

namespace RalphOS.Boot;

public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new Dictionary<string, string>();
    private readonly HashSet<string> _flags = new HashSet<string>();

    public List<string> Positionals { get; } = new List<string>();

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flagOptions)
    {
        var values = new HashSet<string>(valueOptions);
        var flags = new HashSet<string>(flagOptions);
        var parsed = new CommandArguments();
        for (int index = 0; index < args.Count; index++)
        {
            string argument = args[index];
            if (!argument.StartsWith("--"))
            {
                parsed.Positionals.Add(argument);
            }
            else if (flags.Contains(argument))
            {
                parsed._flags.Add(argument);
            }
            else if (values.Contains(argument))
            {
                if (index + 1 >= args.Count)
                {
                    throw new UsageException($"option {argument} needs a value");
                }
                parsed._values[argument] = args[++index];
            }
            else
            {
                throw new UsageException($"unknown option {argument}");
            }
        }
        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string Optional(string option) => _values.TryGetValue(option, out string value) ? value : null;

    public string Required(string option) =>
        _values.TryGetValue(option, out string value) ? value : throw new UsageException($"missing required option {option}");
}
