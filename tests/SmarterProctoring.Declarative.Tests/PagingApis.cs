using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>The list envelope of the SmarterProctoring API.</summary>
public sealed record Page<T>(int Total, string? Next, int Offset, int Count, IReadOnlyList<T> Results);

/// <summary>A page whose next link is a Uri and whose items may be missing.</summary>
public sealed class LinkPage
{
    public Uri? Next { get; set; }

    public List<Item>? Results { get; set; }
}

/// <summary>Every paged and raw-body shape, with a JSON context the generator writes.</summary>
public partial interface IPagingApi
{
    [Get("/v1/things")]
    [Paged(typeof(Page<Item>), Items = "Results", Next = "Next")]
    IAsyncEnumerable<Item> ListAsync([Query] int? limit = null, [Header("X-Tenant")] string? tenant = null, CancellationToken cancellationToken = default);

    [Get("/v1/things/offsets")]
    [Paged(typeof(Page<Item>), Items = "Results", Total = "Total")]
    IAsyncEnumerable<Item> ListByOffsetAsync([Query, PageOffset] int offset = 0, [Query] int? limit = null, CancellationToken cancellationToken = default);

    [Get("/v1/things/pages")]
    [Paged(typeof(Page<Item>), Items = "Results", Next = "Next")]
    IAsyncEnumerable<Page<Item>> ListPagesAsync([Query] int? limit = null, CancellationToken cancellationToken = default);

    [Get("/v1/things/by-offset")]
    [Paged(typeof(Page<Item>), Items = "Results")]
    IAsyncEnumerable<Page<Item>> ListPagesByOffsetAsync([Query("start"), PageOffset] long? start = null, CancellationToken cancellationToken = default);

    [Get("/v1/links")]
    [Paged(typeof(LinkPage), Items = "Results", Next = "Next")]
    IAsyncEnumerable<Item> ListLinkedAsync(CancellationToken cancellationToken = default);

    [Get("/v1/files/{id}")]
    Task<Stream> DownloadAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/notes/{id}")]
    Task<string> GetTextAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/notes/{id}/maybe")]
    Task<string?> FindTextAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/blobs/{id}")]
    Task<byte[]> GetBytesAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/raw/{id}")]
    Task<HttpResponseMessage> GetRawAsync(string id, CancellationToken cancellationToken = default);

    [Delete("/v1/things/{id}")]
    Task<ApiResponse> DeleteAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/notes/{id}/response")]
    ValueTask<ApiResponse<string>> GetTextResponseAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>A streamed body: a JSON array, JSON Lines or server-sent events, by the answer's Content-Type.</summary>
public partial interface IStreamingApi
{
    [Get("/v1/events")]
    IAsyncEnumerable<Item> StreamAsync([Query] string? since = null, CancellationToken cancellationToken = default);

    [Post("/v1/events/search")]
    IAsyncEnumerable<Item?> SearchAsync([Body] Item filter, CancellationToken cancellationToken = default);
}

public sealed class ServiceError
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public int Status { get; set; }
}

public sealed record ValidationError(string? Code, IReadOnlyList<string>? Fields);

public sealed record NotFoundError(string? Code, string? Resource);

/// <summary>Typed error bodies: on the interface, per status, and a method's own winning over them.</summary>
[ErrorBody(typeof(ServiceError))]
[ErrorBody(typeof(ValidationError), Status = 400)]
public partial interface IErrorsApi
{
    [Get("/v1/things/{id}")]
    Task<Item> GetAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/things/{id}/owner")]
    [ErrorBody(typeof(NotFoundError), Status = 404)]
    Task<ApiResponse<Item>> GetOwnerAsync(string id, CancellationToken cancellationToken = default);

    [Get("/v1/things")]
    [Paged(typeof(Page<Item>), Items = "Results", Next = "Next")]
    IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
}
