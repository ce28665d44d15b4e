using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Feeds the generator and every analyzer hundreds of broken versions of valid declarations — characters deleted,
/// files cut short, braces added and removed, attributes half typed, types missing — as an editor does while someone
/// types. Neither may throw, and the generator may not write code that fails to compile by its own fault: a warning
/// in a generated file always fails, and an error only passes when the user's own source shows why.
/// </summary>
public sealed partial class RobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20240905;

    /// <summary>Fragments someone is in the middle of typing.</summary>
    private static readonly string[] s_halfTyped =
    [
        "[Pu", "[Put(", "[Put(\"/v1/{", "[Put(\"/v1/{id}\")]", "[Get(\"/v1/{id}\")] Task X(", "[Sid(", "[Body", "[Query(\"", "[Header(\"X-",
        "Task<", "[Delete(\"/v1/<id>\")] Task Y([Sid(\"A\")] string id);",
    ];

    /// <summary>Namespace parts every generated file and many messages mention; they explain nothing.</summary>
    private static readonly HashSet<string> s_commonNames = new(StringComparer.Ordinal)
    {
        "global", "System", "Threading", "Tasks", "Task", "ValueTask", "Collections", "Generic", "Net", "Http", "Text", "Json", "Serialization",
        "Metadata", "SmarterProctoring", "Declarative", "Runtime", "Client", "Robustness", "string", "int", "bool", "long", "object", "CancellationToken",
    };

    [Fact]
    public async Task Broken_declarations_never_crash_the_generator_or_the_analyzers_nor_make_the_generator_write_broken_code()
    {
        var stopwatch = Stopwatch.StartNew();
        List<(string Name, string[] Sources)> inputs =
        [
            .. Inputs("exam configurations", RobustnessSources.ExamConfigurationsApi, RobustnessSources.ExamConfigurationsSupport),
            .. Inputs("feature api", RobustnessSources.FeatureApi, RobustnessSources.FeatureSupport),
        ];
        var failures = new ConcurrentQueue<string>();
        int withUserErrors = 0;
        int withGeneratedErrors = 0;

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (input, _) =>
        {
            (string? failure, bool userErrors, bool generatedErrors) = await CheckAsync(input.Sources);
            if (failure is not null)
            {
                failures.Enqueue(input.Name + ": " + failure + "\n--- sources ---\n" + string.Join("\n---\n", input.Sources));
            }

            if (userErrors)
            {
                Interlocked.Increment(ref withUserErrors);
            }

            if (generatedErrors)
            {
                Interlocked.Increment(ref withGeneratedErrors);
            }
        });

        output.WriteLine(FormattableString.Invariant(
            $"{inputs.Count} inputs ({withUserErrors} with errors of their own, {withGeneratedErrors} with errors in generated code) in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        Assert.True(failures.IsEmpty, failures.Count + " failing inputs; the first:\n\n" + string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public async Task Unbroken_declarations_generate_code_without_errors_or_warnings()
    {
        foreach (string[] sources in new[]
        {
            new[] { RobustnessSources.ExamConfigurationsApi, RobustnessSources.ExamConfigurationsSupport },
            new[] { RobustnessSources.FeatureApi, RobustnessSources.FeatureSupport },
        })
        {
            Assert.Empty(AnalyzerHarness.CompilerErrors(AnalyzerHarness.Compile(sources)));
            (string? failure, bool userErrors, bool generatedErrors) = await CheckAsync(sources);
            Assert.Null(failure);
            Assert.False(userErrors);
            Assert.False(generatedErrors);
        }
    }

    [Fact]
    public async Task Analyzers_report_nothing_on_the_SmarterProctoring_client_with_its_generated_code()
    {
        Compilation input = AnalyzerHarness.Compile(RobustnessSources.ExamConfigurationsApi, RobustnessSources.ExamConfigurationsSupport);

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(input);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_warning_in_generated_code_fails_even_when_the_users_source_has_errors()
    {
        Compilation input = AnalyzerHarness.Compile("namespace Robustness { public partial interface IApi { Missing GetAsync(); } }");
        Compilation generated = input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Robustness { partial interface IApi { public static new IApi Create() => null!; } }", AnalyzerHarness.ParseOptions, path: "IApi.g.cs"));

        string? failure = Judge(input, AnalyzerHarness.CompilerErrors(input), InGeneratedFiles(input, generated, generated.GetDiagnostics()));

        Assert.NotNull(failure);
        Assert.Contains("CS0109", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_generated_code_is_not_excused_by_a_user_error_that_only_names_the_same_member()
    {
        // The user's error (Impl lacks CountAsync) quotes 'IApi.CountAsync()', as the generated error does, but it is
        // neither in CountAsync's declaration nor the text the generated file repeats.
        Compilation input = AnalyzerHarness.Compile("""
            namespace Robustness
            {
                public partial interface IApi
                {
                    int CountAsync();
                }

                public sealed class Impl : IApi
                {
                }
            }
            """);
        Compilation generated = input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            """
            namespace Robustness
            {
                partial interface IApi
                {
                    private sealed class GeneratedClient : IApi
                    {
                        int IApi.CountAsync() => CountAsync();
                    }
                }
            }
            """,
            AnalyzerHarness.ParseOptions,
            path: "IApi.g.cs"));

        string? failure = Judge(input, AnalyzerHarness.CompilerErrors(input), InGeneratedFiles(input, generated, generated.GetDiagnostics()));

        Assert.NotNull(failure);
        Assert.Contains("an error the user's source does not explain", failure, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the generator and the analyzers over one input. Returns why it fails, if it does, and whether the user's
    /// source or the generated source had errors.
    /// </summary>
    private static async Task<(string? Failure, bool UserErrors, bool GeneratedErrors)> CheckAsync(string[] sources)
    {
        Compilation input = AnalyzerHarness.Compile(sources);
        Compilation output;
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            (output, diagnostics) = await AnalyzerHarness.AnalyzeWithOutputAsync(input, includeCompilerDiagnostics: true);
        }
        catch (InvalidOperationException thrown)
        {
            return (thrown.Message, false, false);
        }

        if (diagnostics.FirstOrDefault(d => d.Id is "CS8785" or "AD0001") is Diagnostic crash)
        {
            return ("the generator or an analyzer failed: " + crash, false, false);
        }

        IReadOnlyList<Diagnostic> userErrors = AnalyzerHarness.CompilerErrors(input);
        Diagnostic[] generated = InGeneratedFiles(input, output, diagnostics);
        return (Judge(input, userErrors, generated), userErrors.Count > 0, generated.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    /// <summary>The warnings and errors located in generated files, except those a <c>#pragma</c> of the generated file suppresses.</summary>
    private static Diagnostic[] InGeneratedFiles(Compilation input, Compilation output, IEnumerable<Diagnostic> diagnostics) =>
        [.. GeneratorRun.InGeneratedCode(input, output, diagnostics, DiagnosticSeverity.Warning).Where(d => !d.IsSuppressed)];

    /// <summary>
    /// Why the generated files fail, or null. A warning there is never excused: no mistake of the user's makes the
    /// generator write one (CS0109, <c>new</c> on a member that hides nothing, is the kind it would be). An error is
    /// excused only as <see cref="IsExplained"/> says.
    /// </summary>
    private static string? Judge(Compilation input, IReadOnlyList<Diagnostic> userErrors, Diagnostic[] generated)
    {
        foreach (Diagnostic diagnostic in generated)
        {
            string? why = diagnostic.Severity == DiagnosticSeverity.Warning ? "a warning, which nothing in the user's source excuses"
                : IsExplained(diagnostic, userErrors, input) ? null
                : "an error the user's source does not explain";
            if (why is not null)
            {
                return "the generated code has " + why + ": " + diagnostic + "\n--- generated ---\n" + diagnostic.Location.SourceTree!;
            }
        }

        return null;
    }

    /// <summary>
    /// The criterion for an error. Generated code is written from the user's declarations, so when those do not
    /// compile the generated code may not either — but only for the same reason, and the reason must be at a place,
    /// not merely a name two messages share. An error in a generated file is explained when the user's source,
    /// compiled without the generator, has an error (in one of the user's own files)
    /// (a) whose own text is a name that the text of the generated error repeats — a type the user's code cannot
    ///     resolve, written into a generated signature as <c>global::Name</c>; the names of the generated types, which
    ///     every such file repeats, do not count;
    /// (b) inside the user's declaration of the interface method whose generated implementation holds the error, or,
    ///     for an error outside the implementations (a JSON field, a route constant, written from the methods' types
    ///     and routes), inside any method of the interface the file is generated for — a parameter without a type, a
    ///     type argument cut short, a list cut short;
    /// (c) in the header of the interface or of a namespace or type around it (from its start to its '{'), which
    ///     the generated file repeats — a namespace without a name.
    /// Anything else is the generator's fault: it wrote broken code for a declaration that compiles, or broke a part
    /// of the file that the user's mistake does not touch.
    /// </summary>
    private static bool IsExplained(Diagnostic generated, IReadOnlyList<Diagnostic> userErrors, Compilation input)
    {
        var userTrees = new HashSet<SyntaxTree>(input.SyntaxTrees);
        Diagnostic[] located = [.. userErrors.Where(e => e.Location.SourceTree is SyntaxTree tree && userTrees.Contains(tree))];
        if (located.Length == 0)
        {
            return false;
        }

        SyntaxTree generatedTree = generated.Location.SourceTree!;
        SyntaxNode generatedRoot = generatedTree.GetRoot();
        HashSet<string> generatedTypes = [.. generatedRoot.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText)];
        HashSet<string> repeated = [.. Identifiers(generatedTree.GetText().ToString(generated.Location.SourceSpan))];
        repeated.ExceptWith(generatedTypes);
        if (located.Any(error => Identifiers(error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan)).Any(repeated.Contains)))
        {
            return true;
        }

        // The implementation the error is in, as the interface it implements and the method's name.
        (string Interface, string Method)? implementation =
            generatedRoot.FindNode(generated.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is { ExplicitInterfaceSpecifier: { } specifier } method
            && RightmostName(specifier.Name) is string implemented
                ? (implemented, method.Identifier.ValueText)
                : null;

        foreach (SyntaxTree userTree in userTrees)
        {
            int[] positions = [.. located.Where(e => e.Location.SourceTree == userTree).Select(e => e.Location.SourceSpan.Start)];
            SyntaxNode userRoot = userTree.GetRoot();
            IEnumerable<TextSpan> methods = userRoot.DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => m.Parent is InterfaceDeclarationSyntax parent
                    && (implementation is { } found
                        ? parent.Identifier.ValueText == found.Interface && m.Identifier.ValueText == found.Method
                        : generatedTypes.Contains(parent.Identifier.ValueText)))
                .Select(m => m.FullSpan);
            IEnumerable<TextSpan> headers = userRoot.DescendantNodes().OfType<InterfaceDeclarationSyntax>()
                .Where(i => generatedTypes.Contains(i.Identifier.ValueText))
                .SelectMany(i => i.AncestorsAndSelf())
                .Select(Header)
                .OfType<TextSpan>();
            if (methods.Concat(headers).Any(span => positions.Any(p => span.Start <= p && p <= span.End)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    /// <summary>From the start of a namespace or type declaration to its opening brace (or a file-scoped namespace's ';').</summary>
    private static TextSpan? Header(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => TextSpan.FromBounds(type.FullSpan.Start, type.OpenBraceToken.Span.End),
        NamespaceDeclarationSyntax block => TextSpan.FromBounds(block.FullSpan.Start, block.OpenBraceToken.Span.End),
        FileScopedNamespaceDeclarationSyntax fileScoped => TextSpan.FromBounds(fileScoped.FullSpan.Start, fileScoped.SemicolonToken.Span.End),
        _ => null,
    };

    private static IEnumerable<string> Identifiers(string text) =>
        Identifier().Matches(text).Select(m => m.Value).Where(name => !s_commonNames.Contains(name));

    /// <summary>The unbroken sources, then broken versions of the first one (seeded, so every run tests the same inputs).</summary>
    private static IEnumerable<(string Name, string[] Sources)> Inputs(string name, string target, string support)
    {
        var random = new Random(Seed + name.Length);
        yield return (name, [target, support]);

        for (int i = 0; i < 50; i++)
        {
            int at = random.Next(target.Length);
            yield return (Describe(name, "deleted the character at", at), [target.Remove(at, 1), support]);
        }

        int step = Math.Max(1, target.Length / 45);
        for (int at = step; at < target.Length; at += step)
        {
            yield return (Describe(name, "truncated at", at), [target[..at], support]);
        }

        for (int i = 0; i < 15; i++)
        {
            int at = random.Next(target.Length);
            yield return (Describe(name, "inserted '{' at", at), [target.Insert(at, "{"), support]);
            at = random.Next(target.Length);
            yield return (Describe(name, "inserted '}' at", at), [target.Insert(at, "}"), support]);
        }

        int[] braces = [.. target.Select((c, i) => c is '{' or '}' ? i : -1).Where(i => i >= 0)];
        for (int i = 0; i < 10; i++)
        {
            int at = braces[random.Next(braces.Length)];
            yield return (Describe(name, "deleted the brace at", at), [target.Remove(at, 1), support]);
        }

        int[] lineStarts = [.. target.Select((c, i) => c == '\n' ? i + 1 : -1).Where(i => i > 0 && i < target.Length)];
        foreach (string fragment in s_halfTyped)
        {
            for (int i = 0; i < 2; i++)
            {
                int at = lineStarts[random.Next(lineStarts.Length)];
                yield return (Describe(name, "typed '" + fragment + "' at", at), [target.Insert(at, fragment + "\n"), support]);
            }
        }

        foreach (string type in new[] { "ExamConfiguration", "UpdateExamConfigurationRequest", "SmarterProctoringJsonContext", "Widget", "NewWidget", "Reason", "FeatureJsonContext", "CancellationToken", "ApiResponse" })
        {
            if (target.Contains(type, StringComparison.Ordinal))
            {
                yield return (name + ": misspelt " + type, [Regex.Replace(target, "\\b" + type + "\\b", type + "x"), support]);
            }
        }

        foreach (string directive in new[] { "using SmarterProctoring.Declarative;", "using System.Threading;", "using System.Threading.Tasks;" })
        {
            yield return (name + ": removed " + directive, [target.Replace(directive, string.Empty, StringComparison.Ordinal), support]);
        }

        yield return (name + ": without its models", [target]);

        for (int i = 0; i < 15; i++)
        {
            int at = random.Next(support.Length);
            yield return (Describe(name, "deleted the model character at", at), [target, support.Remove(at, 1)]);
        }

        string[] lines = target.Split('\n');
        for (int i = 0; i < 8; i++)
        {
            int line = random.Next(lines.Length);
            yield return (name + ": repeated line " + (line + 1).ToString(CultureInfo.InvariantCulture), [string.Join("\n", lines.Take(line + 1).Concat(lines.Skip(line))), support]);
        }
    }

    private static string Describe(string name, string what, int at) => name + ": " + what + " " + at.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
