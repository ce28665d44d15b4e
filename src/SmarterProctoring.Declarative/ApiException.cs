using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SmarterProctoring.Declarative;

/// <summary>Why an <see cref="ApiException"/> was thrown.</summary>
public enum ApiExceptionKind
{
    /// <summary>The server answered with a status code outside 2xx.</summary>
    UnsuccessfulStatus,

    /// <summary>The server answered 2xx, but the body could not be read as the declared type.</summary>
    UnreadableContent,

    /// <summary>
    /// A page of a paged call named a next page that is not followed: a link off the client's base address (another
    /// origin, or outside its base path), one that is not a URI, or one seen earlier in the same walk. No request was
    /// sent to it.
    /// </summary>
    RefusedNextLink,
}

/// <summary>
/// The server answered, but not with what the call declared: a non-2xx status, or a 2xx body that is not the
/// declared type. Carries the status, the call's method and route template, the request URI, a bounded copy of the
/// response body, and the <c>code</c>/<c>message</c> fields when the body is a JSON error object.
/// Request headers are never kept, so the authentication header cannot leak through this exception.
/// </summary>
public sealed class ApiException : Exception
{
    /// <summary>At most this many bytes of a response body are kept in <see cref="Content"/>.</summary>
    public const int MaxContentBytes = 16 * 1024;

    internal ApiException(
        ApiExceptionKind kind,
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string method,
        string routeTemplate,
        Uri? requestUri,
        string? content,
        bool isContentTruncated,
        string? contentType,
        string? errorCode,
        string? errorMessage,
        HttpResponseHeaders? headers,
        Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Method = method;
        RouteTemplate = routeTemplate;
        RequestUri = requestUri;
        Content = content;
        IsContentTruncated = isContentTruncated;
        ContentType = contentType;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        Headers = headers;
    }

    private ApiException(ApiException page, string message, int pageNumber)
        : base(message, page.InnerException)
    {
        Kind = page.Kind;
        StatusCode = page.StatusCode;
        ReasonPhrase = page.ReasonPhrase;
        Method = page.Method;
        RouteTemplate = page.RouteTemplate;
        RequestUri = page.RequestUri;
        Content = page.Content;
        IsContentTruncated = page.IsContentTruncated;
        ContentType = page.ContentType;
        ErrorCode = page.ErrorCode;
        ErrorMessage = page.ErrorMessage;
        Headers = page.Headers;
        Error = page.Error;
        PageNumber = pageNumber;
    }

    /// <summary>Whether the status was unsuccessful or the body unreadable.</summary>
    public ApiExceptionKind Kind { get; }

    /// <summary>The response status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response reason phrase, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The request method, such as <c>PUT</c>.</summary>
    public string Method { get; }

    /// <summary>The declared route template, such as <c>/v1/installs/{installSid}</c>.</summary>
    public string RouteTemplate { get; }

    /// <summary>The URI the request was sent to.</summary>
    public Uri? RequestUri { get; }

    /// <summary>
    /// The response body as text, cut at <see cref="MaxContentBytes"/> bytes; null when there was none. The values of
    /// the request's credential headers are masked, also when JSON-escaped, before the body is cut, so a secret across
    /// the cut is masked whole.
    /// </summary>
    public string? Content { get; }

    /// <summary>True when <see cref="Content"/> is only the beginning of a longer body.</summary>
    public bool IsContentTruncated { get; }

    /// <summary>The response media type, such as <c>application/json</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The <c>code</c> field of a JSON error body (for example <c>RESOURCENOTFOUND</c>), when present.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>message</c> field of a JSON error body, when present.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The response headers (for example <c>Retry-After</c>).</summary>
    public HttpResponseHeaders? Headers { get; }

    /// <summary>
    /// The error body read as the type the call declares with <c>[ErrorBody]</c> for this status; null when none is
    /// declared, or the body is not that type, or it is longer than <see cref="Content"/> keeps (the text stays in
    /// <see cref="Content"/> either way). Read from the masked text, so it never holds a credential.
    /// </summary>
    public object? Error { get; private init; }

    /// <summary>True, with the error, when <see cref="Error"/> is a <typeparamref name="T"/>.</summary>
    public bool TryGetError<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? error)
        where T : class
    {
        error = Error as T;
        return error is not null;
    }

    /// <summary>For a paged call, the page (1 for the first) whose request failed; null otherwise.</summary>
    public int? PageNumber { get; }

    /// <summary>The same failure, said to be of page <paramref name="pageNumber"/> of a paged call.</summary>
    internal ApiException ForPage(int pageNumber) =>
        PageNumber is not null ? this : new ApiException(this, DescribePage(pageNumber, Method, RouteTemplate) + Message, pageNumber);

    internal static string DescribePage(int pageNumber, string method, string routeTemplate) =>
        "Page " + pageNumber.ToString(CultureInfo.InvariantCulture) + " of " + method + " " + routeTemplate + " failed: ";

    /// <summary>A next link the walk will not follow, named in the message; <paramref name="why"/> says why.</summary>
    internal static ApiException ForRefusedNextLink(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, int pageNumber, string link, string why)
    {
        string method = request.Method.Method;
        string message = method + " " + routeTemplate + ": page " + pageNumber.ToString(CultureInfo.InvariantCulture)
            + " names the next page '" + Redaction.SingleLine(Redaction.Scrub(link, request), 500) + "', which is not followed: " + EndSentence(why)
            + " No request was sent to it." + DescribeUri(request);
        var error = new ApiException(
            ApiExceptionKind.RefusedNextLink,
            message,
            response.StatusCode,
            response.ReasonPhrase,
            method,
            routeTemplate,
            request.RequestUri,
            content: null,
            isContentTruncated: false,
            response.Content.Headers.ContentType?.MediaType,
            errorCode: null,
            errorMessage: null,
            response.Headers,
            innerException: null);
        return new ApiException(error, message, pageNumber);
    }

    internal static ApiException ForStatus(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        BoundedContent body)
    {
        ReadErrorFields(body, out string? code, out string? errorMessage);
        string method = request.Method.Method;
        int status = (int)response.StatusCode;
        string message = method + " " + routeTemplate + " answered " + status.ToString(CultureInfo.InvariantCulture)
            + DescribeReason(response.ReasonPhrase, response.StatusCode)
            + (code is null ? string.Empty : " " + code)
            + (errorMessage is null ? "." : ": " + EndSentence(errorMessage))
            + DescribeUri(request);
        object? error = Runtime.ErrorBodies.Of(request)?.Read(status, body.Text, body.IsTruncated);
        return new ApiException(
            ApiExceptionKind.UnsuccessfulStatus,
            message,
            response.StatusCode,
            response.ReasonPhrase,
            method,
            routeTemplate,
            request.RequestUri,
            body.Text,
            body.IsTruncated,
            response.Content.Headers.ContentType?.MediaType,
            code,
            errorMessage,
            response.Headers,
            innerException: null)
        {
            Error = error,
        };
    }

    internal static ApiException ForUnreadableContent(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        string typeName,
        string problem,
        BoundedContent body,
        Exception? innerException)
    {
        string method = request.Method.Method;
        string? contentType = response.Content.Headers.ContentType?.MediaType;
        string message = method + " " + routeTemplate + " answered "
            + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
            + DescribeReason(response.ReasonPhrase, response.StatusCode)
            + ", but its body could not be read as " + typeName + ": " + EndSentence(problem)
            + (Runtime.MediaTypes.IsJson(contentType) || Runtime.MediaTypes.IsJsonLines(contentType) || Runtime.MediaTypes.IsEventStream(contentType)
                ? string.Empty
                : " The response Content-Type was '" + contentType + "', not JSON.")
            + DescribeUri(request);
        return new ApiException(
            ApiExceptionKind.UnreadableContent,
            message,
            response.StatusCode,
            response.ReasonPhrase,
            method,
            routeTemplate,
            request.RequestUri,
            body.Text,
            body.IsTruncated,
            contentType,
            errorCode: null,
            errorMessage: null,
            response.Headers,
            innerException);
    }

    /// <summary>
    /// The error for a connection that failed after the server answered, while the body was read: a transport error
    /// (<see cref="HttpRequestException"/>, like every other one), whose message names the call and the status and
    /// warns that a request which changes something may have taken effect.
    /// </summary>
    internal static HttpRequestException ForInterruptedContent(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        Exception innerException)
    {
        HttpMethod method = request.Method;
        bool isSafe = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;
        string message = method.Method + " " + routeTemplate + " answered "
            + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
            + DescribeReason(response.ReasonPhrase, response.StatusCode)
            + ", but the connection failed while its body was being read"
            + (isSafe ? string.Empty : " (the server answered, so the request may have taken effect)")
            + ": " + EndSentence(innerException.Message)
            + DescribeUri(request);
        HttpRequestError error = innerException switch
        {
            HttpIOException io => io.HttpRequestError,
            HttpRequestException http => http.HttpRequestError,
            _ => HttpRequestError.Unknown,
        };
        return new HttpRequestException(error, message, innerException, response.StatusCode);
    }

    private static string DescribeReason(string? reasonPhrase, HttpStatusCode statusCode)
    {
        string? reason = string.IsNullOrEmpty(reasonPhrase) ? null : reasonPhrase;
        reason ??= Enum.IsDefined(statusCode) ? statusCode.ToString() : null;
        return reason is null ? string.Empty : " (" + reason + ")";
    }

    /// <summary>The request URI for a message, with any credential the request carries masked (a next page's URI is the server's choice).</summary>
    internal static string DescribeUri(HttpRequestMessage request) =>
        request.RequestUri is Uri uri ? " Request URI: " + Redaction.Scrub(uri.OriginalString, request) : string.Empty;

    private static string EndSentence(string text)
    {
        text = text.Trim();
        return text.Length > 0 && (text[text.Length - 1] == '.' || text[text.Length - 1] == '!' || text[text.Length - 1] == '?')
            ? text
            : text + ".";
    }

    /// <summary>Reads <c>code</c> and <c>message</c> leniently: strings or numbers, at the top level of an object.</summary>
    private static void ReadErrorFields(BoundedContent body, out string? code, out string? message)
    {
        code = null;
        message = null;
        if (body.Text is null || body.IsTruncated)
        {
            return;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body.Text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            code = ReadScalar(document.RootElement, "code");
            message = ReadScalar(document.RootElement, "message");
        }
        catch (JsonException)
        {
            // Not JSON: the raw text stays available in Content.
        }
    }

    private static string? ReadScalar(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : Redaction.SingleLine(text, 500);
    }
}
