using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Compiles test sources against .NET 10 and the runtime library and collects every diagnostic of the compile-time
/// layer: those the generator's parse reports and those of the analyzers, run over the compilation with the
/// generated files as the compiler would.
/// </summary>
internal static class AnalyzerHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PutAttribute).Assembly.Location),
    ];

    /// <summary>Every analyzer in the generator assembly, found the way the compiler finds them.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. Instances<DiagnosticAnalyzer>(typeof(DiagnosticDescriptors).Assembly)];

    /// <summary>Every code fix in the code-fix assembly.</summary>
    public static readonly ImmutableArray<CodeFixProvider> CodeFixes = [.. Instances<CodeFixProvider>(typeof(CodeFixes.AddPartialCodeFix).Assembly)];

    /// <summary>Every compilation starts from this one, so the references are bound once, not once per test.</summary>
    private static readonly CSharpCompilation s_empty = CSharpCompilation.Create("Test", [], References, CompilationOptions);

    public static CSharpCompilation Compile(params string[] sources) =>
        s_empty.AddSyntaxTrees(sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Test" + i + ".cs")));

    /// <summary>
    /// Runs the generator and every analyzer and returns what they report (suppressed diagnostics included, marked as
    /// such). A generator or analyzer that throws fails the test: the compiler would turn the exception into CS8785 or
    /// AD0001.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool includeCompilerDiagnostics = false) =>
        (await AnalyzeWithOutputAsync(compilation, includeCompilerDiagnostics)).Diagnostics;

    /// <summary>As <see cref="AnalyzeAsync"/>, with the compilation that includes the generated files.</summary>
    public static async Task<(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeWithOutputAsync(Compilation compilation, bool includeCompilerDiagnostics = false)
    {
        (Compilation output, GeneratorDriverRunResult result, ImmutableArray<Diagnostic> generated) = GeneratorRun.Run(compilation);
        if (result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("The generator threw: " + string.Join("\n", result.Results.Select(r => r.Exception)));
        }

        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        CompilationWithAnalyzers withAnalyzers = output.WithAnalyzers(Analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = includeCompilerDiagnostics
            ? await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None)
            : await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        diagnostics = [.. generated, .. diagnostics];
        if (!exceptions.IsEmpty || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException(
                "An analyzer threw: " + string.Join("\n", exceptions.Select(e => e.ToString()).Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()))));
        }

        return (output, diagnostics);
    }

    /// <summary>The compiler's own errors, for checking that a test source says what it means to say.</summary>
    public static IReadOnlyList<Diagnostic> CompilerErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static IEnumerable<T> Instances<T>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!);
}
