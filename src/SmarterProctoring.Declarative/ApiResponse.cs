using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SmarterProctoring.Declarative;

/// <summary>
/// The outcome of a call declared as returning <c>Task&lt;ApiResponse&lt;T&gt;&gt;</c>: the status and headers on
/// every answer, the content on success, and the <see cref="ApiException"/> that would have been thrown otherwise.
/// </summary>
/// <typeparam name="T">The declared content type.</typeparam>
public sealed class ApiResponse<T>
{
    internal ApiResponse(HttpResponseMessage response, T? content, ApiException? error)
    {
        StatusCode = response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        Headers = response.Headers;
        ContentHeaders = response.Content.Headers;
        Content = content;
        Error = error;
    }

    /// <summary>The response status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response reason phrase, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The response headers.</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The response content headers (<c>Content-Type</c>, <c>Content-Length</c>).</summary>
    public HttpContentHeaders ContentHeaders { get; }

    /// <summary>True when the status is 2xx.</summary>
    public bool IsSuccessStatusCode => (int)StatusCode is >= 200 and <= 299;

    /// <summary>True when the status is 2xx and the body was read as <typeparamref name="T"/>.</summary>
    public bool IsSuccessful => Error is null;

    /// <summary>The content read from a successful answer; default otherwise.</summary>
    public T? Content { get; }

    /// <summary>What went wrong, when <see cref="IsSuccessful"/> is false.</summary>
    public ApiException? Error { get; }

    /// <summary>Returns <see cref="Content"/>, or throws <see cref="Error"/> when the call was not successful.</summary>
    public T? GetContentOrThrow() => Error is null ? Content : throw Error;

    /// <inheritdoc />
    public override string ToString() =>
        "ApiResponse<" + typeof(T).Name + "> " + ((int)StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (string.IsNullOrEmpty(ReasonPhrase) ? string.Empty : " " + ReasonPhrase);
}
