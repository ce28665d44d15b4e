using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Every diagnostic ID has what the house style asks for: a range that matches its category, a help link to its
/// page, the page itself (with a wrong and a fixed example), a line in the README table and in release tracking.
/// The examples are compiled with the generator and the analyzers: the wrong one must report its ID, and the fixed one
/// nothing, so every ID has a case that provokes it and one that does not, and the pages stay true.
/// </summary>
public sealed partial class CatalogueTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors =
    [
        .. typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal),
    ];

    public static TheoryData<string> Ids() => [.. s_descriptors.Select(d => d.Id)];

    [Fact]
    public void Each_id_is_one_descriptor_and_no_analyzer_repeats_a_rule_of_the_parse()
    {
        Assert.Equal(s_descriptors.Length, s_descriptors.Select(d => d.Id).Distinct().Count());
        string[] analyzerIds = [.. AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];
        Assert.Equal(analyzerIds.Length, analyzerIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_in_the_range_of_its_category_and_links_to_its_page(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string expectedCategory = id[3] switch
        {
            '1' => "SmarterProctoring.Routes",
            '2' => "SmarterProctoring.Signatures",
            '3' => "SmarterProctoring.Json",
            _ => "SmarterProctoring.CallSites",
        };

        Assert.Matches("^SPD[1-4][0-9]{3}$", id);
        Assert.Equal(expectedCategory, descriptor.Category);
        Assert.Equal("https://github.com/smarterproctoring/SmarterProctoring.Declarative/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_a_page_with_its_title_severity_and_a_wrong_and_a_fixed_example(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string page = Repository.Read("docs", "diagnostics", id + ".md");

        Assert.StartsWith("# " + id + ": " + descriptor.Title.ToString(CultureInfo.InvariantCulture) + "\n", page, StringComparison.Ordinal);
        Assert.Contains("**Severity:** " + Severity(descriptor), page, StringComparison.Ordinal);
        Assert.Contains("## Wrong", page, StringComparison.Ordinal);
        Assert.Contains("## Fixed", page, StringComparison.Ordinal);
        Assert.Equal(2, CSharpBlock().Count(page));
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Warning)
        {
            Assert.Contains("#pragma warning disable " + id, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_message_on_the_page_is_one_the_analyzer_writes(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string page = Repository.Read("docs", "diagnostics", id + ".md");
        string example = page.Split('\n').Single(line => line.StartsWith("> ", StringComparison.Ordinal))[2..];

        Assert.Matches("^" + Pattern(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)) + "$", example);
    }

    /// <summary>A message format as a regular expression: literal text, and '.+' for each argument.</summary>
    private static string Pattern(string format)
    {
        var pattern = new System.Text.StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && format[i + 1] != '{')
            {
                i = format.IndexOf('}', i);
                pattern.Append(".+");
            }
            else
            {
                pattern.Append(Regex.Escape(format[i].ToString()));
                i += format[i] is '{' or '}' ? 1 : 0;
            }
        }

        return pattern.ToString();
    }

    [Fact]
    public void Readme_table_lists_every_id_with_its_severity_title_and_page()
    {
        string readme = Repository.Read("docs", "diagnostics", "README.md");
        string[] rows = [.. readme.Split('\n').Where(line => line.StartsWith("| [SPD", StringComparison.Ordinal))];

        Assert.Equal(
            s_descriptors.Select(d => "| [" + d.Id + "](" + d.Id + ".md) | " + Severity(d) + " | " + d.Title.ToString(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal) + " |"),
            rows);
    }

    [Fact]
    public void Release_tracking_lists_every_id_with_its_category_and_severity()
    {
        string unshipped = Repository.Read("generators", "SmarterProctoring.Declarative.Generators", "Diagnostics", "AnalyzerReleases.Unshipped.md");
        string[] rows = [.. unshipped.Split('\n').Where(line => line.StartsWith("SPD", StringComparison.Ordinal)).Select(line => string.Join(" | ", line.Split('|').Take(3).Select(c => c.Trim())))];

        Assert.Equal(s_descriptors.Select(d => d.Id + " | " + d.Category + " | " + d.DefaultSeverity), rows);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Wrong_example_on_the_page_reports_its_id_inside_the_example_with_the_pages_message(string id)
    {
        Example example = Example.Of(id, "## Wrong");
        string message = Page(id).Split('\n').Single(line => line.StartsWith("> ", StringComparison.Ordinal))[2..];

        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(id, example);

        Assert.True(
            diagnostics.Any(d => d.Id == id && !d.IsSuppressed && example.Contains(d.Location) && d.GetMessage(CultureInfo.InvariantCulture) == message),
            id + ": the wrong example on its page does not report " + id + " inside the example with the message the page quotes:\n  "
            + message + "\nIt reports:" + Describe(diagnostics) + "\n--- compiled as ---\n" + example.Source);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Fixed_example_on_the_page_compiles_and_reports_nothing(string id)
    {
        Example example = Example.Of(id, "## Fixed");

        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(id, example);

        Diagnostic[] reported = [.. diagnostics.Where(d => !d.IsSuppressed)];
        Assert.True(reported.Length == 0, id + ": the fixed example on its page still reports:" + Describe(reported) + "\n--- compiled as ---\n" + example.Source);
    }

    private static string Page(string id) => Repository.Read("docs", "diagnostics", id + ".md");

    /// <summary>The diagnostics of the generator and the analyzers for an example that must compile on its own terms.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string id, Example example)
    {
        Compilation compilation = AnalyzerHarness.Compile([example.Source, .. example.Support]);
        IReadOnlyList<Diagnostic> errors = AnalyzerHarness.CompilerErrors(compilation);
        Assert.True(errors.Count == 0, id + ": the example on its page does not compile:" + Describe(errors) + "\n--- compiled as ---\n" + example.Source);
        return await AnalyzerHarness.AnalyzeAsync(compilation);
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        string described = string.Concat(diagnostics.Select(d => "\n  " + d));
        return described.Length == 0 ? " nothing" : described;
    }

    /// <summary>
    /// A page's example made into a compilation unit, and where in it the page's own text is. The pages show what a
    /// reader writes, so most examples are fragments; each kind gets the smallest surroundings that make it compile:
    /// <list type="bullet">
    /// <item>every example is in namespace <c>Docs</c>, after the usings the pages assume, and sees the models the
    /// pages name (<see cref="Models"/>, in <c>Docs.Models</c>, so a model an example declares itself takes precedence);</item>
    /// <item>an example that starts with a method (its verb attribute) is the body of <c>public partial interface
    /// IExamsApi</c>; types that follow the methods (SPD2024's fixed body model) go after the interface;</item>
    /// <item>an example that starts with <c>await</c> is the body of <c>Caller.RunAsync(IExamsApi api, string courseSid,
    /// string examSid, string examConfigurationSid)</c>, and <c>IExamsApi</c> declares the call the page describes
    /// (<see cref="s_calledApis"/>);</item>
    /// <item>a context an example declares as <c>partial class X : JsonSerializerContext;</c> gets, in another file, the
    /// members System.Text.Json's generator would write (stand-ins: the analyzers read only its attributes);</item>
    /// <item>a page whose example uses a type of its own story gets it in another file (<see cref="s_pageSupport"/>).</item>
    /// </list>
    /// </summary>
    private sealed record Example(string Source, int Start, int End, string[] Support)
    {
        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using Docs.Models;
            using SmarterProctoring.Declarative;
            """;

        private const string InterfaceHeader = "public partial interface IExamsApi\n{\n";

        /// <summary>The page's C# block under <paramref name="heading"/>, with its surroundings.</summary>
        public static Example Of(string id, string heading)
        {
            string page = Page(id);
            int section = page.IndexOf(heading, StringComparison.Ordinal);
            Match block = CSharpBlock().Match(page, section < 0 ? page.Length : section);
            Assert.True(block.Success, id + ": its page has no C# example under '" + heading + "'");
            string code = block.Value["```csharp\n".Length..^"\n```".Length];
            string[] lines = code.Split('\n');

            var source = new StringBuilder(Usings).Append("\n\nnamespace Docs;\n\n");
            int start;
            int end;
            if (lines[0].StartsWith("await ", StringComparison.Ordinal))
            {
                Assert.True(s_calledApis.TryGetValue(id, out string? api), id + ": its example is a call, but this test declares no client for it in s_calledApis");
                AppendInterface(source, api!.Split('\n'));
                source.Append("\npublic static class Caller\n{\n")
                    .Append("    public static async Task RunAsync(IExamsApi api, string courseSid, string examSid, string examConfigurationSid)\n    {\n");
                start = source.Length;
                AppendIndented(source, lines, "        ");
                end = source.Length;
                source.Append("    }\n}\n");
            }
            else if (TypeDeclaration().IsMatch(lines[0]))
            {
                start = source.Length;
                source.Append(code).Append('\n');
                end = source.Length;
            }
            else
            {
                // The page's text runs from the first method to the last type after the interface; only the
                // interface's closing brace, between the two, is not the page's.
                int types = Array.FindIndex(lines, 1, line => TypeDeclaration().IsMatch(line));
                source.Append(InterfaceHeader);
                start = source.Length;
                AppendIndented(source, types < 0 ? lines : lines[..types], "    ");
                end = source.Length;
                source.Append("}\n");
                if (types >= 0)
                {
                    source.Append('\n').Append(string.Join("\n", lines[types..])).Append('\n');
                    end = source.Length;
                }
            }

            var support = new List<string> { Models };
            support.AddRange(JsonContextDeclaration().Matches(code).Select(m => StandInContext(m.Groups[1].Value)));
            if (s_pageSupport.TryGetValue(id, out string? extra))
            {
                support.Add(extra);
            }

            return new Example(source.ToString(), start, end, [.. support]);
        }

        /// <summary>
        /// True when <paramref name="location"/> is in the page's own text, not in the surroundings (the example is the
        /// first file, which <see cref="AnalyzerHarness.Compile"/> names Test0.cs).
        /// </summary>
        public bool Contains(Location location) =>
            location.SourceTree is SyntaxTree tree && tree.FilePath == "Test0.cs" && location.SourceSpan.Start >= Start && location.SourceSpan.End <= End;

        private static void AppendInterface(StringBuilder source, string[] members)
        {
            source.Append(InterfaceHeader);
            AppendIndented(source, members, "    ");
            source.Append("}\n");
        }

        private static void AppendIndented(StringBuilder source, string[] lines, string indent)
        {
            foreach (string line in lines)
            {
                source.Append(line.Length == 0 ? string.Empty : indent + line).Append('\n');
            }
        }

        private static string StandInContext(string name) => $$"""
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;

            namespace Docs;

            partial class {{name}}
            {
                public {{name}}() : base(null) { }

                public static {{name}} Default { get; } = new();

                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }
            """;
    }

    /// <summary>The models the pages name, as the simplest classes the generated JSON context can describe.</summary>
    private const string Models = """
        namespace Docs.Models;

        public sealed class Exam
        {
            public string? Sid { get; set; }
        }

        public sealed class ExamConfiguration
        {
            public string? Sid { get; set; }
        }

        public sealed class Install
        {
            public string? Sid { get; set; }
        }

        public sealed class Course
        {
            public string? Sid { get; set; }
        }

        public sealed class Session
        {
            public int Number { get; set; }
        }

        public sealed class ExamDetails
        {
            public string? Name { get; set; }
        }

        public sealed class CreateExamRequest
        {
            public string? Name { get; set; }
        }

        public sealed class ExamFilter
        {
            public string? Status { get; set; }
        }

        public sealed class ExamChanges
        {
            public string? Name { get; set; }
        }

        public sealed class CancelExamRequest
        {
            public string? CancellationMemo { get; set; }

            public string? Reason { get; set; }
        }

        public sealed class UpdateExamConfigurationRequest
        {
            public string? StudentNotes { get; set; }
        }

        public sealed class ExamStarted
        {
            public string? ExamSid { get; set; }
        }
        """;

    /// <summary>
    /// The client each call-site page calls, as its text describes it: SPD4001 reads an exam configuration (the
    /// SmarterProctoring client's GetAsync), SPD4002 sends an X-Request-Id header, SPD4003 names a file in the path.
    /// </summary>
    private static readonly Dictionary<string, string> s_calledApis = new(StringComparer.Ordinal)
    {
        ["SPD4001"] = """
            [Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
            Task<ExamConfiguration> GetAsync(
                [Sid("AI")] string installSid,
                [Sid("CU")] string courseSid,
                [Sid("EX")] string examSid,
                [Sid("EC")] string examConfigurationSid,
                CancellationToken cancellationToken = default);
            """,
        ["SPD4002"] = """
            [Get("/v1/exams")]
            Task<Exam[]> GetExamsAsync([Header("X-Request-Id")] string? requestId = null, CancellationToken cancellationToken = default);
            """,
        ["SPD4003"] = """
            [Get("/v1/files/{fileName}")]
            Task<string> GetFileAsync(string fileName, CancellationToken cancellationToken = default);
            """,
    };

    /// <summary>Types a page's story needs that are not models: SPD2016's interface returns a fake from a static method.</summary>
    private static readonly Dictionary<string, string> s_pageSupport = new(StringComparer.Ordinal)
    {
        ["SPD2016"] = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Docs.Models;

            namespace Docs;

            internal sealed class ExamsApiFake : IExamsApi
            {
                public Task<Exam[]> GetExamsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Array.Empty<Exam>());
            }
            """,
    };

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        _ => "Info",
    };

    [GeneratedRegex("```csharp\\n[\\s\\S]+?\\n```")]
    private static partial Regex CSharpBlock();

    /// <summary>A line that starts a type (or the attribute on one) rather than a method.</summary>
    [GeneratedRegex("^(\\[JsonContext\\(|(public|internal|file) )")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex("partial class (\\w+) : JsonSerializerContext;")]
    private static partial Regex JsonContextDeclaration();
}
