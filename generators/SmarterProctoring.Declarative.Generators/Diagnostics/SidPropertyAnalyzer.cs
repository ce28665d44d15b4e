using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators.Diagnostics;

/// <summary>
/// Reports <c>[Sid]</c> on a property the generated checks cannot honour: a prefix that is not two uppercase letters
/// (SPD2022) or a property that is not a string or a collection of strings (SPD2023). A property belongs to a model,
/// not to one interface, so it is checked here once rather than by every interface's parse; the parse reads the
/// same attribute with the same <see cref="SidRules"/>. Parameters are checked by the parse.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SidPropertyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidSidPrefix, DiagnosticDescriptors.SidOnNonString);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            KnownSymbols known = KnownSymbols.For(start.Compilation);
            if (known.SidAttribute is not null)
            {
                start.RegisterSymbolAction(c => AnalyzeProperty(c, known), SymbolKind.Property);
            }
        });
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, KnownSymbols known)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (SidRules.AttributeOf(property, known) is not AttributeData sid || sid.AttributeConstructor is null || sid.ConstructorArguments.Length != 1)
        {
            return;
        }

        string? prefix = sid.ConstructorArguments[0].Value as string;
        if (!SidPattern.IsValidPrefix(prefix))
        {
            Location location = AttributeArguments.LocationOf(sid, 0, "prefix", context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSidPrefix, location, prefix ?? "null"));
            return;
        }

        if (TypeShapes.ValueKindOf(property.Type, known) is not (ValueKind.String or ValueKind.StringCollection))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SidOnNonString, property.Locations[0], property.Name, property.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), "string or a collection of strings"));
        }
    }
}
