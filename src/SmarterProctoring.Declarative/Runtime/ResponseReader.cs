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

    /// <summary>Reads any answer into an <see cref="ApiResponse"/> (status and headers) without reading a 2xx body.</summary>
    public static async ValueTask<ApiResponse> ReadApiResponseAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        ApiException? error = response.IsSuccessStatusCode
            ? null
            : await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        return ApiResponse.Create(response, error);
    }

    /// <summary>
    /// Reads a 2xx body as text: the value of a JSON string when the response is JSON (a JSON <c>null</c> is an error),
    /// the body decoded by its charset (UTF-8 by default) otherwise.
    /// </summary>
    public static async ValueTask<string> ReadTextAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken) =>
        await ReadTextCoreAsync(request, response, routeTemplate, nullable: false, cancellationToken).ConfigureAwait(false)
        ?? throw ApiException.ForUnreadableContent(request, response, routeTemplate, "String", "the body is JSON null", default, innerException: null);

    /// <summary>As <see cref="ReadTextAsync"/>, where a JSON <c>null</c> reads as null.</summary>
    public static ValueTask<string?> ReadNullableTextAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken) =>
        ReadTextCoreAsync(request, response, routeTemplate, nullable: true, cancellationToken);

    /// <summary>Reads a 2xx body as its bytes, whatever its content type.</summary>
    public static async ValueTask<byte[]> ReadBytesAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        }

        return await ReadAllAsync(request, response, routeTemplate, "Byte[]", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads any answer into an <see cref="ApiResponse{T}"/> of its text (see <see cref="ReadTextAsync"/>).</summary>
    public static async ValueTask<ApiResponse<string>> ReadApiResponseTextAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            ApiException error = await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<string>(response, default, error);
        }

        try
        {
            string? content = await ReadTextCoreAsync(request, response, routeTemplate, nullable: true, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<string>(response, content, error: null);
        }
        catch (ApiException error)
        {
            return new ApiResponse<string>(response, default, error);
        }
    }

    /// <summary>Reads any answer into an <see cref="ApiResponse{T}"/> of its bytes.</summary>
    public static async ValueTask<ApiResponse<byte[]>> ReadApiResponseBytesAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            ApiException error = await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<byte[]>(response, default, error);
        }

        try
        {
            byte[] content = await ReadAllAsync(request, response, routeTemplate, "Byte[]", cancellationToken).ConfigureAwait(false);
            return new ApiResponse<byte[]>(response, content, error: null);
        }
        catch (ApiException error)
        {
            return new ApiResponse<byte[]>(response, default, error);
        }
    }

    /// <summary>
    /// Hands a 2xx body over as a stream that is not buffered and that owns the response: disposing the stream
    /// releases the response and its connection. Any other answer is disposed and thrown as <see cref="ApiException"/>.
    /// </summary>
    public static async ValueTask<Stream> ReadStreamAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, CancellationToken cancellationToken)
    {
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
            }

            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseStream(stream, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async ValueTask<string?> ReadTextCoreAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, bool nullable, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateStatusExceptionAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);
        }

        byte[] bytes = await ReadAllAsync(request, response, routeTemplate, "String", cancellationToken).ConfigureAwait(false);
        if (!MediaTypes.IsJson(response.Content.Headers.ContentType?.MediaType))
        {
            return MediaTypes.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
        }

        string? problem;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            {
                problem = "the body is empty";
            }
            else if (reader.Read() && reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
            {
                string? value = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                try
                {
                    if (!reader.Read())
                    {
                        return value;
                    }
                }
                catch (JsonException)
                {
                    // Anything after the value.
                }

                problem = "the body holds more than one JSON value";
            }
            else
            {
                problem = "the body is a JSON " + DescribeToken(reader.TokenType) + ", not a string";
            }
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
        }

        throw ApiException.ForUnreadableContent(
            request, response, routeTemplate, "String", problem, BoundedContent.FromWholeBody(request, bytes), innerException: null);
    }

    private static string DescribeToken(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => token.ToString(),
    };

    /// <summary>The whole body, read through the handlers' limits, as one array.</summary>
    private static async ValueTask<byte[]> ReadAllAsync(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, string typeName, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                long? length = response.Content.Headers.ContentLength;
                byte[] buffer = new byte[length is > 0 and <= 1024 * 1024 ? (int)length.Value : 4096];
                int filled = 0;
                while (true)
                {
                    if (filled == buffer.Length)
                    {
                        Array.Resize(ref buffer, checked(buffer.Length * 2));
                    }

                    int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    filled += read;
                }

                if (filled != buffer.Length)
                {
                    Array.Resize(ref buffer, filled);
                }

                return buffer;
            }
        }
        catch (ResponseContentTooLargeException exception)
        {
            string problem = "the body is larger than the limit of " + exception.MaxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes";
            throw ApiException.ForUnreadableContent(request, response, routeTemplate, typeName, problem, default, exception);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw ApiException.ForInterruptedContent(request, response, routeTemplate, exception);
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
