using System;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Client;

/// <summary>
/// Where the SmarterProctoring API is and how to authenticate to it. The token is a secret: it is sent in the
/// <c>token</c> header and never shown by <see cref="ToString"/>.
/// </summary>
public sealed class SmarterProctoringClientOptions
{
    /// <summary>The production host.</summary>
    public static readonly Uri ProductionBaseAddress = new("https://api.smarterproctoring.com/");

    /// <summary>The development host.</summary>
    public static readonly Uri DevelopmentBaseAddress = new("https://api.dev.smarterproctoring.com/");

    /// <summary>The API host; production unless set.</summary>
    public Uri BaseAddress { get; set; } = ProductionBaseAddress;

    /// <summary>The API token (a JWT from the account manager). Ignored when <see cref="TokenProvider"/> is set.</summary>
    public string? Token { get; set; }

    /// <summary>Supplies the token for each request, for tokens that expire and are renewed.</summary>
    public Func<CancellationToken, ValueTask<string>>? TokenProvider { get; set; }

    /// <summary>
    /// How long one call may take, headers and body, retries included; 100 seconds unless set. The clients this
    /// library builds enforce it on the body too (<see cref="SmarterProctoring.Declarative.Http.ResponseBodyLimitsHandler"/>):
    /// <see cref="System.Net.Http.HttpClient.Timeout"/> alone stops counting at the response headers.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The largest response body, in bytes, a call reads; 16 MiB unless set. A larger body fails the call with an
    /// <see cref="SmarterProctoring.Declarative.ApiException"/> that says so, instead of being read into memory.
    /// </summary>
    public long MaxResponseContentLength { get; set; } = DefaultMaxResponseContentLength;

    /// <summary>The default of <see cref="MaxResponseContentLength"/>: 16 MiB, far above any documented answer.</summary>
    public const long DefaultMaxResponseContentLength = 16 * 1024 * 1024;

    /// <inheritdoc />
    public override string ToString() =>
        "SmarterProctoringClientOptions { BaseAddress = " + BaseAddress
        + ", Token = " + (TokenProvider is not null ? "(from provider)" : Token is null ? "(not set)" : "***")
        + ", Timeout = " + Timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture)
        + ", MaxResponseContentLength = " + MaxResponseContentLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";

    /// <summary>The token source this configuration describes, failing clearly when none is set.</summary>
    internal Func<CancellationToken, ValueTask<string>> ResolveTokenProvider()
    {
        if (TokenProvider is not null)
        {
            return TokenProvider;
        }

        string? token = Token;
        return _ => string.IsNullOrWhiteSpace(token)
            ? throw new InvalidOperationException(
                "No SmarterProctoring API token is configured: set SmarterProctoringClientOptions.Token or TokenProvider.")
            : new ValueTask<string>(token);
    }
}
