using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Writes, for every partial interface with at least one verb-attributed method, a static <c>Create(HttpClient)</c>
/// factory and the implementation it returns, and reports what is wrong with the declaration. One pipeline per verb
/// attribute; each interface is parsed once, by the pipeline of its first verb attribute
/// (<see cref="Parser.ParseInterfaceOfFirstMethod"/>), and that one parse feeds both the source and the diagnostics.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    private static readonly string[] s_verbAttributes =
    [
        KnownTypeNames.GetAttribute,
        KnownTypeNames.PostAttribute,
        KnownTypeNames.PutAttribute,
        KnownTypeNames.PatchAttribute,
        KnownTypeNames.DeleteAttribute,
        KnownTypeNames.HeadAttribute,
        KnownTypeNames.OptionsAttribute,
    ];

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (string verbAttribute in s_verbAttributes)
        {
            IncrementalValuesProvider<InterfaceResult> results = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    verbAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: Parser.ParseInterfaceOfFirstMethod)
                .WithTrackingName(TrackingNames.InterfaceResult)
                .Where(static result => result is not null)
                .Select(static (result, _) => result!);

            IncrementalValuesProvider<InterfaceSpec> specs = results
                .Where(static result => result.Spec is not null)
                .Select(static (result, _) => result.Spec!)
                .WithTrackingName(TrackingNames.InterfaceSpec);
            context.RegisterSourceOutput(specs, static (output, spec) => output.AddSource(spec.HintName, Emitter.Emit(spec)));

            // Diagnostics need the syntax trees of the current compilation so that #pragma and the editor see them
            // at their source location; only interfaces with problems pay for the pairing.
            IncrementalValuesProvider<(EquatableArray<DiagnosticInfo> Diagnostics, Compilation Compilation)> problems = results
                .Select(static (result, _) => result.Diagnostics)
                .Where(static diagnostics => diagnostics.Count > 0)
                .WithTrackingName(TrackingNames.Diagnostics)
                .Combine(context.CompilationProvider);
            context.RegisterSourceOutput(problems, static (output, pair) => Report(output, pair.Diagnostics, pair.Compilation));
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        var trees = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (diagnostic.FilePath.Length > 0 && !trees.ContainsKey(diagnostic.FilePath))
            {
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    if (tree.FilePath == diagnostic.FilePath)
                    {
                        trees.Add(diagnostic.FilePath, tree);
                        break;
                    }
                }
            }

            trees.TryGetValue(diagnostic.FilePath, out SyntaxTree? found);
            output.ReportDiagnostic(diagnostic.ToDiagnostic(found));
        }
    }
}
