using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>What the sandbox's echo endpoint saw: the target as sent, and the decoded path segments and query pairs.</summary>
public sealed record EchoResult(string Target, IReadOnlyList<string> Segments, IReadOnlyList<QueryPair> Query);

/// <summary>One decoded query pair.</summary>
public sealed record QueryPair(string Name, string? Value);

/// <summary>The answer of the sandbox's call counter.</summary>
public sealed record CallCount(long Count, string Method);

/// <summary>A small request body for the call counter.</summary>
public sealed record CallNote(string Note);

[JsonSerializable(typeof(EchoResult))]
[JsonSerializable(typeof(CallCount))]
[JsonSerializable(typeof(CallNote))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class ReliabilityJsonContext : JsonSerializerContext
{
}

/// <summary>
/// The sandbox's test endpoints declared with the library: the echo for hostile-input tests (every kind of
/// parameter: plain path values, SID path values, a query value and a repeated query value), and the call counter
/// with each verb, one POST marked <see cref="IdempotentAttribute"/>, for the retry tests.
/// </summary>
[JsonContext(typeof(ReliabilityJsonContext))]
public partial interface ITestAidsApi
{
    [Get("/v1/echo/{value}/items/{other}")]
    Task<EchoResult> EchoAsync(
        string value,
        string other,
        [Query] string? q = null,
        [Query("tag[]")] IEnumerable<string?>? tags = null,
        CancellationToken cancellationToken = default);

    [Get("/v1/echo/installs/{installSid}/exams/{examSid}")]
    Task<EchoResult> EchoSidsAsync([Sid("AI")] string installSid, [Sid("EX")] string examSid, CancellationToken cancellationToken = default);

    [Post("/v1/test/calls")]
    Task<CallCount> PostCallAsync([Body] CallNote note, CancellationToken cancellationToken = default);

#pragma warning disable SPD2009 // The same endpoint, marked [Idempotent]: the difference in retries is what is tested.
    [Post("/v1/test/calls")]
    [Idempotent]
    Task<CallCount> PostIdempotentCallAsync([Body] CallNote note, CancellationToken cancellationToken = default);
#pragma warning restore SPD2009

    [Patch("/v1/test/calls")]
    Task<CallCount> PatchCallAsync([Body] CallNote note, CancellationToken cancellationToken = default);

    [Delete("/v1/test/calls")]
    Task<CallCount> DeleteCallAsync(CancellationToken cancellationToken = default);
}
