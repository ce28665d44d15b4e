using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2009: two methods for one endpoint.</summary>
public sealed class DuplicateRouteTests
{
    [Fact]
    public Task Same_verb_and_route_is_reported_on_the_later_method() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}")]
                Task<Item> GetAsync(string itemId, CancellationToken cancellationToken = default);

                [Get("/v1/items/{id}")]
                Task<Item> [|FindAsync|](string id, CancellationToken cancellationToken = default);
                """),
            "SPD2009",
            "'FindAsync' sends GET \"/v1/items/{id}\" like 'GetAsync' does; give one of them a different route or remove the duplicate");

    [Fact]
    public Task Same_route_with_another_verb_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}")]
                Task<Item> GetAsync(string itemId, CancellationToken cancellationToken = default);

                [Delete("/v1/items/{itemId}")]
                Task DeleteAsync(string itemId, CancellationToken cancellationToken = default);
                """),
            "SPD2009");
}
