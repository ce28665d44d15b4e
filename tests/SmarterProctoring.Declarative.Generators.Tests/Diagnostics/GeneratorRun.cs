using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmarterProctoring.Declarative.Generators;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>Runs the client generator over a compilation, as the compiler would.</summary>
internal static class GeneratorRun
{
    /// <summary>The compilation with the generated files, the driver's result and the diagnostics the driver reported.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(Compilation input)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ClientGenerator().AsSourceGenerator()], parseOptions: AnalyzerHarness.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Diagnostics of at least <paramref name="severity"/> located in generated files.</summary>
    public static IReadOnlyList<Diagnostic> InGeneratedCode(Compilation input, Compilation output, IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity)
    {
        var inputTrees = new HashSet<SyntaxTree>(input.SyntaxTrees);
        return diagnostics
            .Where(d => d.Severity >= severity && d.Location.SourceTree is SyntaxTree tree && !inputTrees.Contains(tree) && output.ContainsSyntaxTree(tree))
            .ToList();
    }
}
