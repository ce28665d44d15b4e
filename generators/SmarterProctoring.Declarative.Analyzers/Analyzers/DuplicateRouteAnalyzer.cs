using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports a method that sends the same verb to the same route as an earlier method of the interface (SPD2009).
/// Placeholder names do not matter: <c>/items/{id}</c> and <c>/items/{itemId}</c> are the same endpoint.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateRouteAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateRoute);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        var first = new Dictionary<string, ClientMethod>(System.StringComparer.Ordinal);
        foreach (ClientMethod method in client.Methods)
        {
            if (!method.HasValidRoute)
            {
                continue;
            }

            string key = method.Verb!.Verb + " " + Shape(method.Template!);
            if (first.TryGetValue(key, out ClientMethod? earlier))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateRoute, method.Location, method.Symbol.Name, method.Verb.Verb, method.Verb.Route, earlier.Symbol.Name));
            }
            else
            {
                first.Add(key, method);
            }
        }
    }

    private static string Shape(RouteTemplate template)
    {
        var shape = new StringBuilder();
        foreach (RouteSegment segment in template.Segments)
        {
            shape.Append(segment.Kind == RouteSegmentKind.Literal ? segment.Text : "{}");
        }

        return shape.ToString();
    }
}
