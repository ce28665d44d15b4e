using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>Assertions on what the analyzers report and on what the code fixes write.</summary>
internal static class Verify
{
    /// <summary>
    /// Asserts that exactly one diagnostic <paramref name="id"/> is reported, on the span marked <c>[|…|]</c>, with
    /// exactly <paramref name="message"/>. The source must otherwise compile.
    /// </summary>
    public static async Task DiagnosticAsync(string marked, string id, string message, bool allowCompilerErrors = false)
    {
        (string source, TextSpan span) = Markup.Parse(marked);
        Compilation compilation = AnalyzerHarness.Compile(source);
        if (!allowCompilerErrors)
        {
            Assert.Empty(AnalyzerHarness.CompilerErrors(compilation));
        }

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(compilation);
        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        SourceText text = compilation.SyntaxTrees.Single().GetText();
        Assert.Equal(Describe(text, span), Describe(text, diagnostic.Location.SourceSpan));
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.False(diagnostic.IsSuppressed);
    }

    /// <summary>Asserts that <paramref name="id"/> is not reported (a near miss of the rule).</summary>
    public static async Task NoDiagnosticAsync(string source, string id, bool allowCompilerErrors = false)
    {
        Compilation compilation = AnalyzerHarness.Compile(Markup.Strip(source));
        if (!allowCompilerErrors)
        {
            Assert.Empty(AnalyzerHarness.CompilerErrors(compilation));
        }

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Id == id && !d.IsSuppressed);
    }

    /// <summary>
    /// Applies the single code fix offered for the diagnostic <paramref name="id"/> (the one on the marked span, or
    /// the first) and asserts the text of every document afterwards.
    /// </summary>
    public static async Task CodeFixAsync(string[] markedSources, string id, params string[] expected)
    {
        (Solution solution, Diagnostic[] diagnostics, TextSpan? marked) = await PrepareAsync(markedSources, id);
        Diagnostic diagnostic = marked is TextSpan span ? diagnostics.Single(d => d.Location.SourceSpan == span) : diagnostics[0];
        Document document = solution.GetDocument(diagnostic.Location.SourceTree)!;
        CodeFixProvider provider = AnalyzerHarness.CodeFixes.Single(p => p.FixableDiagnosticIds.Contains(id));
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        CodeAction fix = Assert.Single(actions);
        await AssertAppliedAsync(solution, fix, expected);
    }

    public static Task CodeFixAsync(string markedSource, string id, string expected) => CodeFixAsync([markedSource], id, expected);

    /// <summary>Applies the fix-all of <paramref name="id"/> to the whole solution and asserts every document.</summary>
    public static async Task FixAllAsync(string[] sources, string id, params string[] expected)
    {
        (Solution solution, Diagnostic[] diagnostics, _) = await PrepareAsync(sources, id);
        Assert.True(diagnostics.Length > 1, "A fix-all test needs more than one diagnostic.");
        Document document = solution.GetDocument(diagnostics[0].Location.SourceTree)!;
        CodeFixProvider provider = AnalyzerHarness.CodeFixes.Single(p => p.FixableDiagnosticIds.Contains(id));
        FixAllProvider fixAll = provider.GetFixAllProvider()!;
        var context = new FixAllContext(document, provider, FixAllScope.Solution, id, [id], new Diagnostics(diagnostics), CancellationToken.None);
        CodeAction fix = (await fixAll.GetFixAsync(context))!;
        await AssertAppliedAsync(solution, fix, expected);
    }

    private static async Task<(Solution Solution, Diagnostic[] Diagnostics, TextSpan? Marked)> PrepareAsync(string[] markedSources, string id)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: AnalyzerHarness.CompilationOptions,
            parseOptions: AnalyzerHarness.ParseOptions,
            metadataReferences: AnalyzerHarness.References));
        TextSpan? marked = null;
        for (int i = 0; i < markedSources.Length; i++)
        {
            string source = markedSources[i];
            if (source.Contains("[|", StringComparison.Ordinal))
            {
                (source, TextSpan span) = Markup.Parse(source);
                marked = span;
            }

            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Test" + i + ".cs", SourceText.From(source));
        }

        Compilation compilation = (await solution.GetProject(projectId)!.GetCompilationAsync())!;
        Assert.Empty(AnalyzerHarness.CompilerErrors(compilation));
        Diagnostic[] diagnostics = [.. (await AnalyzerHarness.AnalyzeAsync(compilation)).Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start)];
        Assert.NotEmpty(diagnostics);
        return (solution, diagnostics, marked);
    }

    private static async Task AssertAppliedAsync(Solution solution, CodeAction fix, string[] expected)
    {
        ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        Document[] documents = [.. changed.Projects.Single().Documents.OrderBy(d => d.Name, StringComparer.Ordinal)];
        Assert.Equal(expected.Length, documents.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], (await documents[i].GetTextAsync()).ToString());
        }
    }

    private static string Describe(SourceText text, TextSpan span)
    {
        LinePosition start = text.Lines.GetLinePosition(span.Start);
        LinePosition end = text.Lines.GetLinePosition(span.End);
        return FormattableString.Invariant($"({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1}) \"{text.ToString(span)}\"");
    }

    /// <summary>Hands the fix-all the diagnostics the analyzers reported.</summary>
    private sealed class Diagnostics(Diagnostic[] diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
