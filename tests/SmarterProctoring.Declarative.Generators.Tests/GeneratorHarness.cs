using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>Compiles test sources against .NET 10 and the runtime library, and runs the generator over them.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>A stand-in JSON context: enough for generated code to compile; tests that run calls use real ones.</summary>
    public const string JsonContextSource = """
        namespace Test
        {
            public sealed class TestJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext
            {
                public TestJsonContext() : base(null) { }
                public static TestJsonContext Default { get; } = new();
                protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type) => null;
            }
        }
        """;

    private static readonly ImmutableArray<MetadataReference> s_references =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PutAttribute).Assembly.Location),
    ];

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Test",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + Array.IndexOf(sources, s) + ".cs")),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs the generator and returns its result and the compilation that includes its output. Any diagnostic of the
    /// run above Info fails it — an SPD warning or error included (but SPD3003, below), unless the test names it in
    /// <see cref="RunExpecting"/> — so a declaration meant to be clean cannot hide a rule it breaks.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params string[] sources) => RunExpecting([], sources);

    /// <summary>
    /// Runs the generator when the test means the declaration to break rules: <paramref name="expectedIds"/> may be
    /// reported (and each must be); anything else above Info, or any non-SPD diagnostic such as CS8785 for an
    /// exception, fails the run.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) RunExpecting(string[] expectedIds, params string[] sources)
    {
        CSharpCompilation compilation = Compile(sources);
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        // SPD3003 is what a stand-in context (JsonContextSource lists no types) always draws; it does not change the
        // generated code. Every other SPD report above Info must be one the test expects.
        Diagnostic[] unexpected = [.. diagnostics.Where(d => !d.Id.StartsWith("SPD", StringComparison.Ordinal)
            || (d.Severity > DiagnosticSeverity.Info && d.Id != "SPD3003" && !expectedIds.Contains(d.Id)))];
        if (unexpected.Length > 0)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join("\n", (object[])unexpected));
        }

        string[] missing = [.. expectedIds.Where(id => !diagnostics.Any(d => d.Id == id))];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException("The generator did not report: " + string.Join(", ", missing));
        }

        return (driver.GetRunResult(), output);
    }

    /// <summary>Errors and warnings of a compilation, ignoring nothing.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>The single generated file's text.</summary>
    public static (string HintName, string Text) SingleOutput(GeneratorDriverRunResult result)
    {
        GeneratedSourceResult source = Assert.Single(result.Results.Single().GeneratedSources);
        return (source.HintName, source.SourceText.ToString());
    }
}
