using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Http;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Turns responses into the declared results: streams 2xx bodies through System.Text.Json metadata, and turns
/// everything else into <see cref="ApiException"/>. A connection that fails while a 2xx body is read is an
/// <see cref="HttpRequestException"/> that names the call and its status. Called by generated code; not meant to be
/// called by hand.
/// </summary>
/// <remarks>
/// The methods return <see cref="ValueTask"/>: when the body is already buffered (small answers usually are) they
/// complete without allocating a task of their own.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseReader
{
    /// <summary>Throws <see cref="ApiException"/> unless the status is 2xx.</summary>
    public static async ValueTask EnsureSuccessAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a 2xx body as <typeparamref name="T"/>; a JSON <c>null</c> is an error, because the declared type does
    /// not admit it.
    /// </summary>
    public static async ValueTask<T> ReadJsonAsync<T>(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        }

        T? value = await DeserializeAsync(request, response, routeTemplate, jsonTypeInfo, cancellationToken).ConfigureAwait(false);
        return value ?? throw ApiException.ForUnreadableContent(
            request, response, routeTemplate, TypeName(jsonTypeInfo), "the body is JSON null", default, innerException: null);
    }

    /// <summary>Reads a 2xx body as <typeparamref name="T"/>, where a JSON <c>null</c> reads as null.</summary>
    public static async ValueTask<T?> ReadNullableJsonAsync<T>(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        }

        return await DeserializeAsync(request, response, routeTemplate, jsonTypeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads any answer into an <see cref="ApiResponse{T}"/> without throwing for its status or body.</summary>
    public static async ValueTask<ApiResponse<T>> ReadApiResponseAsync<T>(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            ApiException error = await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>(response, default, error);
        }

        try
        {
            T? content = await DeserializeAsync(request, response, routeTemplate, jsonTypeInfo, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>(response, content, error: null);
        }
        catch (ApiException error)
        {
            return new ApiResponse<T>(response, default, error);
        }
    }

    private static async Task<ApiException> CreateStatusExceptionAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        BoundedContent body = await BoundedContent.ReadAsync(request, response.Content, cancellationToken).ConfigureAwait(false);
        return ApiException.ForStatus(request, response, routeTemplate, body);
    }

    private static async ValueTask<T?> DeserializeAsync<T>(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // The body is streamed, never buffered first; the recording stream keeps only its first bytes, for the error.
        var body = new BoundedContent.RecordingStream(stream);
        await using (body.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(body, jsonTypeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                string problem = body.BytesRead == 0 ? "the body is empty" : exception.Message;
                throw ApiException.ForUnreadableContent(
                    request, response, routeTemplate, TypeName(jsonTypeInfo), problem, body.ToBoundedContent(request), exception);
            }
            catch (ResponseContentTooLargeException exception)
            {
                string problem = "the body is larger than the limit of "
                    + exception.MaxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes";
                throw ApiException.ForUnreadableContent(
                    request, response, routeTemplate, TypeName(jsonTypeInfo), problem, body.ToBoundedContent(request), exception);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                // The server answered, then the connection failed: a transport error, but one that knows the status
                // and that a request which changes something may have taken effect.
                throw ApiException.ForInterruptedContent(request, response, routeTemplate, exception);
            }
        }
    }

    private static string TypeName(JsonTypeInfo typeInfo) => typeInfo.Type.Name;
}
