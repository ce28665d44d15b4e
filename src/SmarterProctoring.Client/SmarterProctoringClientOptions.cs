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

    /// <summary>How long one request may take, headers and body; 100 seconds unless set.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <inheritdoc />
    public override string ToString() =>
        "SmarterProctoringClientOptions { BaseAddress = " + BaseAddress
        + ", Token = " + (TokenProvider is not null ? "(from provider)" : Token is null ? "(not set)" : "***")
        + ", Timeout = " + Timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture) + " }";

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
