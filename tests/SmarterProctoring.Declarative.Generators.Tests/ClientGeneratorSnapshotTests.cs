using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// The generated source, checked in as snapshots: one for the SmarterProctoring client and one per feature. Each
/// test also compiles the output, so a snapshot can never record code that does not build.
/// </summary>
public sealed class ClientGeneratorSnapshotTests
{
    [Fact]
    public void Exam_configurations_api_generates_sid_checked_put_and_get()
    {
        VerifyGenerated(Sources.ExamConfigurationsApi);
    }

    [Fact]
    public void Without_a_json_context_the_generator_writes_one_for_every_reachable_type()
    {
        VerifyGenerated("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            public enum Color { Red, Green }

            public sealed record Line(string Sku, int Quantity, decimal Price = 1.5m);

            public sealed class Order
            {
                public required string Id { get; init; }
                [JsonPropertyName("placed_at")] public DateTimeOffset PlacedAt { get; set; }
                [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Note { get; set; }
                [JsonPropertyOrder(-1)] public int Version { get; set; }
                [JsonConverter(typeof(JsonStringEnumConverter<Color>))] public Color Color { get; set; }
                public Color? Shade { get; set; }
                public List<Line> Lines { get; set; } = [];
                public IReadOnlyDictionary<string, JsonElement>? Extra { get; init; }
                public Guid[]? Tags { get; set; }
                [JsonIgnore] public string? Secret { get; set; }
            }

            [JsonContextOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
            public partial interface IOrdersApi
            {
                [Put("/v1/orders/{orderSid}")]
                Task<Order> PutAsync([Sid("OR")] string orderSid, [Body] Order order);
            }
            """);
    }

    [Fact]
    public void Query_parameters_are_appended_with_a_uri_builder()
    {
        VerifyGenerated(Sources.Interface("""
            [Get("/v1/installs/{installSid}/enrollments")]
            Task<string> ListAsync([Sid("AI")] string installSid, [Query] int? offset, [Query] int limit,
                [Query("sortKeys[]")] IEnumerable<string> sortKeys, [Query] bool? includeActive, CancellationToken cancellationToken);
            """));
    }

    [Fact]
    public void Non_sid_path_values_are_escaped_and_formatted()
    {
        VerifyGenerated(Sources.Interface("""
            [Get("/v1/items/{name}/versions/{version}")]
            Task<string> GetAsync(string name, int version);
            """));
    }

    [Fact]
    public void Header_parameters_are_checked_and_added()
    {
        VerifyGenerated(Sources.Interface("""
            [Get("/v1/items")]
            Task<string> GetAsync([Header("X-Request-Id")] string requestId, [Header("X-Attempt")] int? attempt);
            """));
    }

    [Fact]
    public void Task_without_result_only_checks_the_status()
    {
        VerifyGenerated(Sources.Interface("""
            [Delete("/v1/items/{itemSid}")]
            Task DeleteAsync([Sid("IT")] string itemSid, CancellationToken cancellationToken = default);
            """));
    }

    [Fact]
    public void Paged_calls_return_a_walk_by_next_link_or_by_offset()
    {
        VerifyGenerated(Sources.Interface(
            """
            [Get("/v1/items")]
            [Paged(typeof(Page), Items = nameof(Page.Results), Next = nameof(Page.Next))]
            IAsyncEnumerable<Item> ListAsync([Query] int? limit = null, [Header("X-Tenant")] string? tenant = null, CancellationToken cancellationToken = default);

            [Get("/v1/items/offsets")]
            [Paged(typeof(Page), Items = nameof(Page.Results), Total = nameof(Page.Total))]
            IAsyncEnumerable<Item> ListByOffsetAsync([Query, PageOffset] int offset = 0, [Query] int? limit = null, CancellationToken cancellationToken = default);

            [Get("/v1/items/pages")]
            [Paged(typeof(Page), Items = nameof(Page.Results), Next = nameof(Page.Next))]
            IAsyncEnumerable<Page> ListPagesAsync(CancellationToken page = default);
            """,
            attributes: "public sealed record Page(int Total, string? Next, IReadOnlyList<Item> Results);\n"));
    }

    [Fact]
    public void Raw_bodies_and_streams_use_their_readers()
    {
        VerifyGenerated(Sources.Interface(
            """
            [Get("/v1/files/{id}")]
            Task<System.IO.Stream> DownloadAsync(string id, CancellationToken cancellationToken = default);

            [Get("/v1/notes/{id}")]
            Task<string> GetTextAsync(string id, CancellationToken cancellationToken = default);

            [Get("/v1/blobs/{id}")]
            ValueTask<byte[]> GetBytesAsync(string id, CancellationToken cancellationToken = default);

            [Get("/v1/raw/{id}")]
            Task<System.Net.Http.HttpResponseMessage> GetRawAsync(string id, CancellationToken cancellationToken = default);

            [Delete("/v1/items/{id}")]
            Task<ApiResponse> DeleteAsync(string id, CancellationToken cancellationToken = default);

            [Post("/v1/events")]
            IAsyncEnumerable<Item> StreamAsync([Body] Item filter, CancellationToken cancellationToken = default);
            """,
            attributes: string.Empty));
    }

    [Fact]
    public void Error_bodies_go_on_the_request_options_once_per_distinct_list()
    {
        VerifyGenerated(Sources.Interface(
            """
            [Get("/v1/items/{id}")]
            Task<Item> GetAsync(string id, CancellationToken cancellationToken = default);

            [Get("/v1/items/{id}/owner")]
            [ErrorBody(typeof(Item), Status = 404)]
            Task<Item> GetOwnerAsync(string id, CancellationToken cancellationToken = default);

            [Delete("/v1/items/{id}")]
            Task DeleteAsync(string id, CancellationToken cancellationToken = default);
            """,
            attributes: "public sealed record ServiceError(string? Code, string? Message);\n\n[ErrorBody(typeof(ServiceError))]"));
    }

    [Fact]
    public void ApiResponse_and_ValueTask_and_nullable_results_use_their_readers()
    {
        VerifyGenerated(Sources.Interface("""
            [Get("/v1/items")]
            Task<ApiResponse<Item>> GetResponseAsync();

            [Get("/v1/items/first")]
            ValueTask<Item?> FindAsync();

            [Post("/v1/items")]
            [Idempotent]
            ValueTask CreateAsync([Body] Item? item);
            """));
    }

    [Fact]
    public void Formats_enum_json_names_and_nested_sids_are_written_by_declared_type()
    {
        VerifyGenerated("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            [JsonConverter(typeof(JsonStringEnumConverter<Status>))]
            public enum Status { [JsonStringEnumMemberName("in_progress")] InProgress, Done, @class }

            public sealed class Section
            {
                [Sid("CU")] public string? CourseSid { get; set; }
                [Sid("EX")] public List<string>? @event { get; set; }
                public Section? Parent { get; set; }
            }

            public sealed class Roster
            {
                [Sid("AI")] public string? InstallSid { get; set; }
                public Section? Lead { get; set; }
                public Section[]? Sections { get; set; }
            }

            public partial interface IRostersApi
            {
                [Put("/v1/days/{day}/rosters")]
                Task PutAsync([Path(Format = "yyyyMMdd")] DateOnly day, [Body] Roster roster, [Query] Status status, [Query] IEnumerable<Status>? also,
                    [Query(Format = "D")] Status? code, [Header("X-Since", Format = "yyyy-MM-dd")] DateTimeOffset? since, CancellationToken cancellationToken = default);
            }
            """);
    }

    [Fact]
    public void Query_objects_maps_joined_collections_and_forms_are_flattened_by_declared_type()
    {
        VerifyGenerated("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using System.Threading;
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            [JsonConverter(typeof(JsonStringEnumConverter<Status>))]
            public enum Status { [JsonStringEnumMemberName("in_progress")] InProgress, Done }

            public enum Level { Low = 1, High = 2 }

            public struct Span { public int From { get; set; } public int? To { get; set; } }

            public sealed class Filter
            {
                [JsonPropertyName("status[]")] public IReadOnlyList<Status>? Statuses { get; init; }
                [Sid("CU")] public string? CourseSid { get; init; }
                public Level? @event { get; init; }
                [Query(CollectionFormat = QueryCollectionFormat.Csv)] public string[]? SortKeys { get; init; }
                [Query("day", Format = "yyyy-MM-dd")] public DateTimeOffset? After { get; init; }
                public Span Window { get; init; }
                public Filter2? Inner { get; init; }
                [JsonIgnore] public string? Hidden { get; init; }
            }

            public sealed class Filter2 { [Sid("EN")] public List<string>? EnrollmentSids { get; init; } public bool? On { get; init; } }

            public partial interface IReportsApi
            {
                [Get("/v1/reports")]
                Task<string> ListAsync([Query] Filter filter, [Query("x")] IReadOnlyDictionary<string, string?>? value1, [Query(CollectionFormat = QueryCollectionFormat.Pipes)] int[]? queryValue1, CancellationToken cancellationToken = default);

                [Post("/oidc/token")]
                Task<string> TokenAsync([Form] Filter? form, CancellationToken cancellationToken = default);

                [Post("/v1/fields")]
                Task FieldsAsync([Form] IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default);
            }
            """);
    }

    [Fact]
    public void Constant_headers_header_collections_verbs_timeouts_and_properties_are_written_in_order()
    {
        VerifyGenerated(Sources.Interface(
            """
            [Head("/v1/items/{id}")]
            [Timeout(2.5)]
            Task<ApiResponse> ExistsAsync(string id, CancellationToken cancellationToken);

            [Options("/v1/items")]
            Task<ApiResponse> OptionsAsync();

            [Post("/v1/items")]
            [Headers("X-Client: items", "Content-Type: application/vnd.items+json")]
            [Timeout(1)]
            Task CreateAsync([Body] Item item, [Header("X-Client")] string? client, [HeaderCollection] IReadOnlyDictionary<string, string?> headers, [Property("tenant")] string tenant, [Query] int? exception = null, [Query] string? timeout = null);
            """,
            attributes: "[Headers(\"Accept: application/json\", \"X-Client: all\")]"));
    }

    [Fact]
    public void Multipart_parts_are_added_in_declaration_order_by_what_they_send()
    {
        VerifyGenerated(Sources.Interface(
            """
            [Post("/v1/items/{id}/files")]
            [Multipart]
            Task<string> UploadAsync(string id, System.IO.Stream file, [Part(FileName = "report.pdf", ContentType = "application/pdf")] byte[] other, [Part("meta")] Item metadata, string description, int? pages, System.ReadOnlyMemory<byte>? preview, [Header("Content-Language")] string? language, [Query] string? multipart);

            [Put("/v1/items/files")]
            [Multipart("fixed boundary")]
            Task PutAsync(System.IO.FileInfo? file, IEnumerable<MultipartPart>? parts, System.IO.Stream[] streams, MultipartPart? extra = null);
            """));
    }

    [Fact]
    public void Parameter_names_that_clash_with_locals_or_keywords_are_renamed()
    {
        VerifyGenerated(Sources.Interface("""
            [Post("/v1/{@class}/items")]
            Task<string> PostAsync(string @class, [Body] Item request, [Query] string? response);
            """.Replace("{@class}", "{class}", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Interface_nested_in_a_partial_class_and_inheriting_a_base_interface()
    {
        VerifyGenerated("""
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            public interface IHealthApi
            {
                [Get("/health")]
                Task CheckAsync();
            }

            public static partial class Apis
            {
                public partial interface IItemsApi : IHealthApi
                {
                    [Delete("/v1/items")]
                    Task ClearAsync();
                }
            }
            """, expectedIds: ["SPD2011"]);
    }

    [Fact]
    public void Invalid_declarations_become_methods_that_say_why_they_cannot_be_generated()
    {
        VerifyGenerated(Sources.Interface("""
            [Get("v1/items/{id")]
            Task<string> BrokenRouteAsync(string id);

            [Get("/v1/items/{missing}")]
            Task<string> UnboundPlaceholderAsync();

            Task<string> NoVerbAsync();
            """), expectedIds: ["SPD1002", "SPD1003", "SPD1014", "SPD2007"]);
    }

    private static void VerifyGenerated(string source, string[]? expectedIds = null, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        (GeneratorDriverRunResult result, Compilation output) = GeneratorHarness.RunExpecting(expectedIds ?? [], source, GeneratorHarness.JsonContextSource);
        Assert.Empty(GeneratorHarness.Problems(output));
        foreach (GeneratedSourceResult generated in result.Results.Single().GeneratedSources)
        {
            Snapshot.Verify(generated.SourceText.ToString(), generated.HintName, testName: testName);
        }

        Assert.NotEmpty(result.Results.Single().GeneratedSources);
    }
}
