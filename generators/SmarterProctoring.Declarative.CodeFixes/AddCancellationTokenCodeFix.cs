using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.CodeFixes;

/// <summary>
/// SPD2021: adds <c>CancellationToken cancellationToken = default</c> as the last parameter (before a <c>params</c>
/// array), following the layout of the existing parameters, and <c>using System.Threading;</c> when needed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenCodeFix)), Shared]
public sealed class AddCancellationTokenCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingCancellationToken.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is MethodDeclarationSyntax method)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add a CancellationToken parameter",
                        cancellationToken => AddParameterAsync(context.Document, method, cancellationToken),
                        equivalenceKey: DiagnosticDescriptors.MissingCancellationToken.Id),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddParameterAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        bool inScope = model.GetSpeculativeTypeInfo(method.SpanStart, SyntaxFactory.ParseTypeName("CancellationToken"), SpeculativeBindingOption.BindAsTypeOrNamespace)
            .Type is { TypeKind: not TypeKind.Error } type && type.ToDisplayString() == "System.Threading.CancellationToken";

        SyntaxNode updated = root.ReplaceNode(method, method.WithParameterList(WithToken(method.ParameterList)));
        if (!inScope && updated is CompilationUnitSyntax unit)
        {
            updated = WithUsing(unit);
        }

        return document.WithSyntaxRoot(updated);
    }

    private static ParameterListSyntax WithToken(ParameterListSyntax list)
    {
        SeparatedSyntaxList<ParameterSyntax> parameters = list.Parameters;
        var taken = new HashSet<string>(parameters.Select(p => p.Identifier.ValueText));
        string name = "cancellationToken";
        for (int i = 2; taken.Contains(name); i++)
        {
            name = "cancellationToken" + i.ToString(CultureInfo.InvariantCulture);
        }

        ParameterSyntax token = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.IdentifierName("CancellationToken").WithTrailingTrivia(SyntaxFactory.Space))
            .WithDefault(SyntaxFactory.EqualsValueClause(
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression)));
        if (parameters.Count == 0)
        {
            return list.WithParameters(SyntaxFactory.SingletonSeparatedList(token));
        }

        // A params array stays last; everything else keeps its place and the new parameter follows the layout.
        int index = parameters.Last().Modifiers.Any(SyntaxKind.ParamsKeyword) ? parameters.Count - 1 : parameters.Count;
        ParameterSyntax neighbour = parameters[index - 1 < 0 ? 0 : index - 1];
        SyntaxToken before = neighbour.GetFirstToken().GetPreviousToken();
        bool oneLinePerParameter = before.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        token = token.WithLeadingTrivia(oneLinePerParameter ? neighbour.GetLeadingTrivia() : default);
        SyntaxTriviaList separatorTrivia = oneLinePerParameter ? before.TrailingTrivia : SyntaxFactory.TriviaList(SyntaxFactory.Space);

        var nodes = new List<SyntaxNodeOrToken>();
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i == index)
            {
                nodes.Add(token);
                nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia));
            }

            nodes.Add(parameters[i]);
            if (i < parameters.SeparatorCount)
            {
                nodes.Add(parameters.GetSeparator(i));
            }
        }

        if (index == parameters.Count)
        {
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia));
            nodes.Add(token);
        }

        return list.WithParameters(SyntaxFactory.SeparatedList<ParameterSyntax>(nodes));
    }

    /// <summary>
    /// Adds <c>using System.Threading;</c> among the file's usings, in their order: System namespaces first when the
    /// file sorts them so, plain ordinal order otherwise.
    /// </summary>
    private static CompilationUnitSyntax WithUsing(CompilationUnitSyntax unit)
    {
        SyntaxTrivia endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        endOfLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.LineFeed;
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("System.Threading"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine, endOfLine);
        SyntaxList<UsingDirectiveSyntax> usings = unit.Usings;
        string[] names = [.. usings.Select(u => u.Name?.ToString() ?? string.Empty)];
        bool systemFirst = names.Zip(names.Skip(1), SystemFirst).All(order => order <= 0);
        int index = 0;
        while (index < usings.Count && usings[index].Alias is null && usings[index].StaticKeyword.IsKind(SyntaxKind.None)
            && (systemFirst ? SystemFirst(names[index], "System.Threading") : string.CompareOrdinal(names[index], "System.Threading")) < 0)
        {
            index++;
        }

        if (usings.Count > 0)
        {
            directive = directive.WithTrailingTrivia(usings[usings.Count - 1].GetTrailingTrivia());
            if (index == 0)
            {
                // The first using carries the file's leading trivia (a header comment): it stays first in the file.
                directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
            }
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int SystemFirst(string left, string right)
    {
        bool leftSystem = left == "System" || left.StartsWith("System.", System.StringComparison.Ordinal);
        bool rightSystem = right == "System" || right.StartsWith("System.", System.StringComparison.Ordinal);
        return leftSystem != rightSystem ? (leftSystem ? -1 : 1) : string.CompareOrdinal(left, right);
    }
}
