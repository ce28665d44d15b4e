using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Tests;

public sealed class Item
{
    public string? Name { get; set; }

    public int Count { get; set; }
}

/// <summary>A body whose SIDs sit in objects it holds, in collections of them, and in a class that holds itself.</summary>
public sealed class Roster
{
    [Sid("AI")]
    public string? InstallSid { get; set; }

    public Section? Lead { get; set; }

    public IReadOnlyList<Section?>? Sections { get; set; }

    /// <summary>A class without SIDs: never walked.</summary>
    public Item? Note { get; set; }
}

public sealed class Section
{
    [Sid("CU")]
    public string? CourseSid { get; set; }

    [Sid("EX")]
    public List<string>? ExamSids { get; set; }

    public Section? Parent { get; set; }

    public Section[]? Children { get; set; }
}

/// <summary>An enum System.Text.Json writes as strings, two members renamed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
public enum Stage
{
    [JsonStringEnumMemberName("in-progress")]
    InProgress,
    Completed,
    [JsonStringEnumMemberName("no_show")]
    NoShow,
}

/// <summary>A [Flags] enum System.Text.Json writes as strings: some members renamed, one a combination of others.</summary>
[System.Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Access>))]
public enum Access
{
    [JsonStringEnumMemberName("none")]
    None = 0,
    [JsonStringEnumMemberName("r")]
    Read = 1,
    Write = 2,
    [JsonStringEnumMemberName("rw")]
    ReadWrite = 3,
    [JsonStringEnumMemberName("x")]
    Execute = 8,
    Audit = 16,
}

[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Stage))]
[JsonSerializable(typeof(Access))]
[JsonSerializable(typeof(Roster))]
[JsonSerializable(typeof(IReadOnlyList<Section>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class TestJsonContext : JsonSerializerContext
{
}

/// <summary>One method per feature of the declaration surface, used by the behaviour tests.</summary>
[JsonContext(typeof(TestJsonContext))]
public partial interface ITestApi
{
    [Get("/v1/moments/{day}")]
    Task FormatAsync(System.DateOnly day, [Query] System.DateTimeOffset since, [Query] System.DateTimeOffset? until, [Query] System.TimeSpan window,
        [Query] IEnumerable<System.DateTime>? at, [Header("X-As-Of")] System.DateTimeOffset asOf, CancellationToken cancellationToken = default);

    [Get("/v1/days/{day}/rooms/{room}/stages/{stage}")]
    Task FormattedAsync(
        [Path(Format = "yyyyMMdd")] System.DateOnly day,
        [Path(Format = "D4")] int room,
        Stage stage,
        [Query(Format = "yyyy-MM-dd")] System.DateTimeOffset since,
        [Query(Format = "N")] System.Guid? id,
        [Query(Format = "D")] IEnumerable<Stage>? codes,
        [Query] Stage current,
        [Query] Stage? previous,
        [Query("stage[]")] IReadOnlyList<Stage>? stages,
        [Header("X-Stage")] Stage headerStage,
        [Header("X-Since", Format = "yyyy-MM-dd")] System.DateTimeOffset? headerSince,
        CancellationToken cancellationToken = default);

    [Get("/v1/access/{access}")]
    Task AccessAsync(Access access, [Query] Access current, [Header("X-Access")] Access header, CancellationToken cancellationToken = default);

    [Put("/v1/rosters")]
    Task PutRosterAsync([Body] Roster roster, CancellationToken cancellationToken = default);

    [Put("/v1/sections")]
    Task PutSectionsAsync([Body] IReadOnlyList<Section> sections, CancellationToken cancellationToken = default);

    [Put("/v1/notes")]
    Task PutNoteAsync([Body] Item item, [Header("Content-Language")] string language, [Header("Content-Type")] string? contentType,
        CancellationToken cancellationToken = default);

    [Get("/v1/installs/{installSid}/items/{itemSid}")]
    Task<Item> GetItemAsync([Sid("AI")] string installSid, [Sid("IT")] string itemSid, CancellationToken cancellationToken = default);

    [Get("/v1/items/{name}/versions/{version}")]
    Task<Item> GetByNameAsync(string name, int version);

    [Get("/v1/items")]
    Task<Item> ListAsync([Query] int? offset, [Query] int limit, [Query("sortKeys[]")] IEnumerable<string>? sortKeys,
        [Query] bool? includeActive, [Query] double? ratio, [Query("ownerSid"), Sid("US")] string? owner);

    [Get("/v1/items/first")]
    Task<Item?> FindAsync();

#pragma warning disable SPD2009 // The same endpoint, read as ApiResponse<T>: the two return shapes are what is tested.
    [Get("/v1/items/first")]
    Task<ApiResponse<Item>> GetResponseAsync();
#pragma warning restore SPD2009

    [Post("/v1/items")]
    Task<Item> CreateAsync([Body] Item item, [Header("X-Request-Id")] string? requestId = null, [Header("X-Attempt")] int? attempt = null);

    [Post("/v1/items/batch")]
    [Idempotent]
    Task ProvisionAsync([Body] Item item);

    [Delete("/v1/items/{itemSid}")]
    Task DeleteAsync([Sid("IT")] string itemSid, CancellationToken cancellationToken = default);

    [Patch("/v1/items/{itemSid}")]
    ValueTask<Item> PatchAsync([Sid("IT")] string itemSid, [Body] Item item);
}
