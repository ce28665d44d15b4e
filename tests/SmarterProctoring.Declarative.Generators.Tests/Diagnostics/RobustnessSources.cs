using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// The valid sources the robustness test breaks: the SmarterProctoring declaration as the client project has it
/// (read from the repository) and an interface that uses every feature. The support sources (models and JSON
/// contexts) are never mutated, only left out, so a broken file is always the user's interface.
/// </summary>
internal static class RobustnessSources
{
    public static string ExamConfigurationsApi => Repository.Read("src", "SmarterProctoring.Client", "IExamConfigurationsApi.cs");

    /// <summary>What the client project declares next to the interface (the JSON context is the generated one).</summary>
    public const string ExamConfigurationsSupport = """
        using System;
        using System.Collections.Generic;
        using SmarterProctoring.Declarative;

        namespace SmarterProctoring.Client
        {
            public sealed record UpdateExamConfigurationRequest
            {
                public bool PermittedNotes { get; init; }
                [Sid("EN")] public string? EnrollmentSid { get; init; }
                [Sid("TS")] public IReadOnlyList<string>? ProctorTypes { get; init; }
                [Sid("EC")] public string? RefConfigSid { get; init; }
            }

            public sealed record ExamConfiguration
            {
                public string? Sid { get; init; }
            }

            public static class SmarterProctoringServiceCollectionExtensions
            {
                public static void AddSmarterProctoringClient()
                {
                }
            }
        }
        """;

    public const string FeatureApi = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Robustness
        {
            /// <summary>Every feature of the declaration surface, in one client.</summary>
            [JsonContext(typeof(FeatureJsonContext))]
            [Headers("Accept: application/json")]
            public partial interface IFeatureApi : IPlainBase
            {
                [Get("/v1/installs/{installSid}/widgets")]
                Task<ApiResponse<List<Widget>>> ListAsync(
                    [Sid("AI")] string installSid,
                    [Query] string? name,
                    [Query("page_size")] int? pageSize,
                    [Query] bool? archived,
                    [Query] IReadOnlyList<string> tags,
                    [Query] int[] sizes,
                    [Header("X-Trace")] string? trace,
                    [Header("X-Retry")] int retry,
                    CancellationToken cancellationToken = default);

                [Post("/v1/installs/{installSid}/widgets")]
                [Idempotent]
                ValueTask<Widget> CreateWidgetAsync([Sid("AI")] string installSid, [Body] NewWidget widget, CancellationToken cancellationToken = default);

                [Put("/v1/widgets/{widgetId}/versions/{version}")]
                Task ReplaceAsync(Guid widgetId, long version, [Body] NewWidget? widget, CancellationToken cancellationToken = default);

                [Patch("/v1/widgets/{widgetId}")]
                ValueTask PatchAsync(string widgetId, [Body] Dictionary<string, string> changes, CancellationToken cancellationToken = default);

                [Delete("/v1/widgets/{widgetId}")]
        #pragma warning disable SPD2003 // The API takes a reason with DELETE.
                Task<string> DeleteAsync(string widgetId, [Body] Reason reason, CancellationToken cancellationToken = default);
        #pragma warning restore SPD2003

                [Get("/v1/widgets/search")]
                Task<string> SearchAsync([Query] WidgetFilter filter, [Query(CollectionFormat = QueryCollectionFormat.Csv)] IEnumerable<string>? ids, [Query("x")] IReadOnlyDictionary<string, string?>? extra, CancellationToken cancellationToken = default);

                [Post("/v1/widgets/form")]
                [Headers("X-Form: 1")]
                Task<string> SubmitAsync([Form] WidgetFilter form, [HeaderCollection] IReadOnlyDictionary<string, string?>? headers = null, CancellationToken cancellationToken = default);

                [Head("/v1/widgets/{widgetId}")]
                [Timeout(2.5)]
                Task<ApiResponse> ExistsAsync(string widgetId, [Property("tenant")] string? tenant = null, CancellationToken cancellationToken = default);

                [Options("/v1/widgets")]
                Task<ApiResponse> OptionsAsync(CancellationToken cancellationToken = default);

                [Post("/v1/widgets/{widgetId}/files")]
                [Multipart("robust-boundary")]
                Task<string> UploadAsync(string widgetId, System.IO.Stream file, [Part("meta", FileName = "w.json", ContentType = "application/json")] NewWidget meta, string? note, System.IO.FileInfo[]? more, MultipartPart? extra = null, CancellationToken cancellationToken = default);

                [Get("/v1/widgets/count")]
                Task<int?> CountAsync([Query][Sid("AI")] string? installSid, [Header("X-When")] DateTimeOffset? when, CancellationToken cancellationToken = default);
            }

            /// <summary>A base the client inherits calls from.</summary>
            public interface IPlainBase
            {
                [Get("/v1/health")]
                Task PingAsync(CancellationToken cancellationToken = default);
            }

            public static partial class Outer
            {
                /// <summary>No [JsonContext]: the generator writes the context.</summary>
                internal partial interface INestedApi
                {
                    [Get("/v1/nested/{id}")]
                    Task<Widget?> GetAsync(int id, CancellationToken cancellationToken = default);
                }
            }
        }
        """;

    public const string FeatureSupport = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using SmarterProctoring.Declarative;

        namespace Robustness
        {
            public sealed class Widget
            {
                public string? Name { get; set; }
                public decimal Price { get; set; }
            }

            public sealed class NewWidget
            {
                public string? Name { get; set; }
                [Sid("EN")] public string? EnrollmentSid { get; set; }
                [Sid("TS")] public List<string>? Types { get; set; }
            }

            public sealed class WidgetFilter
            {
                [JsonPropertyName("q")] public string? Text { get; init; }
                [Sid("AI")] public string? InstallSid { get; init; }
                [Query(CollectionFormat = QueryCollectionFormat.Pipes)] public int[]? Sizes { get; init; }
                public Reason? Nested { get; init; }
            }

            public sealed class Reason
            {
                public string? Memo { get; set; }
            }

            [JsonSerializable(typeof(List<Widget>))]
            [JsonSerializable(typeof(NewWidget))]
            [JsonSerializable(typeof(Dictionary<string, string>))]
            [JsonSerializable(typeof(Reason))]
            [JsonSerializable(typeof(string))]
            [JsonSerializable(typeof(int?))]
            public sealed partial class FeatureJsonContext : JsonSerializerContext
            {
                public FeatureJsonContext() : base(null) { }
                public static FeatureJsonContext Default { get; } = new();
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }
        }
        """;
}
