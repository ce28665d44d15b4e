using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2035–SPD2038: query objects, maps and form bodies that cannot be sent as declared.</summary>
public sealed class QueryObjectTests
{
    private const string Models = """
        public sealed class Filter
        {
            public string? Name { get; init; }
            public int? Limit { get; init; }
            [Query(CollectionFormat = QueryCollectionFormat.Csv)] public string[]? Keys { get; init; }
            public Range? Range { get; init; }
            [JsonIgnore] public object? Ignored { get; init; }
        }

        public sealed class Range
        {
            public DateTimeOffset? From { get; init; }
        }

        public sealed class WithObject
        {
            public string? Name { get; init; }
            public object? Anything { get; init; }
        }

        public sealed class WithMap
        {
            public Dictionary<string, string>? Extra { get; init; }
        }

        public sealed class Node
        {
            public string? Name { get; init; }
            public Node? Parent { get; init; }
        }

        public sealed class BadSid
        {
            [Sid("CU")] public int Course { get; init; }
        }

        public sealed class ExamFilter
        {
            public string? ExamSid { get; init; }
        }

        public sealed class Credentials
        {
            [JsonPropertyName("client_id")] public string? ClientId { get; init; }
            [JsonPropertyName("client_secret")] public string? ClientSecret { get; init; }
        }

        public sealed class WithCredentials
        {
            public Credentials? Auth { get; init; }
        }

        """;

    private static string Api(string members) => Sources.Api(members, attributes: Models);

    [Theory]
    [InlineData("[Get(\"/v1/items\")] Task<string> ListAsync([Query] Filter filter, CancellationToken cancellationToken = default);")]
    [InlineData("[Get(\"/v1/items\")] Task<string> ListAsync([Query(\"f\")] Filter? filter, [Query] IReadOnlyDictionary<string, string?>? extra = null, CancellationToken cancellationToken = default);")]
    [InlineData("[Post(\"/v1/items\")] Task<string> PostAsync([Form] Filter filter, CancellationToken cancellationToken = default);")]
    [InlineData("[Post(\"/v1/items\")] Task<string> PostAsync([Form] IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default);")]
    [InlineData("[Get(\"/v1/items\")] Task<string> ListAsync([Query(CollectionFormat = QueryCollectionFormat.Pipes)] IEnumerable<int> ids, CancellationToken cancellationToken = default);")]
    public async Task Query_objects_maps_forms_and_joined_collections_are_accepted(string method)
    {
        foreach (string id in new[] { "SPD2020", "SPD2027", "SPD2035", "SPD2036", "SPD2037", "SPD2038" })
        {
            await Verify.NoDiagnosticAsync(Api(method), id);
        }
    }

    [Fact]
    public Task A_query_object_member_that_looks_like_a_secret_is_warned_about_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task ListAsync([Query("q")] WithCredentials [|filter|], CancellationToken cancellationToken = default);
                """),
            "SPD2019",
            "Query value 'q.auth.client_secret' of 'ListAsync' looks like a secret and travels in the URL, where servers, proxies and logs keep it; send it in a header or the body");

    [Fact]
    public Task The_same_object_as_a_form_body_is_where_a_secret_belongs() =>
        Verify.NoDiagnosticAsync(
            Api("""
                [Post("/oidc/token")]
                Task TokenAsync([Form] Credentials credentials, CancellationToken cancellationToken = default);
                """),
            "SPD2019");

    [Fact]
    public Task A_form_and_a_JSON_body_together_are_two_bodies() =>
        Verify.DiagnosticAsync(
            Api("""
                [Post("/v1/items")]
                Task PostAsync([Form] Filter filter, [Body] Range [|range|], CancellationToken cancellationToken = default);
                """),
            "SPD2035",
            "'PostAsync' has two bodies: 'filter' is its [Form] body and 'range' would be its [Body]; a request carries one body, so send one of them (or move the other to the query)");

    [Fact]
    public Task Two_forms_are_two_bodies() =>
        Verify.DiagnosticAsync(
            Api("""
                [Post("/v1/items")]
                Task PostAsync([Form] Filter filter, [Form] IEnumerable<KeyValuePair<string, string>> [|fields|], CancellationToken cancellationToken = default);
                """),
            "SPD2035",
            "'PostAsync' has two bodies: 'filter' is its [Form] body and 'fields' would be its [Form] body; a request carries one body, so send one of them (or move the other to the query)");

    [Fact]
    public Task A_member_no_query_can_hold_is_named() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task ListAsync([Query] WithObject [|filter|], CancellationToken cancellationToken = default);
                """),
            "SPD2036",
            "'filter' of 'ListAsync' cannot be sent as a query string: its member 'Anything' cannot, because its type object? is not a value a query can hold (a string, bool, IFormattable value type, a collection of them, or an object of them)");

    [Fact]
    public Task A_map_inside_a_form_object_is_named() =>
        Verify.DiagnosticAsync(
            Api("""
                [Post("/v1/items")]
                Task PostAsync([Form] WithMap [|form|], CancellationToken cancellationToken = default);
                """),
            "SPD2036",
            "'form' of 'PostAsync' cannot be sent as a form body: its member 'Extra' cannot, because it is a map, which a query object cannot hold; pass it as its own [Query] parameter");

    [Fact]
    public Task A_SID_on_a_member_that_is_not_a_string_is_named() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task ListAsync([Query] BadSid [|filter|], CancellationToken cancellationToken = default);
                """),
            "SPD2036",
            "'filter' of 'ListAsync' cannot be sent as a query string: its member 'Course' cannot, because it has [Sid] but is not a string or a collection of strings");

    [Fact]
    public Task A_query_object_that_holds_itself_is_a_cycle() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task ListAsync([Query] Node [|node|], CancellationToken cancellationToken = default);
                """),
            "SPD2037",
            "'node' of 'ListAsync' cannot be flattened into a query string: its member 'Parent' holds the type Node again, so the query would never end; send the inner object's values as members of their own, or [JsonIgnore] the member");

    [Fact]
    public Task A_placeholder_that_names_a_query_object_member_says_so() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/exams/[|{examSid}|]")]
                Task GetAsync([Query] ExamFilter filter, CancellationToken cancellationToken = default);
                """),
            "SPD2038",
            "Placeholder '{examSid}' in the route of 'GetAsync' names the member 'ExamSid' of the query object 'filter', but a path value must be a parameter of its own; add a parameter 'examSid' and keep the member out of the object");

    [Fact]
    public Task A_form_of_a_scalar_cannot_be_sent() =>
        Verify.DiagnosticAsync(
            Api("""
                [Post("/v1/items")]
                Task PostAsync([Form] int [|count|], CancellationToken cancellationToken = default);
                """),
            "SPD2020",
            "Parameter 'count' of 'PostAsync' has type 'int', which cannot be sent as a form value; use a class, struct or record whose members are flattened, a dictionary of strings, or a collection of KeyValuePair<string, string>");

    [Fact]
    public Task A_collection_format_on_a_single_value_never_applies() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task ListAsync([Query(CollectionFormat = [|QueryCollectionFormat.Csv|])] string? name, CancellationToken cancellationToken = default);
                """),
            "SPD2027",
            "The Format of parameter 'name' of 'ListAsync' is never applied: CollectionFormat joins the elements of a collection, and this value is not one; remove it");
}
