using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Runtime;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>The request body: serialized once into a pooled buffer, exactly as System.Text.Json writes it.</summary>
public sealed class JsonBodyTests
{
    private static readonly Item Pen = new() { Name = "pen", Count = 3 };

    [Fact]
    public void Serializing_bodies_reuses_the_threads_writer_instead_of_allocating_one_per_body()
    {
        JsonTypeInfo<Item> typeInfo = TestJsonContext.Default.Item;
        var output = new ArrayBufferWriter<byte>();
        JsonWriterOptions writerOptions = JsonBody.WriterOptions(typeInfo.Options);
        using var ownWriter = new Utf8JsonWriter(output, writerOptions);

        // The cost of a writer per body: the previous one disposed, a new one made and kept (so it is really allocated).
        var kept = new Utf8JsonWriter?[1];
        long writer = AllocatedPerCall(() =>
        {
            kept[0]?.Dispose();
            kept[0] = new Utf8JsonWriter(output, writerOptions);
        });
        kept[0]?.Dispose();
        long contentAlone = AllocatedPerCall(() =>
        {
            using var content = new JsonBody.PooledJsonContent();
            ownWriter.Reset(content);
            JsonSerializer.Serialize(ownWriter, Pen, typeInfo);
            ownWriter.Flush();
            ownWriter.Reset(output);
        });
        long create = AllocatedPerCall(() => JsonBody.Create(Pen, typeInfo).Dispose());

        Assert.True(
            create - contentAlone < writer / 2,
            "JsonBody.Create allocated " + create + " bytes a body; the content and its serialization alone "
            + contentAlone + "; a Utf8JsonWriter is " + writer + ".");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task An_indented_body_is_byte_for_byte_what_JsonSerializer_writes(string newLine)
    {
        var context = new TestJsonContext(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentCharacter = '\t',
            IndentSize = 1,
            NewLine = newLine,
        });

        using HttpContent content = JsonBody.Create(Pen, context.Item);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(Pen, context.Item), await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_body_still_being_sent_when_its_content_is_disposed_keeps_its_bytes()
    {
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(Pen, TestJsonContext.Default.Item);
        HttpContent content = JsonBody.Create(Pen, TestJsonContext.Default.Item);
        var transport = new HeldWriteStream();
        Task sending = content.CopyToAsync(transport);

        // An early answer over HTTP/2 (401, 413): the caller disposes the request while the connection still sends
        // the body, and other requests rent buffers of the same size from the pool and fill them.
        content.Dispose();
        byte[][] others = new byte[64][];
        for (int i = 0; i < others.Length; i++)
        {
            others[i] = ArrayPool<byte>.Shared.Rent(JsonBody.PooledJsonContent.InitialCapacity);
            others[i].AsSpan().Fill((byte)'#');
        }

        byte[] sent = transport.Send();
        await sending;
        foreach (byte[] other in others)
        {
            ArrayPool<byte>.Shared.Return(other);
        }

        Assert.Equal(expected, sent);
    }

    [Fact]
    public async Task Copying_a_body_after_its_content_is_disposed_throws_ObjectDisposedException()
    {
        HttpContent content = JsonBody.Create(Pen, TestJsonContext.Default.Item);
        content.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.CopyToAsync(new MemoryStream()));
    }

    /// <summary>Bytes allocated on this thread by one call of <paramref name="action"/>, after a warm-up.</summary>
    private static long AllocatedPerCall(Action action)
    {
        const int calls = 1000;
        for (int i = 0; i < 100; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }

    /// <summary>
    /// A transport that takes the body's memory and sends it only when told to, as an HTTP/2 connection does while it
    /// waits for the flow-control window.
    /// </summary>
    private sealed class HeldWriteStream : Stream
    {
        private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ReadOnlyMemory<byte> _held;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>Puts the held bytes on the wire (copies them) and completes the write.</summary>
        public byte[] Send()
        {
            byte[] sent = _held.ToArray();
            _written.SetResult();
            return sent;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _held = buffer;
            return new ValueTask(_written.Task);
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
