using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
/// SPD2011 and SPD2014: adds the <c>partial</c> modifier to the client interface's declaration, or to every
/// declaration of the types it is nested in that lacks it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial.Id, DiagnosticDescriptors.NestedInNonPartialType.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InterfaceDeclarationSyntax>() is not InterfaceDeclarationSyntax declaration)
            {
                continue;
            }

            bool outer = diagnostic.Id == DiagnosticDescriptors.NestedInNonPartialType.Id;
            context.RegisterCodeFix(
                CodeAction.Create(
                    outer ? "Make the containing types partial" : "Add 'partial'",
                    cancellationToken => outer
                        ? MakeContainersPartialAsync(context.Document, declaration, cancellationToken)
                        : Task.FromResult(context.Document.Project.Solution.WithDocumentSyntaxRoot(context.Document.Id, root.ReplaceNode(declaration, WithPartial(declaration)))),
                    equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Solution> MakeContainersPartialAsync(Document document, InterfaceDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var declarations = new List<TypeDeclarationSyntax>();
        for (INamedTypeSymbol? outer = model?.GetDeclaredSymbol(declaration, cancellationToken)?.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (SyntaxReference reference in outer.DeclaringSyntaxReferences)
            {
                if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    declarations.Add(type);
                }
            }
        }

        Solution solution = document.Project.Solution;
        foreach (IGrouping<SyntaxTree, TypeDeclarationSyntax> inTree in declarations.GroupBy(d => d.SyntaxTree))
        {
            DocumentId? id = solution.GetDocumentId(inTree.Key);
            SyntaxNode root = await inTree.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            if (id is not null)
            {
                solution = solution.WithDocumentSyntaxRoot(id, root.ReplaceNodes(inTree, (_, rewritten) => WithPartial(rewritten)));
            }
        }

        return solution;
    }

    /// <summary>Adds <c>partial</c> as the last modifier, where C# requires it, keeping the declaration's layout.</summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        SyntaxToken keyword = declaration.Keyword;
        SyntaxToken partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .ReplaceToken(keyword, keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
