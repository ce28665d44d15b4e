using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Tests;

[JsonConverter(typeof(JsonStringEnumConverter<SessionState>))]
public enum SessionState
{
    Scheduled,

    [JsonStringEnumMemberName("in-progress")]
    InProgress,

    Completed,
}

/// <summary>An enum its JSON writes as a number: no string converter.</summary>
public enum Priority
{
    Low = 1,
    High = 7,
}

/// <summary>An enum written by its C# names: a string converter, nothing renamed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel
{
    Email,
    Sms,
}

/// <summary>The filters of a report: every scalar kind, enum forms, collections, a nested object, a SID.</summary>
public sealed class AppointmentFilter
{
    [JsonPropertyName("statuses")]
    public IReadOnlyList<SessionState>? Statuses { get; init; }

    public DateTimeOffset? AppointmentDateAfter { get; init; }

    [Sid("CU")]
    public string? CourseSid { get; init; }

    public int? Limit { get; init; }

    public bool? IncludeActive { get; init; }

    public Priority? Priority { get; init; }

    public Channel Channel { get; init; }

    public decimal? MinScore { get; init; }

    [Query(CollectionFormat = QueryCollectionFormat.Csv)]
    public string[]? SortKeys { get; init; }

    [Query("day", Format = "yyyy-MM-dd")]
    public DateTime? Day { get; init; }

    public Window? Window { get; init; }

    [JsonIgnore]
    public string? NotSent { get; init; }

    public string? Text { get; init; }
}

public sealed class Window
{
    public int? From { get; init; }

    public Bounds? Bounds { get; init; }
}

public struct Bounds
{
    public int Low { get; set; }

    public int High { get; set; }
}

/// <summary>The form of an OAuth client-credentials request, with its JSON names.</summary>
public sealed class ClientCredentialsRequest
{
    [JsonPropertyName("grant_type")]
    public string GrantType { get; init; } = "client_credentials";

    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }

    [JsonPropertyName("client_secret")]
    public required string ClientSecret { get; init; }

    public string? Scope { get; init; }
}

public sealed record TokenResponse(string AccessToken, int ExpiresIn);

/// <summary>Query objects, joined collections, maps and forms.</summary>
public partial interface IRequestShapesApi
{
    [Get("/v1/reports/appointments")]
    Task<string> ListAsync([Query] AppointmentFilter filter, CancellationToken cancellationToken = default);

    [Get("/v1/reports/optional")]
    Task<string> ListOptionalAsync([Query("f")] AppointmentFilter? filter = null, CancellationToken cancellationToken = default);

    [Get("/v1/ids")]
    Task<string> IdsAsync(
        [Query(CollectionFormat = QueryCollectionFormat.Csv)] IEnumerable<string> ids,
        [Query(CollectionFormat = QueryCollectionFormat.Pipes)] int[]? numbers = null,
        [Query] IEnumerable<string>? multi = null,
        [Query(CollectionFormat = QueryCollectionFormat.Ssv)] IReadOnlyList<SessionState>? states = null,
        CancellationToken cancellationToken = default);

    [Get("/v1/days")]
    Task<string> DayAsync([Query(Format = "yyyy-MM-dd")] DateTimeOffset day, CancellationToken cancellationToken = default);

    [Get("/v1/extra")]
    Task<string> ExtraAsync([Query] IReadOnlyDictionary<string, string?> extra, [Query("x")] Dictionary<string, string>? prefixed = null, CancellationToken cancellationToken = default);

    [Post("/oidc/token")]
    Task<TokenResponse> TokenAsync([Form] ClientCredentialsRequest request, CancellationToken cancellationToken = default);

    [Post("/v1/fields")]
    Task FieldsAsync([Form] IEnumerable<KeyValuePair<string, string>> fields, [Header("Content-Language")] string? language = null, CancellationToken cancellationToken = default);

    [Post("/v1/filters")]
    Task FilterFormAsync([Form] AppointmentFilter? filter, CancellationToken cancellationToken = default);
}

/// <summary>Constant headers, header collections, HEAD and OPTIONS, timeouts and request options.</summary>
[Headers("Accept: application/json", "X-Client: smarterproctoring")]
public partial interface IHeadersApi
{
    [Head("/v1/things/{id}")]
    Task<ApiResponse> ExistsAsync(string id, CancellationToken cancellationToken = default);

    [Options("/v1/things")]
    Task<ApiResponse> OptionsAsync(CancellationToken cancellationToken = default);

    [Get("/v1/things")]
    [Headers("X-Client: reports", "X-Extra: one")]
    Task<string> ListAsync([Header("X-Extra")] string? extra = null, CancellationToken cancellationToken = default);

    [Post("/v1/things")]
    [Headers("Content-Type: application/vnd.things+json")]
    Task CreateAsync([Body] Item item, [HeaderCollection] IReadOnlyDictionary<string, string?>? headers = null, CancellationToken cancellationToken = default);

    [Get("/v1/slow")]
    [Timeout(0.2)]
    Task<string> SlowAsync(CancellationToken cancellationToken = default);

    [Get("/v1/tenants")]
    Task<string> TenantAsync([Property("tenant")] string tenant, [Property] int attempt, CancellationToken cancellationToken = default);
}
