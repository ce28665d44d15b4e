using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2002 and SPD2003: request bodies.</summary>
public sealed class BodyTests
{
    [Fact]
    public Task Second_body_is_reported_on_the_extra_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/items")]
                Task CreateAsync([Body] Item item, [Body] Item [|copy|], CancellationToken cancellationToken = default);
                """),
            "SPD2002",
            "'CreateAsync' has more than one [Body] parameter ('copy' is an extra one); send one object as the body");

    [Fact]
    public Task One_body_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Post("/v1/items")]
                Task CreateAsync([Body] Item item, [Query] bool? dryRun, CancellationToken cancellationToken = default);
                """),
            "SPD2002");

    [Fact]
    public Task Body_on_get_is_reported_on_the_body_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/search")]
                Task<List<Item>> SearchAsync([Body] Item [|example|], CancellationToken cancellationToken = default);
                """),
            "SPD2003",
            "'SearchAsync' sends the body 'example' with GET, which many servers and proxies drop; suppress this warning if the API really expects a body");

    [Fact]
    public Task Body_on_delete_is_reported_as_a_warning() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Delete("/v1/items/{itemId}")]
                Task CancelAsync(string itemId, [Body] Item [|reason|], CancellationToken cancellationToken = default);
                """),
            "SPD2003",
            "'CancelAsync' sends the body 'reason' with DELETE, which many servers and proxies drop; suppress this warning if the API really expects a body");

    [Fact]
    public Task Body_on_put_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Put("/v1/items/{itemId}")]
                Task ReplaceAsync(string itemId, [Body] Item item, CancellationToken cancellationToken = default);
                """),
            "SPD2003");
}
