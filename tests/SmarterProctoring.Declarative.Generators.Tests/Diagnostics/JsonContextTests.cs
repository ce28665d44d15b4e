using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD3001–SPD3003: the JSON context a client reads and writes with.</summary>
public sealed class JsonContextTests
{
    private static string WithContext(string contextAttributes, string members, string models = "") => Sources.Usings + $$"""


        namespace Test;

        public sealed class Item
        {
            public string? Name { get; set; }
        }

        public sealed class Line
        {
            public int Quantity { get; set; }
        }

        public sealed class Order
        {
            public List<Line> Lines { get; set; } = new();

            [JsonIgnore]
            public Item? Cached { get; set; }
        }
        {{models}}
        {{contextAttributes}}
        public partial class TestJsonContext : JsonSerializerContext
        {
            public TestJsonContext() : base(null) { }
            protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        [JsonContext(typeof(TestJsonContext))]
        public partial interface ITestApi
        {
            {{members}}
        }
        """;

    [Fact]
    public Task Call_whose_json_the_generated_context_cannot_describe_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Post("/v1/items")]
                Task [|SendAsync|]([Body] object payload, CancellationToken cancellationToken = default);
                """,
                attributes: string.Empty),
            "SPD3001",
            "'SendAsync' reads or writes JSON, but the JSON context generated for 'ITestApi' cannot describe it: "
            + "Object has type object, which is object, whose JSON depends on the value's run-time type: declare a JsonSerializerContext for it and name it with [JsonContext(typeof(...))]");

    [Fact]
    public Task Collection_the_generated_context_does_not_support_is_reported_rather_than_described_as_an_object() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Post("/v1/items")]
                Task [|SendAsync|]([Body] Queue<Item> items, CancellationToken cancellationToken = default);
                """,
                attributes: string.Empty),
            "SPD3001",
            "'SendAsync' reads or writes JSON, but the JSON context generated for 'ITestApi' cannot describe it: "
            + "Queue has type Queue<Item>, which is a collection the generated context does not support (it supports T[], List<T>, IList<T>, "
            + "IReadOnlyList<T>, IEnumerable<T>, Dictionary<string, T> and IReadOnlyDictionary<string, T>): declare a JsonSerializerContext for it "
            + "and name it with [JsonContext(typeof(...))]");

    [Fact]
    public Task Call_with_a_plain_model_needs_no_context_of_its_own() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken cancellationToken = default);
                """,
                attributes: string.Empty),
            "SPD3001");

    [Fact]
    public Task Context_named_by_the_assembly_is_used_instead_of_a_generated_one() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(
                """
                [Post("/v1/items")]
                Task SendAsync([Body] object payload, CancellationToken cancellationToken = default);
                """,
                attributes: string.Empty).Replace("namespace Test;", "[assembly: JsonContext(typeof(Test.TestJsonContext))]\n\nnamespace Test;", System.StringComparison.Ordinal),
            "SPD3001");

    [Fact]
    public Task Json_context_attribute_naming_a_model_is_reported_on_the_typeof() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken cancellationToken = default);
                """,
                attributes: "[JsonContext([|typeof(Item)|])]"),
            "SPD3002",
            "'Item' is not a JsonSerializerContext; name a class declared as 'partial class Item : JsonSerializerContext'");

    [Fact]
    public Task Json_context_attribute_naming_a_context_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken cancellationToken = default);
                """),
            "SPD3002");

    [Fact]
    public Task Response_type_missing_from_the_context_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            WithContext("[JsonSerializable(typeof(Item))]", """
                [Get("/v1/items")]
                Task<List<Item>> [|GetAllAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD3003",
            "'GetAllAsync' reads 'List<Item>', but 'TestJsonContext' has no JSON metadata for it; add [JsonSerializable(typeof(List<Item>))] to 'TestJsonContext'");

    [Fact]
    public Task Body_type_missing_from_the_context_is_reported_on_the_method_name() =>
        Verify.DiagnosticAsync(
            WithContext("[JsonSerializable(typeof(Order))]", """
                [Post("/v1/items")]
                Task [|CreateAsync|]([Body] Item item, CancellationToken cancellationToken = default);
                """),
            "SPD3003",
            "'CreateAsync' sends 'Item', but 'TestJsonContext' has no JSON metadata for it; add [JsonSerializable(typeof(Item))] to 'TestJsonContext'");

    [Fact]
    public Task Nullable_value_type_needs_its_own_metadata() =>
        Verify.DiagnosticAsync(
            WithContext("[JsonSerializable(typeof(int))]", """
                [Get("/v1/items/count")]
                Task<int?> [|CountAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD3003",
            "'CountAsync' reads 'int?', but 'TestJsonContext' has no JSON metadata for it; add [JsonSerializable(typeof(int?))] to 'TestJsonContext'");

    [Fact]
    public Task Type_reached_through_a_declared_type_is_present() =>
        Verify.NoDiagnosticAsync(
            WithContext("[JsonSerializable(typeof(Order))]", """
                [Post("/v1/lines")]
                Task<int> AddAsync([Body] Line line, CancellationToken cancellationToken = default);

                [Get("/v1/lines")]
                Task<List<Line>> GetAllAsync(CancellationToken cancellationToken = default);
                """),
            "SPD3003");

    [Fact]
    public Task Type_of_an_ignored_property_is_not_present() =>
        Verify.DiagnosticAsync(
            WithContext("[JsonSerializable(typeof(Order))]", """
                [Get("/v1/items/{name}")]
                Task<Item> [|GetAsync|](string name, CancellationToken cancellationToken = default);
                """),
            "SPD3003",
            "'GetAsync' reads 'Item', but 'TestJsonContext' has no JSON metadata for it; add [JsonSerializable(typeof(Item))] to 'TestJsonContext'");

    [Fact]
    public Task Nullable_reference_annotation_does_not_matter() =>
        Verify.NoDiagnosticAsync(
            WithContext("[JsonSerializable(typeof(Item))]", """
                [Get("/v1/items/{name}")]
                Task<ApiResponse<Item?>> GetAsync(string name, CancellationToken cancellationToken = default);
                """),
            "SPD3003");
}
