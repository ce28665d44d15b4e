using System;
using System.ComponentModel;
using System.Net.Http;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// The generated client's view of its <see cref="HttpClient"/>: the client, and its base address as a string prefix
/// (scheme, host and path, without a trailing slash) that the generated code writes in front of the route, so each
/// call builds its absolute URI as one string and <see cref="HttpClient"/> has no relative URI to combine. A base
/// path is kept: with <c>https://host/api/</c> the route <c>/v1/items</c> goes to <c>https://host/api/v1/items</c>.
/// Called by generated code; not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RequestTarget
{
    private Prefix _prefix = new(null, string.Empty);

    /// <summary>Wraps <paramref name="httpClient"/>.</summary>
    public RequestTarget(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        HttpClient = httpClient;
    }

    /// <summary>The client requests are sent through.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>
    /// The base address without its trailing slash, query or fragment; empty when the client has none (the request
    /// URI is then relative, and <see cref="HttpClient"/> reports the missing base address itself).
    /// </summary>
    public string BaseAddress
    {
        get
        {
            // The base address can be set after the client was created; one immutable pair is swapped atomically.
            Uri? current = HttpClient.BaseAddress;
            Prefix prefix = _prefix;
            if (!ReferenceEquals(prefix.Source, current))
            {
                prefix = new Prefix(current, current is null ? string.Empty : current.GetLeftPart(UriPartial.Path).TrimEnd('/'));
                _prefix = prefix;
            }

            return prefix.Text;
        }
    }

    private sealed record Prefix(Uri? Source, string Text);
}
