using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2034, and SPD3003 for an error type a user's context lacks.</summary>
public sealed class ErrorBodyTests
{
    private const string Errors = """
        public sealed record ServiceError(string? Code);

        public struct ErrorCode { public string? Code { get; set; } }

        """;

    [Theory]
    [InlineData("[ErrorBody(typeof(ServiceError), Status = 200)]", "Status 200 is not an error; an error body is read for 400–599")]
    [InlineData("[ErrorBody(typeof(ServiceError), Status = 700)]", "Status 700 is not an HTTP status; use 400–599, or leave Status out for every unsuccessful status")]
    [InlineData("[ErrorBody(typeof(ErrorCode))]", "an error body is read as a class or record, and ErrorCode is a value type")]
    public Task An_error_body_that_never_applies_is_reported_on_its_attribute(string attribute, string why) =>
        Verify.DiagnosticAsync(
            Sources.Api("[Get(\"/v1/items\")]\n[[|" + attribute[1..^1] + "|]]\nTask<Item> GetAsync(CancellationToken cancellationToken = default);", attributes: Errors),
            "SPD2034",
            "[ErrorBody(typeof(" + (attribute.Contains("ErrorCode", System.StringComparison.Ordinal) ? "ErrorCode" : "ServiceError") + "))] on 'GetAsync' never applies: " + why);

    [Fact]
    public Task A_second_error_body_for_every_status_on_the_interface_is_reported_once() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<Item> GetAsync(CancellationToken cancellationToken = default);

                [Get("/v1/items/first")]
                Task<Item> FirstAsync(CancellationToken cancellationToken = default);
                """,
                attributes: Errors + "[ErrorBody(typeof(ServiceError))]\n[[|ErrorBody(typeof(Item))|]]"),
            "SPD2034",
            "[ErrorBody(typeof(Item))] on 'ITestApi' never applies: every status already reads ServiceError; keep one [ErrorBody] per status");

    [Fact]
    public Task An_error_type_the_users_context_lacks_is_SPD3003() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                [ErrorBody(typeof(ServiceError))]
                Task<Item> [|GetAsync|](CancellationToken cancellationToken = default);
                """,
                attributes: Errors + "[JsonContext(typeof(TestJsonContext))]"),
            "SPD3003",
            "'GetAsync' reads errors as 'ServiceError', but 'TestJsonContext' has no JSON metadata for it; add [JsonSerializable(typeof(ServiceError))] to 'TestJsonContext'");

    [Fact]
    public Task An_error_type_the_generated_context_cannot_describe_is_SPD3001_on_the_method() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                [ErrorBody(typeof(Queue<Item>))]
                Task<Item> [|GetAsync|](CancellationToken cancellationToken = default);
                """,
                attributes: string.Empty),
            "SPD3001",
            "'GetAsync' reads or writes JSON, but the JSON context generated for 'ITestApi' cannot describe it: "
            + "Queue has type Queue<Item>, which is a collection the generated context does not support (it supports T[], List<T>, IList<T>, "
            + "IReadOnlyList<T>, IEnumerable<T>, Dictionary<string, T> and IReadOnlyDictionary<string, T>): declare a JsonSerializerContext for it "
            + "and name it with [JsonContext(typeof(...))]");

    [Fact]
    public Task Error_bodies_per_status_and_for_every_status_are_accepted() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                [ErrorBody(typeof(Item), Status = 404)]
                [ErrorBody(typeof(ServiceError))]
                Task<Item> GetAsync(CancellationToken cancellationToken = default);
                """,
                attributes: Errors + "[ErrorBody(typeof(ServiceError), Status = 400)]"),
            "SPD2034");
}
