using System;
using System.IO;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>Files of this repository that the tests read (docs, release tracking, the SmarterProctoring client).</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Read(params string[] path) => File.ReadAllText(Path.Combine([Root, .. path]));

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SmarterProctoring.Declarative.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SmarterProctoring.Declarative.sln) is not above " + AppContext.BaseDirectory);
    }
}
