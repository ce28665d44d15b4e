using System;
using System.Buffers;
using System.ComponentModel;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Creates JSON request bodies with System.Text.Json metadata (never reflection). Called by generated code; not
/// meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonBody
{
    /// <summary>
    /// Serializes <paramref name="value"/> now, once, into a pooled buffer, so a serialization error surfaces before
    /// anything is sent and the request carries a <c>Content-Length</c>. The buffer returns to the pool when the
    /// content is disposed.
    /// </summary>
    public static HttpContent Create<T>(T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Encoder = jsonTypeInfo.Options.Encoder,
                Indented = jsonTypeInfo.Options.WriteIndented,
                MaxDepth = jsonTypeInfo.Options.MaxDepth,
                SkipValidation = true,
            }))
            {
                JsonSerializer.Serialize(writer, value, jsonTypeInfo);
            }

            return new PooledJsonContent(buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private sealed class PooledJsonContent : HttpContent
    {
        private PooledBufferWriter? _buffer;

        public PooledJsonContent(PooledBufferWriter buffer)
        {
            _buffer = buffer;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            stream.WriteAsync(Written, cancellationToken).AsTask();

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            stream.Write(Written.Span);

        protected override bool TryComputeLength(out long length)
        {
            length = Written.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _buffer?.Dispose();
                _buffer = null;
            }

            base.Dispose(disposing);
        }

        private ReadOnlyMemory<byte> Written =>
            _buffer?.WrittenMemory ?? throw new ObjectDisposedException(nameof(HttpContent));
    }

    private sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _written;

        public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public void Dispose()
        {
            byte[] buffer = _buffer;
            _buffer = [];
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Grow(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written >= needed)
            {
                return;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + needed));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
