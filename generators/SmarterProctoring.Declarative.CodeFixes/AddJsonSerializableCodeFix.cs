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
using SmarterProctoring.Declarative.Generators;

namespace SmarterProctoring.Declarative.CodeFixes;

/// <summary>
/// SPD3003: adds <c>[JsonSerializable(typeof(T))]</c> to the JSON context for a type it lacks, after the context's
/// other <c>[JsonSerializable]</c> lines. Fix-all adds every missing type once, context by context.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddJsonSerializableCodeFix)), Shared]
public sealed class AddJsonSerializableCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypeMissingFromJsonContext.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new AllMissingTypes();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (await ResolveAsync(context.Document.Project.Solution, diagnostic, context.CancellationToken).ConfigureAwait(false) is var (jsonContext, type)
                && !jsonContext.DeclaringSyntaxReferences.IsEmpty)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add [JsonSerializable(typeof(" + type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "))] to " + jsonContext.Name,
                        cancellationToken => AddAsync(context.Document.Project.Solution, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: DiagnosticDescriptors.TypeMissingFromJsonContext.Id),
                    diagnostic);
            }
        }
    }

    /// <summary>The context a diagnostic's method uses and the type it lacks, found again from the method.</summary>
    private static async Task<(INamedTypeSymbol Context, ITypeSymbol Type)?> ResolveAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(diagnostic.Location.SourceTree);
        if (document is null || !diagnostic.Properties.TryGetValue(JsonContextTypes.TypeProperty, out string? wanted)
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not SemanticModel model
            || KnownSymbols.For(model.Compilation) is not { HasDeclarationAttributes: true } known)
        {
            return null;
        }

        SyntaxNode root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) ?? throw new System.InvalidOperationException();
        if (root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not MethodDeclarationSyntax declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method
            || Parser.JsonContextOf(method.ContainingType, known) is not INamedTypeSymbol jsonContext)
        {
            return null;
        }

        foreach ((string _, ITypeSymbol type) in Parser.JsonTypesOf(method, known))
        {
            if (type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == wanted)
            {
                return (jsonContext, type);
            }
        }

        return null;
    }

    private static async Task<Solution> AddAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<INamedTypeSymbol, List<ITypeSymbol>>(SymbolEqualityComparer.Default);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (await ResolveAsync(solution, diagnostic, cancellationToken).ConfigureAwait(false) is var (jsonContext, type))
            {
                if (!missing.TryGetValue(jsonContext, out List<ITypeSymbol>? types))
                {
                    missing.Add(jsonContext, types = new List<ITypeSymbol>());
                }

                if (!types.Contains(type, SymbolEqualityComparer.Default))
                {
                    types.Add(type);
                }
            }
        }

        var edits = new Dictionary<SyntaxTree, Dictionary<TypeDeclarationSyntax, List<ITypeSymbol>>>();
        foreach (KeyValuePair<INamedTypeSymbol, List<ITypeSymbol>> entry in missing)
        {
            if (await DeclarationOfAsync(entry.Key, cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration)
            {
                if (!edits.TryGetValue(declaration.SyntaxTree, out Dictionary<TypeDeclarationSyntax, List<ITypeSymbol>>? inTree))
                {
                    edits.Add(declaration.SyntaxTree, inTree = new Dictionary<TypeDeclarationSyntax, List<ITypeSymbol>>());
                }

                inTree[declaration] = entry.Value;
            }
        }

        foreach (KeyValuePair<SyntaxTree, Dictionary<TypeDeclarationSyntax, List<ITypeSymbol>>> inTree in edits)
        {
            Document? document = solution.GetDocument(inTree.Key);
            if (document is null || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not SemanticModel model)
            {
                continue;
            }

            SyntaxNode root = await inTree.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            root = root.ReplaceNodes(inTree.Value.Keys, (original, rewritten) => WithSerializable(rewritten, original.SpanStart, inTree.Value[original], model));
            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }

        return solution;
    }

    /// <summary>The declaration of the context that already lists its types, else its first declaration.</summary>
    private static async Task<TypeDeclarationSyntax?> DeclarationOfAsync(INamedTypeSymbol jsonContext, CancellationToken cancellationToken)
    {
        TypeDeclarationSyntax? first = null;
        foreach (SyntaxReference reference in jsonContext.DeclaringSyntaxReferences)
        {
            if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration)
            {
                first ??= declaration;
                if (LastSerializableList(declaration) >= 0)
                {
                    return declaration;
                }
            }
        }

        return first;
    }

    private static TypeDeclarationSyntax WithSerializable(TypeDeclarationSyntax declaration, int position, List<ITypeSymbol> types, SemanticModel model)
    {
        bool inScope = model.GetSpeculativeTypeInfo(position, SyntaxFactory.ParseTypeName("JsonSerializableAttribute"), SpeculativeBindingOption.BindAsTypeOrNamespace)
            .Type is { TypeKind: not TypeKind.Error };
        string attributeName = inScope ? "JsonSerializable" : "System.Text.Json.Serialization.JsonSerializable";
        SyntaxTriviaList leading = declaration.GetLeadingTrivia();
        SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        SyntaxTrivia endOfLine = declaration.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        endOfLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.LineFeed;

        List<AttributeListSyntax> lists = types
            .Select(type => SyntaxFactory.ParseAttributeArgumentList("(typeof(" + type.ToMinimalDisplayString(model, position) + "))"))
            .Select(arguments => SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName(attributeName), arguments)))
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(endOfLine))
            .ToList();

        if (declaration.AttributeLists.Count > 0)
        {
            int anchor = LastSerializableList(declaration);
            return declaration.WithAttributeLists(declaration.AttributeLists.InsertRange((anchor < 0 ? declaration.AttributeLists.Count - 1 : anchor) + 1, lists));
        }

        lists[0] = lists[0].WithLeadingTrivia(leading);
        return declaration.WithLeadingTrivia(indentation).WithAttributeLists(SyntaxFactory.List(lists));
    }

    private static int LastSerializableList(TypeDeclarationSyntax declaration)
    {
        int last = -1;
        for (int i = 0; i < declaration.AttributeLists.Count; i++)
        {
            if (declaration.AttributeLists[i].Attributes.Any(a => a.Name.ToString() is "JsonSerializable" or "JsonSerializableAttribute"
                || a.Name.ToString().EndsWith(".JsonSerializable", System.StringComparison.Ordinal)
                || a.Name.ToString().EndsWith(".JsonSerializableAttribute", System.StringComparison.Ordinal)))
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>Fixes every diagnostic in scope in one change, so two missing types of one context never conflict.</summary>
    private sealed class AllMissingTypes : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<Diagnostic>();
            IEnumerable<Project> projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
            foreach (Project project in projects)
            {
                IEnumerable<Document> documents = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is not null
                    ? new[] { fixAllContext.Document }
                    : project.Documents;
                foreach (Document document in documents)
                {
                    diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                }
            }

            ImmutableArray<Diagnostic> all = diagnostics.ToImmutableArray();
            return CodeAction.Create(
                "Add the missing [JsonSerializable] lines",
                cancellationToken => AddAsync(fixAllContext.Solution, all, cancellationToken),
                equivalenceKey: DiagnosticDescriptors.TypeMissingFromJsonContext.Id);
        }
    }
}
