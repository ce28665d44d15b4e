using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.CodeFixes;

/// <summary>SPD1009: rewrites a <c>&lt;name&gt;</c> or <c>:name</c> placeholder as <c>{name}</c>, inside the string literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlaceholderSyntaxCodeFix)), Shared]
public sealed class PlaceholderSyntaxCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ForeignPlaceholder.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            SyntaxToken token = root?.FindToken(span.Start) ?? default;
            bool insideLiteral = token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken);
            if (!insideLiteral || span.Start <= token.SpanStart || span.End >= token.Span.End
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.PlaceholderNameProperty, out string? name) || name is null)
            {
                continue;
            }

            string placeholder = "{" + name + "}";
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Write '" + placeholder + "'",
                    cancellationToken => ReplaceAsync(context.Document, span, placeholder, cancellationToken),
                    equivalenceKey: DiagnosticDescriptors.ForeignPlaceholder.Id),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, TextSpan span, string placeholder, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, placeholder)));
    }
}
