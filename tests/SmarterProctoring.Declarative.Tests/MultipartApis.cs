using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>A JSON part: a SID checked like a body's, and a keyword-named member.</summary>
public sealed class UploadMetadata
{
    [Sid("EX")]
    public string? ExamSid { get; init; }

    public string Title { get; init; } = string.Empty;

    [JsonPropertyName("event")]
    public string? @event { get; init; }
}

public sealed record Upload(string Id);

public partial interface IUploadsApi
{
    /// <summary>The declaration of the issue: a stream, named bytes, a JSON part and a text part.</summary>
    [Post("/v1/files")]
    [Multipart]
    Task<Upload> UploadAsync(
        Stream file,
        [Part(FileName = "report.pdf", ContentType = "application/pdf")] byte[] other,
        [Part("meta")] UploadMetadata metadata,
        string description,
        CancellationToken cancellationToken = default);

    /// <summary>Every other part shape beside a route SID, a query value and a header, with a fixed boundary.</summary>
    [Post("/v1/exams/{examSid}/files")]
    [Multipart("spd-fixed-boundary")]
    Task<Upload> UploadEverythingAsync(
        [Sid("EX")] string examSid,
        FileInfo? attachment,
        ReadOnlyMemory<byte> memory,
        MultipartPart? extra,
        IEnumerable<MultipartPart>? more,
        Stream[]? streams,
        int pages,
        bool draft,
        DateTimeOffset at,
        SessionState state,
        Priority? priority,
        [Part(ContentType = "text/csv")] string? csv,
        [Query] string? tag = null,
        [Header("X-Trace")] string? trace = null,
        CancellationToken cancellationToken = default);

    /// <summary>One large stream, sent with PUT.</summary>
    [Put("/v1/files/{id}")]
    [Multipart]
    Task PutStreamAsync(string id, [Part(FileName = "big.bin")] Stream content, CancellationToken cancellationToken = default);

    /// <summary>Parts named at the call.</summary>
    [Post("/v1/files/described")]
    [Multipart]
    Task<ApiResponse> UploadDescribedAsync(IEnumerable<MultipartPart> parts, CancellationToken cancellationToken = default);

    /// <summary>Idempotent, so a retrying handler may send it twice.</summary>
    [Put("/v1/files/retried")]
    [Multipart]
    [Idempotent]
    Task PutRetriedAsync(Stream file, CancellationToken cancellationToken = default);
}
