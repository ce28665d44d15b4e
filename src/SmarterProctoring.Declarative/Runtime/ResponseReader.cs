using System;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Turns responses into the declared results: streams 2xx bodies through System.Text.Json metadata, and turns
/// everything else into <see cref="ApiException"/>. Called by generated code; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseReader
{
    /// <summary>Throws <see cref="ApiException"/> unless the status is 2xx.</summary>
    public static async Task EnsureSuccessAsync(
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
    public static async Task<T> ReadJsonAsync<T>(
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
    public static async Task<T?> ReadNullableJsonAsync<T>(
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
    public static async Task<ApiResponse<T>> ReadApiResponseAsync<T>(
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

    private static async Task<T?> DeserializeAsync<T>(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string routeTemplate,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // The body is streamed, never buffered first; the price is that an unreadable body is not kept as text.
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, jsonTypeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw ApiException.ForUnreadableContent(
                    request, response, routeTemplate, TypeName(jsonTypeInfo), exception.Message, default, exception);
            }
        }
    }

    private static string TypeName(JsonTypeInfo typeInfo) => typeInfo.Type.Name;
}
