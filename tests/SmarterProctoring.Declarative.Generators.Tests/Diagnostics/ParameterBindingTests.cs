using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2010 and SPD2020: how a parameter is bound and whether its type can be sent that way.</summary>
public sealed class ParameterBindingTests
{
    [Fact]
    public Task Parameter_with_two_binding_attributes_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query][Header("X-Page")] int [|page|], CancellationToken cancellationToken = default);
                """),
            "SPD2010",
            "Parameter 'page' of 'GetAsync' has more than one of [Body], [Form], [Query], [Header] and [Property]; keep one");

    [Fact]
    public Task Parameter_with_a_binding_and_a_sid_attribute_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query][Sid("IT")] string itemSid, CancellationToken cancellationToken = default);
                """),
            "SPD2010");

    [Fact]
    public Task Query_parameter_of_a_type_that_is_neither_a_value_nor_an_object_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query] System.IO.Stream [|filter|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'filter' of 'GetAsync' has type 'Stream', which cannot be sent as a query value; use string, bool, a value type that implements IFormattable, their nullable forms, a collection of strings or IFormattable values, an object whose members are flattened, or a dictionary of strings");

    [Fact]
    public Task Header_collection_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Header("X-Tags")] string[] [|tags|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'tags' of 'GetAsync' has type 'string[]', which cannot be sent as a header value; use string, bool or a value type that implements IFormattable, or their nullable forms");

    [Fact]
    public Task Path_bool_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/flags/{enabled}")]
                Task GetAsync(bool [|enabled|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'enabled' of 'GetAsync' has type 'bool', which cannot be sent as a path value; use string or a non-nullable value type that implements IFormattable (a number, Guid, date or enum)");

    [Fact]
    public Task Nullable_number_in_the_path_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{version}")]
                Task GetAsync(int? [|version|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'version' of 'GetAsync' has type 'int?', which cannot be sent as a path value; use string or a non-nullable value type that implements IFormattable (a number, Guid, date or enum)");

    [Fact]
    public Task Placeholder_named_after_the_cancellation_token_is_reported_on_the_token() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{cancellationToken}")]
                Task GetAsync(CancellationToken [|cancellationToken|]);
                """),
            "SPD2020",
            "Parameter 'cancellationToken' of 'GetAsync' has type 'CancellationToken', which cannot be sent as a path value; use string or a non-nullable value type that implements IFormattable (a number, Guid, date or enum)");

    [Fact]
    public Task Values_the_generator_can_send_are_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items/{itemId}/{version}")]
                Task GetAsync(
                    Guid itemId,
                    long version,
                    [Query] string? name,
                    [Query] bool? archived,
                    [Query] DateTimeOffset since,
                    [Query] IReadOnlyList<string> tags,
                    [Query] int[] sizes,
                    [Header("X-Trace")] string? trace,
                    [Header("X-Retry")] int retry,
                    [Header("X-Dry-Run")] bool dryRun,
                    CancellationToken cancellationToken = default);
                """),
            "SPD2020");
}
