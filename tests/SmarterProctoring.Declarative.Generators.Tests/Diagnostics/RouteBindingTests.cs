using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD1014–SPD1016: placeholders and parameters, in both directions.</summary>
public sealed class RouteBindingTests
{
    [Fact]
    public Task Placeholder_without_parameter_is_reported_on_the_placeholder() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/[|{itemId}|]")]
                Task GetAsync(CancellationToken cancellationToken = default);
                """),
            "SPD1014",
            "Placeholder '{itemId}' in the route of 'GetAsync' matches no parameter; add a parameter named 'itemId' or rename the placeholder");

    [Fact]
    public Task Placeholder_matching_a_parameter_only_by_case_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/[|{ItemId}|]")]
                Task GetAsync([Query] string itemId, CancellationToken cancellationToken = default);
                """),
            "SPD1014",
            "Placeholder '{ItemId}' in the route of 'GetAsync' matches no parameter; add a parameter named 'ItemId' or rename the placeholder");

    [Fact]
    public Task Placeholder_with_its_parameter_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}")]
                Task GetAsync(string itemId, CancellationToken cancellationToken = default);
                """),
            "SPD1014");

    [Fact]
    public Task Parameter_bound_to_nothing_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync(string [|itemId|], CancellationToken cancellationToken = default);
                """),
            "SPD1015",
            "Parameter 'itemId' of 'GetAsync' is in neither the route nor marked [Body], [Form], [Query], [Header] or [Property]; add '{itemId}' to the route or mark the parameter");

    [Fact]
    public Task Parameter_marked_query_is_bound() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query] string itemId, CancellationToken cancellationToken = default);
                """),
            "SPD1015");

    [Fact]
    public Task Route_parameter_with_a_binding_attribute_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}")]
                Task GetAsync([Query] string [|itemId|], CancellationToken cancellationToken = default);
                """),
            "SPD1016",
            "Parameter 'itemId' of 'GetAsync' fills the route placeholder '{itemId}' and is also marked [Query]; remove the attribute or the placeholder");

    [Fact]
    public Task Route_parameter_with_only_a_sid_attribute_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}")]
                Task GetAsync([Sid("IT")] string itemId, CancellationToken cancellationToken = default);
                """),
            "SPD1016");
}
