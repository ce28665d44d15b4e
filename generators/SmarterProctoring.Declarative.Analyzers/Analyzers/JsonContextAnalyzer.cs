using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Checks a JSON context the user brings: <c>[JsonContext]</c> must name a <c>JsonSerializerContext</c> (SPD3002)
/// that has metadata for every body and response type of the client (SPD3003, one diagnostic per type on the method
/// that needs it, with a code fix). Without <c>[JsonContext]</c> the generator writes the context; see
/// <see cref="GeneratedJsonContextAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonContextAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of SPD3003 that holds the missing type (fully qualified), for the code fix.</summary>
    public const string TypeProperty = "JsonType";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotAJsonContext, DiagnosticDescriptors.TypeMissingFromJsonContext);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.TryCreate(start.Compilation) is not KnownTypes known)
            {
                return;
            }

            var contexts = new ConcurrentDictionary<INamedTypeSymbol, JsonContextTypes>(SymbolEqualityComparer.Default);
            start.RegisterSymbolAction(c => AnalyzeClient(c, known, contexts), SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, known), SyntaxKind.Attribute);
        });
    }

    private static void AnalyzeClient(SymbolAnalysisContext context, KnownTypes known, ConcurrentDictionary<INamedTypeSymbol, JsonContextTypes> contexts)
    {
        if (ClientInterface.TryRead(context.Symbol, known, context.CancellationToken) is not ClientInterface client)
        {
            return;
        }

        if (JsonUsage.Context(client.Symbol, known) is not INamedTypeSymbol jsonContext || !JsonUsage.IsJsonContext(jsonContext, known))
        {
            return;
        }

        JsonContextTypes available = contexts.GetOrAdd(jsonContext, c => new JsonContextTypes(c, known.Json));
        foreach (ClientMethod method in client.Methods)
        {
            var reported = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach ((string use, ITypeSymbol type) in JsonUsage.TypesOf(method, known))
            {
                if (!available.Contains(type) && reported.Add(type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.TypeMissingFromJsonContext,
                        method.Location,
                        ImmutableDictionary<string, string?>.Empty.Add(TypeProperty, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)),
                        method.Symbol.Name,
                        use,
                        type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        jsonContext.Name));
                }
            }
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, KnownTypes known)
    {
        var attribute = (AttributeSyntax)context.Node;
        string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
            : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
            : string.Empty;
        if (name is not ("JsonContext" or "JsonContextAttribute")
            || attribute.ArgumentList?.Arguments.Count != 1
            || attribute.ArgumentList.Arguments[0].Expression is not TypeOfExpressionSyntax typeOf
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType is not INamedTypeSymbol attributeType
            || !KnownTypes.Is(attributeType, known.JsonContextAttribute)
            || context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not ITypeSymbol named
            || named.TypeKind == TypeKind.Error)
        {
            return;
        }

        if (named is not INamedTypeSymbol type || !JsonUsage.IsJsonContext(type, known))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotAJsonContext, typeOf.GetLocation(), named.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
        }
    }
}
