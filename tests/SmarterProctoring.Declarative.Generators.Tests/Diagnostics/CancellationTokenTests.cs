using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2021: the suggestion to accept a CancellationToken.</summary>
public sealed class CancellationTokenTests
{
    [Fact]
    public Task Call_without_a_cancellation_token_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<List<Item>> [|GetAllAsync|]();
                """),
            "SPD2021",
            "'GetAllAsync' takes no CancellationToken; add 'CancellationToken cancellationToken = default' so callers can cancel the request");

    [Fact]
    public Task Call_with_a_cancellation_token_under_any_name_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken ct);
                """),
            "SPD2021");
}
