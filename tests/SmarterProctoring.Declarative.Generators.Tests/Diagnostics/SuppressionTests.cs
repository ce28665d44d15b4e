using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>Diagnostics are reported at fresh source locations, so the usual suppressions work.</summary>
public sealed class SuppressionTests
{
    private const string CancelSession = """
        [Delete("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}")]
        #pragma warning disable SPD2003 // SmarterProctoring's Cancel Exam really takes a JSON body with DELETE.
        Task<string> CancelAsync(
            [Sid("AI")] string installSid,
            [Sid("CU")] string courseSid,
            [Sid("EX")] string examSid,
            [Body] Item cancellation,
            CancellationToken cancellationToken = default);
        #pragma warning restore SPD2003
        """;

    [Fact]
    public async Task Pragma_suppresses_the_delete_with_body_warning_of_the_cancel_exam_call()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(Sources.Api(CancelSession)));

        Diagnostic warning = Assert.Single(diagnostics, d => d.Id == "SPD2003");
        Assert.True(warning.IsSuppressed);
    }

    [Fact]
    public async Task Without_the_pragma_the_delete_with_body_warning_is_reported()
    {
        string unsuppressed = string.Join("\n", CancelSession.Split('\n').Where(line => !line.StartsWith("#pragma", System.StringComparison.Ordinal)));
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(Sources.Api(unsuppressed)));

        Diagnostic warning = Assert.Single(diagnostics, d => d.Id == "SPD2003");
        Assert.False(warning.IsSuppressed);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public async Task Pragma_suppresses_a_call_site_error()
    {
        string source = Sources.Call(
            """
            [Get("/v1/installs/{installSid}")]
            Task GetAsync([Sid("AI")] string installSid, CancellationToken cancellationToken = default);
            """,
            "#pragma warning disable SPD4001 // Proves the API rejects a malformed SID.\n        await api.GetAsync(\"AI-not-a-sid\");\n#pragma warning restore SPD4001");
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(source));

        Assert.True(Assert.Single(diagnostics, d => d.Id == "SPD4001").IsSuppressed);
    }
}
