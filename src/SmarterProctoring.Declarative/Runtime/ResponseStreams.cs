using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Http;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Reads a streamed body item by item, chosen by the response's Content-Type: a JSON array (any JSON type, or none),
/// JSON Lines (<c>application/x-ndjson</c>, <c>application/jsonl</c>: one value per line) or server-sent events
/// (<c>text/event-stream</c>: each event's data one value). Nothing is sent before the first item is asked for; each
/// item is yielded as soon as it is read, so memory holds one item (or one line, or one event) at a time. Called by
/// generated code; not meant to be called by hand.
/// </summary>
/// <remarks>
/// The handlers' body limits apply to a stream as to any body: a stream longer than the size limit, or longer in time
/// than the call's timeout, fails. A malformed item stops the stream with an <see cref="ApiException"/> of kind
/// <see cref="ApiExceptionKind.UnreadableContent"/> that names the item (counting from 0); a connection that fails
/// mid-stream is an <see cref="HttpRequestException"/>. The items already yielded stay yielded.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseStreams
{
    /// <summary>Sends the request <paramref name="createRequest"/> makes, when enumerated, and yields the items of its answer.</summary>
    public static IAsyncEnumerable<T> ReadItems<T>(
        RequestTarget target,
        string routeTemplate,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(createRequest);
        return ReadItemsCore(target, routeTemplate, createRequest, jsonTypeInfo, cancellationToken, default);
    }

    private static async IAsyncEnumerable<T> ReadItemsCore<T>(
        RequestTarget target,
        string routeTemplate,
        Func<HttpRequestMessage> createRequest,
        JsonTypeInfo<T> jsonTypeInfo,
        CancellationToken callToken,
        [EnumeratorCancellation] CancellationToken enumeratorToken)
    {
        using CancellationTokenSource? linked = EnumerationTokens.Link(callToken, enumeratorToken, out CancellationToken cancellationToken);
        using HttpRequestMessage request = createRequest();
        using HttpResponseMessage response = await target.HttpClient
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ResponseReader.EnsureSuccessAsync(request, response, routeTemplate, cancellationToken).ConfigureAwait(false);

        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            string form = MediaTypes.IsJsonLines(mediaType) ? "JSON Lines" : MediaTypes.IsEventStream(mediaType) ? "server-sent events" : "a JSON array";
            IAsyncEnumerable<T?> items = form switch
            {
                "JSON Lines" => JsonLines(stream, jsonTypeInfo, cancellationToken),
                "server-sent events" => Events(stream, jsonTypeInfo, cancellationToken),
                _ => JsonSerializer.DeserializeAsyncEnumerable(stream, jsonTypeInfo, cancellationToken),
            };

            IAsyncEnumerator<T?> enumerator = items.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                for (int index = 0; ; index++)
                {
                    bool next;
                    try
                    {
                        next = await enumerator.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (JsonException exception)
                    {
                        throw Unreadable(request, response, routeTemplate, jsonTypeInfo, "item " + index.ToString(CultureInfo.InvariantCulture)
                            + " of " + form + " is not valid: " + exception.Message, exception);
                    }
                    catch (ResponseContentTooLargeException exception)
                    {
                        throw Unreadable(request, response, routeTemplate, jsonTypeInfo, "the stream is larger than the limit of "
                            + exception.MaxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes (at item "
                            + index.ToString(CultureInfo.InvariantCulture) + "); raise the client's MaxResponseContentLength for long streams", exception);
                    }
                    catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                    {
                        throw ApiException.ForInterruptedContent(request, response, routeTemplate, exception);
                    }

                    if (!next)
                    {
                        yield break;
                    }

                    yield return enumerator.Current!;
                }
            }
        }
    }

    private static ApiException Unreadable<T>(
        HttpRequestMessage request, HttpResponseMessage response, string routeTemplate, JsonTypeInfo<T> jsonTypeInfo, string problem, Exception exception) =>
        ApiException.ForUnreadableContent(request, response, routeTemplate, "a stream of " + jsonTypeInfo.Type.Name, problem, default, exception);

    /// <summary>One value per line; blank lines are skipped, and a last line without its line break counts.</summary>
    private static async IAsyncEnumerable<T?> JsonLines<T>(Stream stream, JsonTypeInfo<T> jsonTypeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int start = 0;
            int end = 0;
            bool ended = false;
            while (true)
            {
                if (Lines.TryTake(buffer, ref start, end, ended, out int lineStart, out int lineLength))
                {
                    if (!Lines.IsBlank(buffer, lineStart, lineLength))
                    {
                        yield return Lines.Deserialize(buffer, lineStart, lineLength, jsonTypeInfo);
                    }

                    continue;
                }

                if (ended)
                {
                    yield break;
                }

                // No whole line left: keep the partial one, at the front of a buffer with room to read more.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                ended = read == 0;
                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Each event's data is one value; events without data (comments, keep-alives) are skipped.</summary>
    private static async IAsyncEnumerable<T?> Events<T>(Stream stream, JsonTypeInfo<T> jsonTypeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SseParser<Lines.Event<T>> parser = SseParser.Create(stream, (type, data) => Lines.EventOf(data, jsonTypeInfo));
        await foreach (SseItem<Lines.Event<T>> item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Data.HasValue)
            {
                yield return item.Data.Value;
            }
        }
    }

    /// <summary>The span work of the readers, kept out of the iterators.</summary>
    private static class Lines
    {
        public static bool TryTake(byte[] buffer, ref int start, int end, bool ended, out int lineStart, out int lineLength)
        {
            lineStart = start;
            int newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                lineLength = newline - start;
                start = newline + 1;
                return true;
            }

            if (ended && end > start)
            {
                lineLength = end - start;
                start = end;
                return true;
            }

            lineLength = 0;
            return false;
        }

        public static bool IsBlank(byte[] buffer, int start, int length) =>
            new ReadOnlySpan<byte>(buffer, start, length).Trim(" \t\r"u8).IsEmpty;

        public static T? Deserialize<T>(byte[] buffer, int start, int length, JsonTypeInfo<T> jsonTypeInfo) =>
            JsonSerializer.Deserialize(new ReadOnlySpan<byte>(buffer, start, length).TrimEnd((byte)'\r'), jsonTypeInfo);

        public static Event<T> EventOf<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> jsonTypeInfo) =>
            data.Trim(" \t\r\n"u8).IsEmpty ? default : new Event<T>(true, JsonSerializer.Deserialize(data, jsonTypeInfo));

        public readonly record struct Event<T>(bool HasValue, T? Value);
    }
}
