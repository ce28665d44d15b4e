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
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        return new Items<T>(target, routeTemplate, createRequest, jsonTypeInfo, cancellationToken);
    }

    /// <summary>The enumerable: each enumeration sends its own request.</summary>
    private sealed class Items<T>(
        RequestTarget target, string routeTemplate, Func<HttpRequestMessage> createRequest, JsonTypeInfo<T> jsonTypeInfo, CancellationToken callToken)
        : IAsyncEnumerable<T>
    {
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Reader<T>(target, routeTemplate, createRequest, jsonTypeInfo, callToken, cancellationToken);
    }

    /// <summary>
    /// One enumeration. JSON Lines are read here directly: a line already in the buffer is yielded without an await, so
    /// a fast body costs one deserialization per item. JSON arrays and events are read by their own readers, whose
    /// failures are translated here.
    /// </summary>
    private sealed class Reader<T> : IAsyncEnumerator<T>
    {
        private const int InitialBufferSize = 16 * 1024;

        private readonly RequestTarget _target;
        private readonly string _routeTemplate;
        private readonly Func<HttpRequestMessage> _createRequest;
        private readonly JsonTypeInfo<T> _jsonTypeInfo;
        private readonly CancellationTokenSource? _linked;
        private readonly CancellationToken _cancellationToken;

        private Stage _stage;
        private HttpRequestMessage? _request;
        private HttpResponseMessage? _response;
        private Stream? _stream;
        private IAsyncEnumerator<T?>? _other;
        private string _form = "a JSON array";
        private int _index;
        private T _current = default!;

        // The JSON Lines buffer: bytes [_start, _end) are read and not yet taken; _ended once the stream has ended.
        private byte[]? _buffer;
        private int _start;
        private int _end;
        private bool _ended;

        public Reader(
            RequestTarget target, string routeTemplate, Func<HttpRequestMessage> createRequest, JsonTypeInfo<T> jsonTypeInfo,
            CancellationToken callToken, CancellationToken enumeratorToken)
        {
            _target = target;
            _routeTemplate = routeTemplate;
            _createRequest = createRequest;
            _jsonTypeInfo = jsonTypeInfo;
            _linked = EnumerationTokens.Link(callToken, enumeratorToken, out _cancellationToken);
        }

        private enum Stage
        {
            NotStarted,
            Lines,
            Other,
            Done,
        }

        public T Current => _current;

        public ValueTask<bool> MoveNextAsync()
        {
            if (_stage == Stage.Lines)
            {
                if (_cancellationToken.IsCancellationRequested)
                {
                    return ValueTask.FromCanceled<bool>(_cancellationToken);
                }

                try
                {
                    if (TryTakeItem())
                    {
                        return new ValueTask<bool>(true);
                    }
                }
                catch (ApiException exception)
                {
                    return ValueTask.FromException<bool>(exception);
                }

                if (_ended)
                {
                    _stage = Stage.Done;
                    return new ValueTask<bool>(false);
                }
            }

            return _stage == Stage.Done ? new ValueTask<bool>(false) : MoveNextSlowAsync();
        }

        private async ValueTask<bool> MoveNextSlowAsync()
        {
            if (_stage == Stage.NotStarted)
            {
                await StartAsync().ConfigureAwait(false);
            }

            if (_stage == Stage.Lines)
            {
                while (true)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (TryTakeItem())
                    {
                        return true;
                    }

                    if (_ended)
                    {
                        _stage = Stage.Done;
                        return false;
                    }

                    await ReadMoreAsync().ConfigureAwait(false);
                }
            }

            // The readers below check the token only when they read more, so items already buffered would outrun a cancel.
            _cancellationToken.ThrowIfCancellationRequested();
            bool next;
            try
            {
                next = await _other!.MoveNextAsync().ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw InvalidItem(exception);
            }
            catch (Exception exception) when (IsTransportFailure(exception))
            {
                throw Translate(exception);
            }

            if (!next)
            {
                _stage = Stage.Done;
                return false;
            }

            _current = _other.Current!;
            _index++;
            return true;
        }

        private async ValueTask StartAsync()
        {
            _request = _createRequest();
            _response = await _target.HttpClient
                .SendAsync(_request, HttpCompletionOption.ResponseHeadersRead, _cancellationToken).ConfigureAwait(false);
            await ResponseReader.EnsureSuccessAsync(_request, _response, _routeTemplate, _cancellationToken).ConfigureAwait(false);
            _stream = await _response.Content.ReadAsStreamAsync(_cancellationToken).ConfigureAwait(false);

            string? mediaType = _response.Content.Headers.ContentType?.MediaType;
            if (MediaTypes.IsJsonLines(mediaType))
            {
                _form = "JSON Lines";
                _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
                _stage = Stage.Lines;
                return;
            }

            if (MediaTypes.IsEventStream(mediaType))
            {
                _form = "server-sent events";
                _other = Events(_stream, _jsonTypeInfo, _cancellationToken).GetAsyncEnumerator(_cancellationToken);
            }
            else
            {
                _other = JsonSerializer.DeserializeAsyncEnumerable(_stream, _jsonTypeInfo, _cancellationToken).GetAsyncEnumerator(_cancellationToken);
            }

            _stage = Stage.Other;
        }

        /// <summary>Takes the next non-blank line already read, if there is one, and makes it the current item.</summary>
        private bool TryTakeItem()
        {
            while (Lines.TryTake(_buffer!, ref _start, _end, _ended, out int lineStart, out int lineLength))
            {
                if (Lines.IsBlank(_buffer!, lineStart, lineLength))
                {
                    continue;
                }

                try
                {
                    _current = Lines.Deserialize(_buffer!, lineStart, lineLength, _jsonTypeInfo)!;
                }
                catch (JsonException exception)
                {
                    _stage = Stage.Done;
                    throw InvalidItem(exception);
                }

                _index++;
                return true;
            }

            return false;
        }

        /// <summary>Reads more of the stream, keeping a partial line at the front of a buffer with room for more.</summary>
        private async ValueTask ReadMoreAsync()
        {
            byte[] buffer = _buffer!;
            if (_start > 0)
            {
                Buffer.BlockCopy(buffer, _start, buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, larger, 0, _end);
                _buffer = larger;
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            int read;
            try
            {
                read = await _stream!.ReadAsync(buffer.AsMemory(_end), _cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransportFailure(exception))
            {
                throw Translate(exception);
            }

            _ended = read == 0;
            _end += read;
        }

        private bool IsTransportFailure(Exception exception) =>
            exception is ResponseContentTooLargeException
            || (exception is IOException or HttpRequestException && !_cancellationToken.IsCancellationRequested);

        private Exception Translate(Exception exception)
        {
            _stage = Stage.Done;
            if (exception is ResponseContentTooLargeException tooLarge)
            {
                return Unreadable("the stream is larger than the limit of "
                    + tooLarge.MaxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes (at item "
                    + _index.ToString(CultureInfo.InvariantCulture) + "); raise the client's MaxResponseContentLength for long streams", exception);
            }

            return ApiException.ForInterruptedContent(_request!, _response!, _routeTemplate, exception);
        }

        private ApiException InvalidItem(JsonException exception)
        {
            _stage = Stage.Done;
            return Unreadable("item " + _index.ToString(CultureInfo.InvariantCulture) + " of " + _form + " is not valid: " + exception.Message, exception);
        }

        private ApiException Unreadable(string problem, Exception exception) =>
            ApiException.ForUnreadableContent(_request!, _response!, _routeTemplate, "a stream of " + _jsonTypeInfo.Type.Name, problem, default, exception);

        public async ValueTask DisposeAsync()
        {
            _stage = Stage.Done;
            if (_other is not null)
            {
                IAsyncEnumerator<T?> other = _other;
                _other = null;
                await other.DisposeAsync().ConfigureAwait(false);
            }

            if (_stream is not null)
            {
                Stream stream = _stream;
                _stream = null;
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
            }

            _response?.Dispose();
            _request?.Dispose();
            _linked?.Dispose();
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
