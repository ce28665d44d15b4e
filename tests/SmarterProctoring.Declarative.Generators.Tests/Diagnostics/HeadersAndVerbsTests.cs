using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2039–SPD2041 and the HEAD rule: constant headers, header collections and timeouts that cannot apply.</summary>
public sealed class HeadersAndVerbsTests
{
    [Theory]
    [InlineData("[Headers(\"Accept: application/json\")] [Get(\"/v1/items\")] Task<string> ListAsync(CancellationToken cancellationToken = default);")]
    [InlineData("[Head(\"/v1/items/{id}\")] Task<ApiResponse> ExistsAsync(string id, CancellationToken cancellationToken = default);")]
    [InlineData("[Head(\"/v1/items/{id}\")] Task ExistsAsync(string id, CancellationToken cancellationToken = default);")]
    [InlineData("[Options(\"/v1/items\")] Task<ApiResponse> OptionsAsync(CancellationToken cancellationToken = default);")]
    [InlineData("[Get(\"/v1/items\")] [Timeout(5)] Task<string> ListAsync([HeaderCollection] IReadOnlyDictionary<string, string?> headers, CancellationToken cancellationToken = default);")]
    [InlineData("[Post(\"/v1/items\")] [Headers(\"Content-Type: text/plain\")] Task PostAsync([Body] Item item, [Property(\"tenant\")] string tenant, CancellationToken cancellationToken = default);")]
    public async Task Headers_collections_verbs_timeouts_and_properties_are_accepted(string method)
    {
        foreach (string id in new[] { "SPD2001", "SPD2018", "SPD2020", "SPD2039", "SPD2040", "SPD2041" })
        {
            await Verify.NoDiagnosticAsync(Sources.Api(method), id);
        }
    }

    [Fact]
    public Task A_constant_header_without_a_colon_is_reported_on_its_string() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Headers("Accept: application/json", [|"X-Client smarterproctoring"|])]
                Task<string> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2039",
            "[Headers] on 'ListAsync' has \"X-Client smarterproctoring\", which cannot be sent: it is not written \"Name: value\"");

    [Fact]
    public Task A_constant_header_name_that_is_not_a_token_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Headers([|"X Client: a"|])]
                Task<string> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2039",
            "[Headers] on 'ListAsync' has \"X Client: a\", which cannot be sent: its name is not an HTTP token (character 2 is a space)");

    [Fact]
    public Task A_constant_header_value_with_a_line_break_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Headers([|"X-Client: a\r\nX-Admin: true"|])]
                Task<string> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2039",
            "[Headers] on 'ListAsync' has \"X-Client: a\\u000D\\u000AX-Admin: true\", which cannot be sent: its value holds a line break, which would end the header");

    [Fact]
    public Task An_interface_content_header_on_a_call_without_a_body_is_reported_on_the_call() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<string> ListAsync(CancellationToken cancellationToken = default);
                """,
                attributes: "[JsonContext(typeof(TestJsonContext))]\n[Headers([|\"Content-Type: text/plain\"|])]"),
            "SPD2039",
            "[Headers] on 'ListAsync' has \"Content-Type: text/plain\", which cannot be sent: 'Content-Type' describes a request body, and the call sends none");

    [Fact]
    public Task A_credential_written_as_a_constant_header_is_warned_about() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Headers([|"token: abc"|])]
                Task<string> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2018",
            "[Headers] on 'ListAsync' sends the credential header 'token' as a constant in source; let a DelegatingHandler or the client's options add credentials so they never pass through call sites or sit in source");

    [Fact]
    public Task Two_header_collections_are_reported_on_the_second() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<string> ListAsync([HeaderCollection] IReadOnlyDictionary<string, string?> headers, [HeaderCollection] IReadOnlyDictionary<string, string?> [|more|], CancellationToken cancellationToken = default);
                """),
            "SPD2040",
            "'ListAsync' has more than one [HeaderCollection] ('more' is an extra one); merge the headers into one collection");

    [Fact]
    public Task A_header_collection_of_another_type_cannot_be_sent() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<string> ListAsync([HeaderCollection] string[] [|headers|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'headers' of 'ListAsync' has type 'string[]', which cannot be sent as a header collection value; use a dictionary of strings, or a collection of KeyValuePair<string, string>");

    [Theory]
    [InlineData("0", "its 0 seconds is not a positive time of at least a millisecond")]
    [InlineData("-1", "its -1 seconds is not a positive time of at least a millisecond")]
    [InlineData("3000000", "its 3000000 seconds is longer than the longest timer (about 24 days); leave the call unbounded instead")]
    public Task A_timeout_that_is_not_a_usable_time_is_reported_on_its_value(string seconds, string why) =>
        Verify.DiagnosticAsync(
            Sources.Api("[Get(\"/v1/items\")]\n[Timeout([|" + seconds + "|])]\nTask<string> ListAsync(CancellationToken cancellationToken = default);"),
            "SPD2041",
            "[Timeout] on 'ListAsync' cannot apply: " + why);

    [Fact]
    public Task A_timeout_on_a_stream_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Timeout([|5|])]
                IAsyncEnumerable<Item> StreamAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2041",
            "[Timeout] on 'StreamAsync' cannot apply: it returns IAsyncEnumerable<T>, which is read after the call returns; bound the enumeration with a token (CancelAfter) instead");

    [Fact]
    public Task A_HEAD_call_that_reads_a_body_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Head("/v1/items/{id}")]
                Task<Item> [|ExistsAsync|](string id, CancellationToken cancellationToken = default);
                """),
            "SPD2001",
            "'ExistsAsync' returns 'Task<Item>'; a HEAD answer has no body to read; return Task, Task<ApiResponse> (its status and headers) or Task<HttpResponseMessage>");
}
