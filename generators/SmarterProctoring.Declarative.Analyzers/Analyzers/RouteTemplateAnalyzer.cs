using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports every rule of the route grammar a verb attribute's template breaks (SPD1001–SPD1013), underlining the
/// offending placeholder or character inside the string literal. The grammar is the shared <c>RouteTemplate</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RouteTemplateAnalyzer : ClientInterfaceAnalyzer
{
    /// <summary>The property of SPD1009 that holds the placeholder name, for the code fix.</summary>
    public const string PlaceholderNameProperty = "PlaceholderName";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.EmptyRoute, DiagnosticDescriptors.MissingLeadingSlash, DiagnosticDescriptors.UnclosedBrace,
        DiagnosticDescriptors.UnopenedBrace, DiagnosticDescriptors.NestedBrace, DiagnosticDescriptors.EmptyPlaceholder,
        DiagnosticDescriptors.InvalidPlaceholderName, DiagnosticDescriptors.DuplicatePlaceholder, DiagnosticDescriptors.ForeignPlaceholder,
        DiagnosticDescriptors.Backslash, DiagnosticDescriptors.QueryInRoute, DiagnosticDescriptors.WhitespaceInRoute,
        DiagnosticDescriptors.EmptySegment);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            if (method.Verb is not { HasRoute: true } verb || method.Template is not RouteTemplate template
                || verb.RouteSyntax(context.CancellationToken) is not ExpressionSyntax syntax)
            {
                continue;
            }

            string name = method.Symbol.Name;
            string route = verb.Route ?? string.Empty;
            foreach (RouteTemplateError error in template.Errors)
            {
                Location location = error.Kind == RouteTemplateErrorKind.Empty
                    ? syntax.GetLocation()
                    : StringLiteralSpans.Locate(syntax, route, error.Start, error.Length);
                context.ReportDiagnostic(Describe(error, location, name, verb.Route));
            }
        }
    }

    private static Diagnostic Describe(RouteTemplateError error, Location location, string method, string? route) => error.Kind switch
    {
        RouteTemplateErrorKind.Empty => Diagnostic.Create(DiagnosticDescriptors.EmptyRoute, location, method, route is null ? "null" : "empty"),
        RouteTemplateErrorKind.MissingLeadingSlash => Diagnostic.Create(DiagnosticDescriptors.MissingLeadingSlash, location, method, route),
        RouteTemplateErrorKind.UnclosedBrace => Diagnostic.Create(DiagnosticDescriptors.UnclosedBrace, location, method, UpToSegmentEnd(route!, error.Start)),
        RouteTemplateErrorKind.UnopenedBrace => Diagnostic.Create(DiagnosticDescriptors.UnopenedBrace, location, method),
        RouteTemplateErrorKind.NestedBrace => Diagnostic.Create(DiagnosticDescriptors.NestedBrace, location, method),
        RouteTemplateErrorKind.EmptyPlaceholder => Diagnostic.Create(DiagnosticDescriptors.EmptyPlaceholder, location, method),
        RouteTemplateErrorKind.InvalidPlaceholderName => Diagnostic.Create(DiagnosticDescriptors.InvalidPlaceholderName, location, method, error.Text),
        RouteTemplateErrorKind.DuplicatePlaceholder => Diagnostic.Create(DiagnosticDescriptors.DuplicatePlaceholder, location, method, error.Text),
        RouteTemplateErrorKind.AnglePlaceholder or RouteTemplateErrorKind.ColonPlaceholder => Diagnostic.Create(
            DiagnosticDescriptors.ForeignPlaceholder,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(PlaceholderNameProperty, error.Text),
            method,
            route!.Substring(error.Start, error.Length),
            error.Text),
        RouteTemplateErrorKind.Backslash => Diagnostic.Create(DiagnosticDescriptors.Backslash, location, method),
        RouteTemplateErrorKind.QueryOrFragment => Diagnostic.Create(DiagnosticDescriptors.QueryInRoute, location, method, error.Text),
        RouteTemplateErrorKind.Whitespace => Diagnostic.Create(DiagnosticDescriptors.WhitespaceInRoute, location, method, DescribeCharacter(error.Text[0])),
        _ => Diagnostic.Create(DiagnosticDescriptors.EmptySegment, location, method),
    };

    private static string UpToSegmentEnd(string route, int start)
    {
        int end = route.IndexOf('/', start);
        return end < 0 ? route.Substring(start) : route.Substring(start, end - start);
    }

    private static string DescribeCharacter(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\r' or '\n' => "a line break",
        _ => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
