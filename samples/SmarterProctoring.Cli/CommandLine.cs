using System;
using System.Collections.Generic;

namespace SmarterProctoring.Cli;

/// <summary>The parsed command line: a command path, options with values, and flags.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> s_flags = new(StringComparer.Ordinal) { "--sandbox", "--json", "--help", "-h" };

    private static readonly HashSet<string> s_valued = new(StringComparer.Ordinal)
    {
        "--install", "--course", "--exam", "--config", "--file", "--base-url", "--token-file", "--timeout",
    };

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Commands { get; } = [];

    public bool Help => _flags.Contains("--help") || _flags.Contains("-h");

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? inlineValue = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            if (s_flags.Contains(arg))
            {
                line._flags.Add(arg);
            }
            else if (s_valued.Contains(arg))
            {
                string? value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null || (inlineValue is null && value.StartsWith("--", StringComparison.Ordinal)))
                {
                    throw new UsageException(arg + " needs a value.");
                }

                if (!line._values.TryAdd(arg, value))
                {
                    throw new UsageException(arg + " is given twice.");
                }
            }
            else if (arg.StartsWith('-'))
            {
                throw new UsageException("unknown option '" + arg + "'. Run with --help to see the options.");
            }
            else
            {
                line.Commands.Add(arg);
            }
        }

        return line;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out string? value) ? value : null;
}
