using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Http;

/// <summary>
/// Adds a credential header (for example <c>token: …</c> or <c>Authorization: Bearer …</c>) to every request,
/// taking its value from a provider on each send, so an expiring credential can be renewed without rebuilding
/// the client. The value never appears in this handler's <see cref="object.ToString"/> or in any message.
/// </summary>
public sealed class HeaderAuthenticationHandler : DelegatingHandler
{
    private readonly string _headerName;
    private readonly Func<CancellationToken, ValueTask<string>> _valueProvider;

    /// <summary>Creates a handler that sends <paramref name="headerName"/> with the value the provider returns.</summary>
    public HeaderAuthenticationHandler(string headerName, Func<CancellationToken, ValueTask<string>> valueProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        ArgumentNullException.ThrowIfNull(valueProvider);
        _headerName = headerName;
        _valueProvider = valueProvider;
    }

    /// <summary>The header this handler sets.</summary>
    public string HeaderName => _headerName;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string value = await _valueProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                "The credential for the '" + _headerName + "' header is empty. Configure it before sending requests.");
        }

        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new InvalidOperationException(
                "The credential for the '" + _headerName + "' header contains a line break or NUL character; check how it was read.");
        }

        request.Headers.Remove(_headerName);
        request.Headers.TryAddWithoutValidation(_headerName, value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => nameof(HeaderAuthenticationHandler) + " (" + _headerName + ": " + Redaction.Mask + ")";
}
