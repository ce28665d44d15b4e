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
        var content = new PooledJsonContent();
        try
        {
            Utf8JsonWriter writer = RentWriter(content, jsonTypeInfo.Options);
            try
            {
                JsonSerializer.Serialize(writer, value, jsonTypeInfo);
                writer.Flush();
            }
            finally
            {
                ReturnWriter(writer);
            }

            return content;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    // One writer per thread, reset onto each body: serialization finishes before Create returns, so it is never
    // shared, and a writer whose options differ (another context) is simply replaced.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output, JsonSerializerOptions options)
    {
        var writerOptions = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        };
        Utf8JsonWriter? writer = t_writer;
        t_writer = null;
        if (writer is null || !SameOptions(writer.Options, writerOptions))
        {
            writer?.Dispose();
            return new Utf8JsonWriter(output, writerOptions);
        }

        writer.Reset(output);
        return writer;
    }

    private static void ReturnWriter(Utf8JsonWriter writer)
    {
        writer.Reset(NullBufferWriter.Instance);
        t_writer = writer;
    }

    private static bool SameOptions(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.Indented == b.Indented && a.MaxDepth == b.MaxDepth && a.SkipValidation == b.SkipValidation;

    /// <summary>
    /// The body, already serialized into a pooled buffer that this content owns and returns on dispose. The media
    /// type is stored as the constant text and parsed only if someone reads it.
    /// </summary>
    private sealed class PooledJsonContent : HttpContent, IBufferWriter<byte>
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _written;

        public PooledJsonContent()
        {
            Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

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

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            stream.WriteAsync(Written, cancellationToken).AsTask();

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            stream.Write(Written.Span);

        protected override bool TryComputeLength(out long length)
        {
            length = _written;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                byte[] buffer = _buffer;
                _buffer = [];
                _written = 0;
                if (buffer.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            base.Dispose(disposing);
        }

        private ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _written);

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

    private sealed class NullBufferWriter : IBufferWriter<byte>
    {
        public static readonly NullBufferWriter Instance = new();

        public void Advance(int count)
        {
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Array.Empty<byte>();

        public Span<byte> GetSpan(int sizeHint = 0) => Array.Empty<byte>();
    }
}
