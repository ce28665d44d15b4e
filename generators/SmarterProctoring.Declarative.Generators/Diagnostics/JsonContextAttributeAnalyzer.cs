using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Diagnostics;

/// <summary>
/// Reports a <c>[JsonContext]</c> that names a type that is not a <c>JsonSerializerContext</c> (SPD3002), on the
/// attribute, once: the assembly's attribute is shared by every interface, so no one interface's parse reports it.
/// The parse treats the same attribute the same way (<see cref="KnownSymbols.IsJsonSerializerContext"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonContextAttributeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotAJsonContext);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            KnownSymbols known = KnownSymbols.For(start.Compilation);
            if (known.JsonContextAttribute is not null)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, known), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, KnownSymbols known)
    {
        var attribute = (AttributeSyntax)context.Node;
        string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
            : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
            : string.Empty;
        if (name is not ("JsonContext" or "JsonContextAttribute")
            || attribute.ArgumentList?.Arguments.Count != 1
            || attribute.ArgumentList.Arguments[0].Expression is not TypeOfExpressionSyntax typeOf
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType is not INamedTypeSymbol attributeType
            || !KnownSymbols.Is(attributeType, known.JsonContextAttribute)
            || context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not ITypeSymbol named
            || named.TypeKind == TypeKind.Error)
        {
            return;
        }

        if (named is not INamedTypeSymbol type || !known.IsJsonSerializerContext(type))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotAJsonContext, typeOf.GetLocation(), named.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
        }
    }
}
