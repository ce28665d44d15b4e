using System;
using System.Globalization;

namespace SmarterProctoring.Sandbox;

/// <summary>What a <see cref="Fault"/> does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answers with an error status instead of handling the request.</summary>
    Status,

    /// <summary>Waits before handling the request, so the response headers come late.</summary>
    DelayHeaders,

    /// <summary>Sends the headers and half the body, waits, then sends the rest.</summary>
    StallBody,

    /// <summary>Handles the request, then closes the connection without answering.</summary>
    CloseConnection,

    /// <summary>Sends the headers and half the body, then closes the connection.</summary>
    CloseConnectionMidBody,

    /// <summary>Sends the first half of the body as if it were all of it: JSON that ends in the middle.</summary>
    MalformedJson,

    /// <summary>Answers with a JSON object holding one huge string instead of handling the request.</summary>
    OversizedBody,

    /// <summary>Sends the real answer preceded by a large amount of JSON whitespace: valid, but huge.</summary>
    WhitespacePadding,

    /// <summary>Answers 200 with an HTML page instead of handling the request.</summary>
    WrongContentType,

    /// <summary>Handles the request, then answers with its status and an empty body.</summary>
    EmptyBody,
}

/// <summary>
/// A way for the sandbox to misbehave on a request, for testing how a client copes. Queue it with
/// <see cref="SandboxFaults.Enqueue"/>:
/// <code>
/// sandbox.Faults.Enqueue(Fault.Status(503, retryAfter: TimeSpan.FromSeconds(1)));
/// sandbox.Faults.Enqueue(Fault.CloseConnectionMidBody(), times: 2, method: "PUT");
/// </code>
/// </summary>
/// <remarks>
/// A fault either replaces the answer or damages it. One that <em>replaces</em> it (<see cref="Status"/>,
/// <see cref="WrongContentType"/>, <see cref="OversizedBody"/>) answers before the request reaches the endpoint: nothing
/// is stored. One that <em>damages</em> it lets the endpoint handle the request first, so a valid <c>PUT</c> is stored
/// (<see cref="SmarterProctoringSandbox.WriteCount"/> counts it) even though the client sees a failure: the write
/// happened, the client cannot know. <see cref="DelayHeaders"/> handles the request after its delay, unless the client
/// has gone by then. <see cref="HandlesRequest"/> says which is which.
/// </remarks>
public sealed class Fault
{
    private Fault(FaultKind kind, bool handlesRequest, int statusCode = 0, TimeSpan? retryAfter = null, TimeSpan duration = default, long size = 0)
    {
        Kind = kind;
        HandlesRequest = handlesRequest;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Duration = duration;
        Size = size;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>
    /// True when the endpoint handles the request before the fault shapes the answer (a valid <c>PUT</c> is stored);
    /// for <see cref="FaultKind.DelayHeaders"/>, only if the client is still connected when the delay ends.
    /// </summary>
    public bool HandlesRequest { get; }

    /// <summary>The status answered by <see cref="FaultKind.Status"/> and <see cref="FaultKind.OversizedBody"/>; 0 otherwise.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>Retry-After</c> sent with <see cref="FaultKind.Status"/>, in whole seconds (rounded up); null for none.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long <see cref="FaultKind.DelayHeaders"/> and <see cref="FaultKind.StallBody"/> wait.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The body size of <see cref="FaultKind.OversizedBody"/> and the padding of <see cref="FaultKind.WhitespacePadding"/>, in bytes.</summary>
    public long Size { get; }

    /// <summary>
    /// Answers <paramref name="statusCode"/> with an error body <c>{"code":"SANDBOXFAULT","message":"…","status":N}</c>
    /// instead of handling the request; nothing is stored. For 500, 502, 503, 504 and 429, with or without
    /// <c>Retry-After</c>.
    /// </summary>
    /// <param name="statusCode">An error status, 400 to 599.</param>
    /// <param name="retryAfter">Sent as <c>Retry-After</c> in whole seconds, rounded up; null sends none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The status is not 400 to 599, or <paramref name="retryAfter"/> is negative.</exception>
    public static Fault Status(int statusCode, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "Retry-After cannot be negative.");
        }

        return new Fault(FaultKind.Status, handlesRequest: false, statusCode: statusCode, retryAfter: retryAfter);
    }

    /// <summary>
    /// Waits <paramref name="delay"/> before handling the request, so no response header arrives until then. A client
    /// that gives up (times out, cancels) closes the connection, and then the request is never handled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is not positive.</exception>
    public static Fault DelayHeaders(TimeSpan delay) =>
        new(FaultKind.DelayHeaders, handlesRequest: true, duration: Positive(delay, nameof(delay)));

    /// <summary>
    /// Handles the request, sends the headers and the first half of the body, waits <paramref name="stall"/> (or until
    /// the client goes), then sends the rest.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stall"/> is not positive.</exception>
    public static Fault StallBody(TimeSpan stall) =>
        new(FaultKind.StallBody, handlesRequest: true, duration: Positive(stall, nameof(stall)));

    /// <summary>
    /// Handles the request (a valid <c>PUT</c> is stored), then closes the connection before sending anything: the
    /// client sees a transport error and cannot tell that the write happened.
    /// </summary>
    public static Fault CloseConnection() => new(FaultKind.CloseConnection, handlesRequest: true);

    /// <summary>
    /// Handles the request, sends the headers (with the full <c>Content-Length</c>) and the first half of the body, then
    /// closes the connection.
    /// </summary>
    public static Fault CloseConnectionMidBody() => new(FaultKind.CloseConnectionMidBody, handlesRequest: true);

    /// <summary>
    /// Handles the request, then sends the first half of its body with a <c>Content-Length</c> that matches: a
    /// complete response whose JSON ends in the middle of a value.
    /// </summary>
    public static Fault MalformedJson() => new(FaultKind.MalformedJson, handlesRequest: true);

    /// <summary>
    /// Answers <paramref name="statusCode"/> with <c>application/json</c> <c>{"padding":"xxx…"}</c> of exactly
    /// <paramref name="size"/> bytes instead of handling the request; nothing is stored.
    /// </summary>
    /// <param name="size">The body size in bytes, at least 16.</param>
    /// <param name="statusCode">The status, 200 unless set.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is under 16, or the status is not 200 to 599.</exception>
    public static Fault OversizedBody(long size, int statusCode = 200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new Fault(FaultKind.OversizedBody, handlesRequest: false, statusCode: statusCode, size: size);
    }

    /// <summary>
    /// Handles the request, then sends its real answer preceded by <paramref name="size"/> bytes of spaces: still valid
    /// JSON, far larger than expected. A client that streams reads it in constant memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static Fault WhitespacePadding(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new Fault(FaultKind.WhitespacePadding, handlesRequest: true, size: size);
    }

    /// <summary>
    /// Answers 200 with a <c>text/html</c> maintenance page, as a proxy in front of an API might, instead of handling
    /// the request; nothing is stored.
    /// </summary>
    public static Fault WrongContentType() => new(FaultKind.WrongContentType, handlesRequest: false);

    /// <summary>Handles the request, then answers with its status (200 for a success) and an empty body.</summary>
    public static Fault EmptyBody() => new(FaultKind.EmptyBody, handlesRequest: true);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FaultKind.Status => "Status " + StatusCode.ToString(CultureInfo.InvariantCulture)
            + (RetryAfter is TimeSpan wait ? " (Retry-After " + RetryAfterSeconds(wait).ToString(CultureInfo.InvariantCulture) + " s)" : string.Empty),
        FaultKind.DelayHeaders or FaultKind.StallBody => Kind + " " + Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s",
        FaultKind.OversizedBody => "OversizedBody " + Size.ToString(CultureInfo.InvariantCulture) + " bytes, status "
            + StatusCode.ToString(CultureInfo.InvariantCulture),
        FaultKind.WhitespacePadding => "WhitespacePadding " + Size.ToString(CultureInfo.InvariantCulture) + " bytes",
        _ => Kind.ToString(),
    };

    internal static long RetryAfterSeconds(TimeSpan wait) => (long)Math.Ceiling(wait.TotalSeconds);

    private static TimeSpan Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be positive.");
        }

        return value;
    }
}
