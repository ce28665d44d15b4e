using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2017–SPD2019 and SPD2026–SPD2028: header names, credentials, secrets, content headers and value formats.</summary>
public sealed class HeaderAndQueryTests
{
    [Fact]
    public Task Content_header_on_a_call_without_a_body_is_reported_on_the_name() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"Content-Language\"|])] string language"), "SPD2026",
            "'Content-Language' describes a request body, but 'GetAsync' sends none, so parameter 'language' has nothing to go on; add a [Body] or send another header");

    [Fact]
    public Task Content_header_on_a_call_with_a_body_goes_on_the_body_and_is_not_reported() =>
        Verify.NoDiagnosticAsync(Sources.Api("""
            [Put("/v1/items")]
            Task PutAsync([Body] Item item, [Header("Content-Language")] string language, CancellationToken cancellationToken = default);
            """), "SPD2026");

    [Fact]
    public Task Format_on_a_string_query_value_is_reported_on_the_format() =>
        Verify.DiagnosticAsync(WithParameter("[Query(Format = [|\"D\"|])] string? name"), "SPD2027",
            "The Format of parameter 'name' of 'GetAsync' is never applied: a string is not IFormattable, so it is sent as written; remove Format");

    [Fact]
    public Task Empty_format_is_reported_on_the_format() =>
        Verify.DiagnosticAsync(WithParameter("[Query(Format = [|\"\"|])] int? limit"), "SPD2027",
            "The Format of parameter 'limit' of 'GetAsync' is never applied: an empty Format is the default form; remove it");

    [Fact]
    public Task Format_on_a_sid_is_reported_on_the_format() =>
        Verify.DiagnosticAsync(WithParameter("[Query(Format = [|\"N\"|]), Sid(\"CU\")] string? courseSid"), "SPD2027",
            "The Format of parameter 'courseSid' of 'GetAsync' is never applied: a SID is sent as written");

    [Fact]
    public Task Path_attribute_on_a_query_value_is_reported_on_its_format() =>
        Verify.DiagnosticAsync(WithParameter("[Query, Path(Format = [|\"yyyy\"|])] System.DateOnly day"), "SPD2027",
            "The Format of parameter 'day' of 'GetAsync' is never applied: [Path] formats a route value, but this value goes in the query string; put Format on its [Query] attribute");

    [Fact]
    public async Task Valid_formats_on_path_header_and_query_values_are_not_reported()
    {
        string source = Sources.Api("""
            [Get("/v1/days/{day}/rooms/{room}")]
            Task GetAsync([Path(Format = "yyyyMMdd")] System.DateOnly day, [Path(Format = "D4")] int room, [Header("X-Id", Format = "N")] System.Guid id,
                [Query(Format = "B8")] IEnumerable<byte>? flags, [Query(Format = "X")] System.DayOfWeek? weekday, CancellationToken cancellationToken = default);
            """);
        await Verify.NoDiagnosticAsync(source, "SPD2027");
        await Verify.NoDiagnosticAsync(source, "SPD2028");
    }

    [Fact]
    public Task Enum_format_other_than_G_D_X_F_is_reported_with_the_formats_an_enum_takes() =>
        Verify.DiagnosticAsync(WithParameter("[Header(\"X-Day\", Format = [|\"yyyy\"|])] System.DayOfWeek day"), "SPD2028",
            "Format \"yyyy\" of parameter 'day' of 'GetAsync' is not a valid DayOfWeek format, so every call would throw: an enum takes only G, D, X or F");

    [Fact]
    public async Task Path_attribute_binds_beside_System_IO_Path_which_implicit_usings_import()
    {
        // ImplicitUsings brings System.IO into every file; [Path] must still mean the attribute, and Path.Combine the class.
        string source = "using System.IO;\n" + Sources.Api("""
            [Get("/v1/rooms/{room}")]
            Task GetAsync([Path(Format = "D4")] int room, CancellationToken cancellationToken = default);
            """) + "\npublic static class Files\n{\n    public static string Folder() => Path.Combine(\"a\", \"b\");\n}\n";
        Compilation compilation = AnalyzerHarness.Compile(source);
        Assert.Empty(AnalyzerHarness.CompilerErrors(compilation));
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeWithOutputAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(output.SyntaxTrees, tree => tree.ToString().Contains("FormatValue(room, \"D4\")", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("int", "Q", "int")]
    [InlineData("System.Guid", "yyyy", "Guid")]
    [InlineData("double", "D", "double")]
    [InlineData("System.TimeSpan", "hh:mm", "TimeSpan")]
    [InlineData("System.DayOfWeek", "yyyy", "DayOfWeek")]
    [InlineData("System.DateOnly", "Q", "DateOnly")]
    [InlineData("System.DateOnly", "yyyy-MM-dd HH", "DateOnly")]
    [InlineData("System.TimeOnly", "HH:mm yyyy", "TimeOnly")]
    public async Task A_format_every_call_would_reject_is_an_error_on_the_format_and_the_call_is_not_generated(string type, string format, string shownType)
    {
        // The reason comes from the BCL that will format the value, so only its presence is asserted.
        (string source, TextSpan span) = Markup.Parse(WithParameter("[Query(Format = [|\"" + format + "\"|])] " + type + " value"));
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeWithOutputAsync(AnalyzerHarness.Compile(source));

        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == "SPD2028");
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        string prefix = "Format \"" + format + "\" of parameter 'value' of 'GetAsync' is not a valid " + shownType + " format, so every call would throw: ";
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith(prefix, message, StringComparison.Ordinal);
        Assert.True(message.Length > prefix.Length + 5, "the message says why: " + message);
        Assert.Contains(output.SyntaxTrees, tree => tree.ToString().Contains("GetAsync cannot be generated. SPD2028", StringComparison.Ordinal));
    }

    private static string WithParameter(string parameter) => Sources.Api($$"""
        [Get("/v1/items")]
        Task GetAsync({{parameter}}, CancellationToken cancellationToken = default);
        """);

    [Fact]
    public Task Header_name_with_a_space_is_reported_on_the_name() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"X Trace\"|])] string? trace"), "SPD2017",
            "Header name \"X Trace\" of parameter 'trace' is not an HTTP token (character 2 is a space); use only letters, digits and !#$%&'*+-.^_`|~");

    [Fact]
    public Task Header_name_with_a_colon_is_reported_on_the_name() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"X-Trace:\"|])] string? trace"), "SPD2017",
            "Header name \"X-Trace:\" of parameter 'trace' is not an HTTP token (character 8 is ':'); use only letters, digits and !#$%&'*+-.^_`|~");

    [Fact]
    public Task Header_name_with_a_line_break_is_reported_with_the_break_escaped() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"X-Trace\\r\\nX-Other\"|])] string? trace"), "SPD2017",
            "Header name \"X-Trace\\u000D\\u000AX-Other\" of parameter 'trace' is not an HTTP token (character 8 is U+000D); use only letters, digits and !#$%&'*+-.^_`|~");

    [Fact]
    public Task Empty_header_name_is_reported_on_the_name() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"\"|])] string? trace"), "SPD2017",
            "Header name \"\" of parameter 'trace' is not an HTTP token (it is empty); use only letters, digits and !#$%&'*+-.^_`|~");

    [Fact]
    public Task Header_name_with_token_punctuation_is_valid() =>
        Verify.NoDiagnosticAsync(WithParameter("[Header(\"X-Request-Id.v2_~!#$%&'*+^`|\")] string? trace"), "SPD2017");

    [Fact]
    public Task Credential_header_argument_is_reported_on_the_name() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"Authorization\"|])] string authorization"), "SPD2018",
            "Parameter 'authorization' sends the credential header 'Authorization' as a method argument; let a DelegatingHandler or the client's options add credentials so they never pass through call sites or sit in source");

    [Fact]
    public Task SmarterProctoring_token_header_argument_is_reported_whatever_its_case() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"Token\"|])] string token"), "SPD2018",
            "Parameter 'token' sends the credential header 'Token' as a method argument; let a DelegatingHandler or the client's options add credentials so they never pass through call sites or sit in source");

    [Fact]
    public Task Header_that_only_mentions_a_token_is_not_a_credential() =>
        Verify.NoDiagnosticAsync(WithParameter("[Header(\"X-Token-Hint\")] string hint"), "SPD2018");

    [Fact]
    public Task Secret_query_parameter_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(WithParameter("[Query] string [|password|]"), "SPD2019",
            "Query value 'password' of 'GetAsync' looks like a secret and travels in the URL, where servers, proxies and logs keep it; send it in a header or the body");

    [Fact]
    public Task Secret_query_name_is_reported_on_the_name_whatever_its_case() =>
        Verify.DiagnosticAsync(WithParameter("[Query([|\"APIKEY\"|])] string key"), "SPD2019",
            "Query value 'APIKEY' of 'GetAsync' looks like a secret and travels in the URL, where servers, proxies and logs keep it; send it in a header or the body");

    [Fact]
    public Task Query_key_that_contains_a_secret_word_is_not_reported() =>
        Verify.NoDiagnosticAsync(WithParameter("[Query(\"pageToken\")] string? token"), "SPD2019");
}
