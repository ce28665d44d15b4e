using System;

namespace SmarterProctoring.Cli;

/// <summary>A mistake on the command line, reported as one line and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
}
