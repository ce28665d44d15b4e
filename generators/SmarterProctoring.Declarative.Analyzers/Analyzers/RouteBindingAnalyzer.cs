using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Matches route placeholders and parameters in both directions (SPD1014, SPD1015) and reports a route parameter
/// that is also given another binding (SPD1016). Runs only on valid routes: a broken route is reported on its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RouteBindingAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PlaceholderWithoutParameter, DiagnosticDescriptors.UnboundParameter, DiagnosticDescriptors.RouteParameterWithBinding);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            if (!method.HasValidRoute || method.Verb!.RouteSyntax(context.CancellationToken) is not ExpressionSyntax syntax)
            {
                continue;
            }

            string name = method.Symbol.Name;
            foreach (RouteSegment segment in method.Template!.Segments)
            {
                if (segment.Kind == RouteSegmentKind.Placeholder && !HasParameter(method, segment.Text))
                {
                    Location location = StringLiteralSpans.Locate(syntax, method.Verb.Route!, segment.Start, segment.Length);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PlaceholderWithoutParameter, location, name, segment.Text));
                }
            }

            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Binding == Binding.Unbound)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnboundParameter, parameter.Location, name, parameter.Name));
                }
                else if (parameter.InRoute && parameter.Binding != Binding.CancellationToken && parameter.BindingAttributes.Length == 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.RouteParameterWithBinding, parameter.Location, name, parameter.Name, parameter.Binding.ToString()));
                }
            }
        }
    }

    private static bool HasParameter(ClientMethod method, string name)
    {
        foreach (ClientParameter parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
