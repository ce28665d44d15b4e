using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;
using ReturnShape = SmarterProctoring.Declarative.Generators.Model.ReturnShape;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports method shapes a generated call cannot have: an unsupported return type (SPD2001), extra cancellation
/// tokens (SPD2004), by-reference parameters (SPD2005), type parameters (SPD2006), no verb (SPD2007, also for
/// methods inherited from plain base interfaces) and several verbs (SPD2008).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MethodShapeAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnsupportedReturnType, DiagnosticDescriptors.MultipleCancellationTokens, DiagnosticDescriptors.ByReferenceParameter,
        DiagnosticDescriptors.GenericMethod, DiagnosticDescriptors.MissingVerb, DiagnosticDescriptors.MultipleVerbs);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        string interfaceName = client.Symbol.Name;
        foreach (ClientMethod method in client.Methods)
        {
            string name = method.Symbol.Name;
            if (method.Verbs.IsEmpty)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingVerb, method.Location, name, interfaceName));
            }
            else if (method.Verbs.Length > 1)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MultipleVerbs, method.Location, name, method.Verbs.Length));
            }

            if (method.Symbol.IsGenericMethod)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericMethod, method.Location, name));
            }

            if (ReturnTypes.Read(method.Symbol.ReturnType, known).Shape == ReturnShape.Unsupported)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnsupportedReturnType, method.Location, name, method.Symbol.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }

            int tokens = 0;
            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Symbol.RefKind != RefKind.None)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ByReferenceParameter, parameter.Location, name, parameter.Name, RefKindText(parameter.Symbol.RefKind)));
                }

                if (parameter.Binding == Binding.CancellationToken && ++tokens > 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MultipleCancellationTokens, parameter.Location, name, parameter.Name));
                }
            }
        }

        foreach ((ISymbol member, Location location) in InheritedMembers.Of(client, known, context.CancellationToken))
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false })
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingVerb, location, InheritedMembers.NameOf(member), interfaceName));
            }
        }
    }

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        _ => "ref readonly",
    };
}
