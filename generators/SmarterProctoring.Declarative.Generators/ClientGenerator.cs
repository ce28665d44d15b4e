using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Writes, for every partial interface with at least one verb-attributed method, a static <c>Create(HttpClient)</c>
/// factory and the implementation it returns. One pipeline per verb attribute; each interface is produced by the
/// pipeline of its first verb attribute only (see <see cref="Parser.ParseInterfaceOfFirstMethod"/>).
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
    ];

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (string verbAttribute in s_verbAttributes)
        {
            IncrementalValuesProvider<InterfaceSpec> interfaces = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    verbAttribute,
                    predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    transform: Parser.ParseInterfaceOfFirstMethod)
                .WithTrackingName(TrackingNames.InterfaceSpec)
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.ValidInterfaceSpec);

            context.RegisterSourceOutput(interfaces, static (output, spec) => output.AddSource(spec.HintName, Emitter.Emit(spec)));
        }
    }
}
