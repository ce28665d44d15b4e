using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>Multipart bodies: parsed back as a server parses them, byte for byte where the boundary is fixed, and streamed.</summary>
public sealed class MultipartTests
{
    private static readonly string Exam = string.Concat("EX", "0123456789abcdef0123456789abcdef");

    [Fact]
    public async Task The_declared_parts_parse_back_with_their_names_file_names_content_types_and_bytes()
    {
        var server = new RecordingServer();
        using var file = new MemoryStream(Encoding.ASCII.GetBytes("stream bytes"));
        byte[] other = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF];

        Upload upload = await server.Api.UploadAsync(
            file, other, new UploadMetadata { ExamSid = Exam, Title = "Midterm", @event = "uploaded" }, "résumé ✓");

        Assert.Equal("u1", upload.Id);
        List<Section> sections = await ParseAsync(server);
        Assert.Equal(["file", "other", "meta", "description"], sections.Select(s => s.Name));
        Assert.Equal(["file", "report.pdf", null, null], sections.Select(s => s.FileName));
        Assert.Equal(["application/octet-stream", "application/pdf", "application/json; charset=utf-8", "text/plain; charset=utf-8"], sections.Select(s => s.ContentType));
        Assert.Equal("stream bytes", Encoding.ASCII.GetString(sections[0].Body));
        Assert.Equal(other, sections[1].Body);
        Assert.Equal("{\"examSid\":\"" + Exam + "\",\"title\":\"Midterm\",\"event\":\"uploaded\"}", Encoding.UTF8.GetString(sections[2].Body));
        Assert.Equal("résumé ✓", Encoding.UTF8.GetString(sections[3].Body));
        Assert.Equal(server.LastBody!.Length, server.LastContentLength);
    }

    [Fact]
    public async Task Every_part_shape_is_written_exactly_with_a_declared_boundary()
    {
        var server = new RecordingServer();
        string path = Path.Combine(Path.GetTempPath(), "spd-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(path, "file text");
        try
        {
            using var first = new MemoryStream([1, 2]);
            using var second = new MemoryStream([3]);
            await server.Api.UploadEverythingAsync(
                Exam,
                new FileInfo(path),
                new byte[] { 9, 8 },
                MultipartPart.Text("note", "hello"),
                [new MultipartPart("blob", new byte[] { 7 }, "b.bin", "image/png"), MultipartPart.Text("second", "x")],
                [first, second],
                pages: 42,
                draft: true,
                at: new DateTimeOffset(2026, 3, 1, 14, 30, 0, TimeSpan.Zero),
                state: SessionState.InProgress,
                priority: null,
                csv: "a,b",
                tag: "t 1",
                trace: "trace-1");

            string fileName = Path.GetFileName(path);
            string expected = string.Concat(
                Part("attachment", fileName, "application/octet-stream", "file text"),
                Part("memory", "memory", "application/octet-stream", "\u0009\u0008"),
                Part("note", null, "text/plain; charset=utf-8", "hello"),
                Part("blob", "b.bin", "image/png", "\u0007"),
                Part("second", null, "text/plain; charset=utf-8", "x"),
                Part("streams", "streams", "application/octet-stream", "\u0001\u0002"),
                Part("streams", "streams", "application/octet-stream", "\u0003"),
                Part("pages", null, "text/plain; charset=utf-8", "42"),
                Part("draft", null, "text/plain; charset=utf-8", "true"),
                Part("at", null, "text/plain; charset=utf-8", "2026-03-01T14:30:00.0000000Z"),
                Part("state", null, "text/plain; charset=utf-8", "in-progress"),
                Part("csv", null, "text/csv", "a,b"),
                "--spd-fixed-boundary--\r\n");
            Assert.Equal(expected, Encoding.UTF8.GetString(server.LastBody!));
            Assert.Equal("multipart/form-data; boundary=spd-fixed-boundary", server.LastContentTypeHeader);
            Assert.Equal(Encoding.UTF8.GetByteCount(expected), server.LastContentLength);
            Assert.Equal("https://api.test/v1/exams/" + Exam + "/files?tag=t%201", server.Requests[0].RequestUri!.OriginalString);
            Assert.Equal("trace-1", server.Requests[0].Headers.GetValues("X-Trace").Single());
        }
        finally
        {
            File.Delete(path);
        }

        static string Part(string name, string? fileName, string contentType, string body) =>
            "--spd-fixed-boundary\r\nContent-Disposition: form-data; name=\"" + name + "\"" + (fileName is null ? string.Empty : "; filename=\"" + fileName + "\"")
            + "\r\nContent-Type: " + contentType + "\r\n\r\n" + body + "\r\n";
    }

    [Fact]
    public async Task Null_parts_are_left_out_and_a_null_that_is_not_nullable_is_refused_before_sending()
    {
        var server = new RecordingServer();
        await server.Api.UploadEverythingAsync(Exam, null, ReadOnlyMemory<byte>.Empty, null, null, null, 1, false, default, SessionState.Scheduled, Priority.High, null);

        List<Section> sections = await ParseAsync(server);
        Assert.Equal(["memory", "pages", "draft", "at", "state", "priority"], sections.Select(s => s.Name));
        // A scalar enum is written as a [Query] or [Header] one is: its name, or its JSON name where renamed.
        Assert.Equal("High", Encoding.UTF8.GetString(sections[5].Body));
        Assert.Empty(sections[0].Body);

        var refused = await Assert.ThrowsAsync<ArgumentNullException>(() => server.Api.UploadAsync(null!, [], new UploadMetadata(), "d"));
        Assert.Equal("file", refused.ParamName);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_SID_inside_a_JSON_part_is_checked_before_anything_is_sent()
    {
        var server = new RecordingServer();
        using var file = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => server.Api.UploadAsync(file, [], new UploadMetadata { ExamSid = string.Concat("EX", "-not-a-sid") }, "d"));

        Assert.Contains("ExamSid", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_random_boundary_is_new_for_each_request_and_an_empty_body_is_only_its_closing_delimiter()
    {
        var server = new RecordingServer();
        await server.Api.UploadDescribedAsync([]);
        string firstType = server.LastContentTypeHeader!;
        string firstBody = Encoding.ASCII.GetString(server.LastBody!);
        await server.Api.UploadDescribedAsync([]);

        Assert.NotEqual(firstType, server.LastContentTypeHeader);
        string boundary = firstType["multipart/form-data; boundary=".Length..];
        Assert.Equal("--" + boundary + "--\r\n", firstBody);
    }

    [Fact]
    public async Task A_name_or_file_name_cannot_close_its_quotes_add_a_header_or_start_a_part()
    {
        var server = new RecordingServer();
        const string evil = "a\"; name=\"x\r\nX-Injected: 1\r\n\r\n--b\\";
        await server.Api.UploadDescribedAsync([new MultipartPart(evil, new byte[] { 1 }, evil + ".pdf")]);

        Section section = Assert.Single(await ParseAsync(server));
        Assert.Equal(["Content-Disposition", "Content-Type"], section.HeaderNames);
        Assert.Equal("a%22; name=%22x%0D%0AX-Injected: 1%0D%0A%0D%0A--b%5C", section.Name);
        Assert.Equal("a%22; name=%22x%0D%0AX-Injected: 1%0D%0A%0D%0A--b%5C.pdf", section.FileName);
    }

    [Fact]
    public async Task Unicode_names_and_file_names_are_sent_as_UTF8_and_read_back_unchanged()
    {
        var server = new RecordingServer();
        await server.Api.UploadDescribedAsync([new MultipartPart("résumé", new byte[] { 1 }, "отчёт 报告 🎓.pdf", "application/pdf")]);

        Section section = Assert.Single(await ParseAsync(server));
        Assert.Equal("résumé", section.Name);
        Assert.Equal("отчёт 报告 🎓.pdf", section.FileName);
    }

    [Fact]
    public async Task No_name_or_file_name_changes_how_many_parts_or_headers_arrive()
    {
        // Property test: names and file names drawn from quotes, backslashes, line breaks, delimiters and Unicode.
        var random = new Random(20261202);
        string alphabet = "ab\"\\\r\n;=:- %é报\t\u0001\u007f";
        var server = new RecordingServer();
        for (int round = 0; round < 200; round++)
        {
            var parts = new List<MultipartPart>();
            int count = random.Next(1, 4);
            for (int i = 0; i < count; i++)
            {
                parts.Add(new MultipartPart(Draw(random, alphabet), new byte[] { (byte)i }, Draw(random, alphabet)));
            }

            await server.Api.UploadDescribedAsync(parts);

            List<Section> sections = await ParseAsync(server);
            Assert.Equal(count, sections.Count);
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(["Content-Disposition", "Content-Type"], sections[i].HeaderNames);
                Assert.Equal(parts[i].Name, Decode(sections[i].Name!));
                Assert.Equal(parts[i].FileName, Decode(sections[i].FileName!));
                Assert.Equal([(byte)i], sections[i].Body);
            }
        }

        static string Draw(Random random, string alphabet)
        {
            var builder = new StringBuilder();
            int length = random.Next(1, 12);
            for (int i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            // A literal '%' would make the decoding below ambiguous (as it is for browsers); keep it only before a space.
            return builder.ToString().Replace("%", "% ", StringComparison.Ordinal);
        }

        static string Decode(string received)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < received.Length; i++)
            {
                if (received[i] == '%' && i + 2 < received.Length && Uri.IsHexDigit(received[i + 1]) && Uri.IsHexDigit(received[i + 2]))
                {
                    builder.Append((char)Convert.ToInt32(received.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    builder.Append(received[i]);
                }
            }

            return builder.ToString();
        }
    }

    [Fact]
    public async Task A_200_MB_stream_is_streamed_through_a_small_buffer_and_never_disposed()
    {
        const long size = 200L * 1024 * 1024;
        using var source = new GeneratedStream(size, seekable: true);
        var sink = new DrainingServer(source);
        IUploadsApi api = IUploadsApi.Create(new HttpClient(sink) { BaseAddress = new Uri("https://api.test/") });

        await api.PutStreamAsync("big", source);

        Assert.Equal(size, source.Position);
        Assert.True(sink.Received > size);
        Assert.Equal(sink.Received, sink.ContentLength);
        // The body is copied as it is read: the source is never more than one copy buffer ahead of the server.
        Assert.InRange(sink.MaxLead, 1, 128 * 1024);
        Assert.False(source.IsDisposed);
        Assert.True(source.CanRead);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_sent_chunked_and_the_callers_stream_outlives_a_failed_call()
    {
        using var source = new GeneratedStream(300_000, seekable: false);
        var sink = new DrainingServer(source, HttpStatusCode.InternalServerError);
        IUploadsApi api = IUploadsApi.Create(new HttpClient(sink) { BaseAddress = new Uri("https://api.test/") });

        await Assert.ThrowsAsync<ApiException>(() => api.PutStreamAsync("big", source));

        Assert.Null(sink.ContentLength);
        Assert.Equal(300_000, source.Position);
        Assert.False(source.IsDisposed);
    }

    [Fact]
    public async Task A_resent_request_rewinds_a_seekable_stream_and_one_that_cannot_seek_says_it_cannot_be_sent_twice()
    {
        var twice = new SendingTwiceServer();
        IUploadsApi api = IUploadsApi.Create(new HttpClient(twice) { BaseAddress = new Uri("https://api.test/") });
        using var seekable = new MemoryStream(Encoding.ASCII.GetBytes("0123456789"));
        seekable.Position = 2;

        await api.PutRetriedAsync(seekable);

        Assert.Equal(twice.First, twice.Second);
        Assert.Contains("23456789\r\n", Encoding.ASCII.GetString(twice.First!), StringComparison.Ordinal);
        Assert.DoesNotContain("0123", Encoding.ASCII.GetString(twice.First!), StringComparison.Ordinal);

        using var once = new GeneratedStream(10, seekable: false);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.PutRetriedAsync(once));
        Assert.Contains("cannot seek back to be sent again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_made_at_the_call_refuses_what_cannot_be_sent_and_never_shows_its_content()
    {
        var badType = Assert.Throws<ArgumentException>(() => new MultipartPart("file", new byte[1], "f.pdf", "pdf"));
        Assert.Contains("'file'", badType.Message, StringComparison.Ordinal);
        Assert.Contains("type/subtype", badType.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MultipartPart("file", new byte[1], "f", "text/plain\r\nX-Injected: 1"));
        Assert.Throws<ArgumentException>(() => MultipartPart.Text(string.Empty, "x"));
        Assert.Throws<ArgumentNullException>(() => new MultipartPart("file", (Stream)null!));

        var part = MultipartPart.Text("secret-field", "p@ssw0rd-value", "text/plain; charset=utf-8");
        Assert.Equal("Part 'secret-field', text/plain; charset=utf-8", part.ToString());
        Assert.Equal("Part 'f' (file 'a.pdf')", new MultipartPart("f", new byte[1], "a.pdf").ToString());
    }

    [Fact]
    public async Task A_file_name_with_an_unpaired_surrogate_is_refused_rather_than_changed()
    {
        var server = new RecordingServer();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => server.Api.UploadDescribedAsync([new MultipartPart("file", new byte[1], "bad\uD800.pdf")]));

        Assert.Contains("unpaired surrogate at position 4", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_missing_file_is_named_before_anything_is_sent()
    {
        var server = new RecordingServer();
        string missing = Path.Combine(Path.GetTempPath(), "spd-missing-" + Guid.NewGuid().ToString("N") + ".pdf");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => server.Api.UploadEverythingAsync(
            Exam, new FileInfo(missing), default, null, null, null, 1, false, default, SessionState.Scheduled, null, null));

        Assert.Contains("'attachment'", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private sealed record Section(string? Name, string? FileName, string? ContentType, byte[] Body, IReadOnlyList<string> HeaderNames);

    private static async Task<List<Section>> ParseAsync(RecordingServer server)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(server.LastContentTypeHeader).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(server.LastBody!));
        var sections = new List<Section>();
        while (await reader.ReadNextSectionAsync() is MultipartSection section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            string? fileName = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null;
            sections.Add(new Section(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value, fileName, section.ContentType, body.ToArray(), section.Headers!.Keys.ToArray()));
        }

        return sections;
    }

    private sealed class RecordingServer : HttpMessageHandler
    {
        public IUploadsApi Api => IUploadsApi.Create(new HttpClient(this) { BaseAddress = new Uri("https://api.test/") });

        public List<HttpRequestMessage> Requests { get; } = [];

        public byte[]? LastBody { get; private set; }

        public string? LastContentTypeHeader { get; private set; }

        public long? LastContentLength { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            LastContentTypeHeader = request.Content!.Headers.GetValues("Content-Type").Single();
            LastContentLength = request.Content.Headers.ContentLength;
            LastBody = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"u1\"}", Encoding.UTF8, "application/json") };
        }
    }

    /// <summary>A server that reads the body as a transport does, and measures how far the source runs ahead of it.</summary>
    private sealed class DrainingServer(GeneratedStream source, HttpStatusCode status = HttpStatusCode.NoContent) : HttpMessageHandler
    {
        public long Received { get; private set; }

        public long MaxLead { get; private set; }

        public long? ContentLength { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ContentLength = request.Content!.Headers.ContentLength;
            var counter = new CountingSink(written =>
            {
                // What the source handed out beyond what had arrived before this write.
                MaxLead = Math.Max(MaxLead, source.Position - Received);
                Received += written;
            });
            await request.Content.CopyToAsync(counter, cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        }
    }

    /// <summary>A retrying transport in miniature: it sends the same content twice.</summary>
    private sealed class SendingTwiceServer : HttpMessageHandler
    {
        public byte[]? First { get; private set; }

        public byte[]? Second { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            First = await Drain(request.Content!, cancellationToken);
            Second = await Drain(request.Content!, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        private static async Task<byte[]> Drain(HttpContent content, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }
    }

    /// <summary>Counts what is written to it and keeps none of it.</summary>
    private sealed class CountingSink(Action<long> onWrite) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => onWrite(count);

        public override void Write(ReadOnlySpan<byte> buffer) => onWrite(buffer.Length);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            onWrite(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            onWrite(count);
            return Task.CompletedTask;
        }
    }
}

/// <summary>A stream of <c>length</c> generated bytes that holds none of them, counts what it hands out, and knows whether it was disposed.</summary>
internal sealed class GeneratedStream(long length, bool seekable) : Stream
{
    private long _position;

    public bool IsDisposed { get; private set; }

    public override bool CanRead => !IsDisposed;

    public override bool CanSeek => seekable && !IsDisposed;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => _position = seekable ? value : throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        int count = (int)Math.Min(buffer.Length, length - _position);
        for (int i = 0; i < count; i++)
        {
            buffer[i] = (byte)((_position + i) % 251);
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override long Seek(long offset, SeekOrigin origin) =>
        Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => length + offset };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
