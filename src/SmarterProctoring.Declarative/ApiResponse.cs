using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SmarterProctoring.Declarative;

/// <summary>
/// The outcome of a call declared as returning <c>Task&lt;ApiResponse&gt;</c>: the status and headers of every answer,
/// and the <see cref="ApiException"/> that would have been thrown for a non-2xx one. No body is read on success.
/// </summary>
/// <remarks>The request's headers are never kept, so the authentication header cannot leak through it.</remarks>
public class ApiResponse
{
    private protected ApiResponse(HttpResponseMessage response, ApiException? error)
    {
        StatusCode = response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        Headers = response.Headers;
        ContentHeaders = response.Content.Headers;
        Error = error;
    }

    internal static ApiResponse Create(HttpResponseMessage response, ApiException? error) => new(response, error);

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

    /// <summary>True when the status is 2xx (and, for <see cref="ApiResponse{T}"/>, the body was read).</summary>
    public bool IsSuccessful => Error is null;

    /// <summary>What went wrong, when <see cref="IsSuccessful"/> is false.</summary>
    public ApiException? Error { get; }

    /// <summary>Throws <see cref="Error"/> when the call was not successful.</summary>
    public void EnsureSuccessful()
    {
        if (Error is not null)
        {
            throw Error;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Describe("ApiResponse");

    private protected string Describe(string name) =>
        name + " " + ((int)StatusCode).ToString(CultureInfo.InvariantCulture)
        + (string.IsNullOrEmpty(ReasonPhrase) ? string.Empty : " " + ReasonPhrase);
}

/// <summary>
/// The outcome of a call declared as returning <c>Task&lt;ApiResponse&lt;T&gt;&gt;</c>: the status and headers on
/// every answer, the content on success, and the <see cref="ApiException"/> that would have been thrown otherwise.
/// </summary>
/// <typeparam name="T">The declared content type.</typeparam>
public sealed class ApiResponse<T> : ApiResponse
{
    internal ApiResponse(HttpResponseMessage response, T? content, ApiException? error)
        : base(response, error)
    {
        Content = content;
    }

    /// <summary>The content read from a successful answer; default otherwise.</summary>
    public T? Content { get; }

    /// <summary>Returns <see cref="Content"/>, or throws <see cref="ApiResponse.Error"/> when the call was not successful.</summary>
    public T? GetContentOrThrow() => Error is null ? Content : throw Error;

    /// <inheritdoc />
    public override string ToString() => Describe("ApiResponse<" + typeof(T).Name + ">");
}
