using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2017–SPD2019 and SPD2026: header names, credentials, secrets and content headers.</summary>
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
            "Parameter 'authorization' sends the credential header 'Authorization' as a method argument; let a DelegatingHandler or the client's options add credentials so they never pass through call sites");

    [Fact]
    public Task SmarterProctoring_token_header_argument_is_reported_whatever_its_case() =>
        Verify.DiagnosticAsync(WithParameter("[Header([|\"Token\"|])] string token"), "SPD2018",
            "Parameter 'token' sends the credential header 'Token' as a method argument; let a DelegatingHandler or the client's options add credentials so they never pass through call sites");

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
