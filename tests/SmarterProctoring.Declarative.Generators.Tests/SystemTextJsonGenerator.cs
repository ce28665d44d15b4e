using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>System.Text.Json's own source generator, the ground truth the generated JSON contexts are compared with.</summary>
internal static class SystemTextJsonGenerator
{
    /// <summary>Loads the generator from the reference pack of the runtime these tests run on.</summary>
    public static IIncrementalGenerator Load()
    {
        string dotnet = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string? path = Directory.EnumerateDirectories(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref"))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version())
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .FirstOrDefault(File.Exists);
        Assert.True(path is not null, "The .NET SDK's Microsoft.NETCore.App.Ref pack (which carries System.Text.Json's source generator) was not found under " + dotnet);
        Type type = Assembly.LoadFrom(path).GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }
}
