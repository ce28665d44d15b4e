using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2001, SPD2004–SPD2008: method shapes a generated call cannot have.</summary>
public sealed class MethodShapeTests
{
    [Fact]
    public Task Unsupported_return_type_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                List<Item> [|GetAll|](CancellationToken cancellationToken = default);
                """),
            "SPD2001",
            "'GetAll' returns 'List<Item>'; a generated call returns Task, Task<T>, Task<ApiResponse<T>>, Task<ApiResponse>, their ValueTask forms, or IAsyncEnumerable<T>");

    [Theory]
    [InlineData("Stream")]
    [InlineData("HttpResponseMessage")]
    public Task An_ApiResponse_of_an_unread_body_says_what_to_declare_instead(string content) =>
        Verify.DiagnosticAsync(
            Sources.Api($$"""
                [Get("/v1/files")]
                Task<ApiResponse<{{content}}>> [|GetAsync|](CancellationToken cancellationToken = default);
                """).Replace("using System;", "using System;\nusing System.IO;\nusing System.Net.Http;", System.StringComparison.Ordinal),
            "SPD2001",
            "'GetAsync' returns 'Task<ApiResponse<" + content + ">>'; an ApiResponse<T> holds content that was read; return Task<" + content + "> to get the unread body");

    [Theory]
    [InlineData("Task")]
    [InlineData("Task<Item>")]
    [InlineData("Task<ApiResponse<Item>>")]
    [InlineData("ValueTask")]
    [InlineData("ValueTask<Item?>")]
    [InlineData("ValueTask<ApiResponse<List<Item>>>")]
    [InlineData("Task<ApiResponse>")]
    [InlineData("Task<string>")]
    [InlineData("ValueTask<string?>")]
    [InlineData("Task<byte[]>")]
    [InlineData("Task<System.IO.Stream>")]
    [InlineData("Task<System.Net.Http.HttpResponseMessage>")]
    [InlineData("Task<ApiResponse<string>>")]
    [InlineData("ValueTask<ApiResponse<byte[]>>")]
    public Task Task_and_value_task_forms_are_supported(string returnType) =>
        Verify.NoDiagnosticAsync(
            Sources.Api($$"""
                [Get("/v1/items")]
                {{returnType}} GetAllAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2001");

    [Fact]
    public Task Second_cancellation_token_is_reported_on_the_extra_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken, CancellationToken [|timeout|]);
                """),
            "SPD2004",
            "'GetAsync' has more than one CancellationToken parameter ('timeout' is an extra one); keep one");

    [Fact]
    public Task One_cancellation_token_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query] int page, CancellationToken cancellationToken);
                """),
            "SPD2004");

    [Fact]
    public Task Ref_parameter_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query] ref int [|page|], CancellationToken cancellationToken = default);
                """),
            "SPD2005",
            "Parameter 'page' of 'GetAsync' is passed by reference ('ref'); a request only reads its arguments, pass it by value");

    [Fact]
    public Task In_parameter_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query] in int [|page|], CancellationToken cancellationToken = default);
                """),
            "SPD2005",
            "Parameter 'page' of 'GetAsync' is passed by reference ('in'); a request only reads its arguments, pass it by value");

    [Fact]
    public Task Params_array_is_passed_by_value() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken, [Query] params string[] tags);
                """),
            "SPD2005");

    [Fact]
    public Task Generic_method_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<T> [|GetAsync|]<T>(CancellationToken cancellationToken = default);
                """),
            "SPD2006",
            "'GetAsync' is generic; a generated call needs concrete types, remove its type parameters");

    [Fact]
    public Task Method_with_a_generic_return_type_argument_is_not_generic() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<List<Item>> GetAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2006");

    [Fact]
    public Task Method_without_verb_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken = default);

                Task [|DeleteAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD2007",
            "'DeleteAsync' has no HTTP verb attribute, so the generated client of 'ITestApi' implements it by throwing NotSupportedException; mark it [Get], [Post], [Put], [Patch], [Delete], [Head] or [Options]");

    [Fact]
    public Task Method_inherited_from_a_plain_interface_is_reported_on_the_base_list() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken = default);
                """,
                declaration: "public partial interface ITestApi : [|IDisposable|]"),
            "SPD2007",
            "'IDisposable.Dispose' has no HTTP verb attribute, so the generated client of 'ITestApi' implements it by throwing NotSupportedException; mark it [Get], [Post], [Put], [Patch], [Delete], [Head] or [Options]");

    [Fact]
    public Task Method_with_a_body_is_not_implemented_by_the_client() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken = default);

                Task RefreshAsync() => GetAsync();
                """),
            "SPD2007");

    [Fact]
    public Task Method_with_two_verbs_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                [Post("/v1/items")]
                Task [|SendAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD2008",
            "'SendAsync' has 2 HTTP verb attributes; keep exactly one");

    [Fact]
    public Task Method_with_one_verb_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Post("/v1/items")]
                Task SendAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2008");
}
