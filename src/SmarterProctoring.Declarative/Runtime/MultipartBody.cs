using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// A <c>multipart/form-data</c> body (RFC 7578) whose parts are streamed as the request is sent: a stream part is
/// copied from the caller's stream through a small pooled buffer, never loaded whole, and never disposed (the caller
/// owns it); a file part is opened while it is sent and closed after. Null parts are left out. Called by generated
/// code; not meant to be called by hand.
/// </summary>
/// <remarks>
/// Each part's headers are written here, as UTF-8: <c>Content-Disposition: form-data; name="…"</c>, a
/// <c>filename="…"</c> for a file, and a <c>Content-Type</c>. Names and file names are percent-encoded where they
/// could close the quotes or break a line (see <see cref="MultipartRules.EncodeDispositionValue"/>), so no argument
/// adds a header or a part. The body has a length (sent as <c>Content-Length</c>) unless a stream part cannot seek;
/// then it is sent chunked. Sending it again (a retry) rewinds each seekable stream to where it was when added; a
/// stream that cannot seek can be sent once, and a second send says so.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MultipartBody : HttpContent
{
    private const string OctetStream = "application/octet-stream";
    private const string PlainText = "text/plain; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";
    private const int CopyBufferSize = 81920;

    private static readonly byte[] s_crLf = "\r\n"u8.ToArray();

    private readonly string _boundary;
    private readonly List<Part> _parts = new();
    private byte[]? _closing;

    /// <summary>Starts an empty body with a random boundary, or with <paramref name="boundary"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="boundary"/> is not an RFC 2046 boundary.</exception>
    public MultipartBody(string? boundary = null)
    {
        if (boundary is not null && MultipartRules.WhyInvalidBoundary(boundary) is string why)
        {
            throw new ArgumentException("The multipart boundary '" + boundary + "' is not valid: " + why + ".", nameof(boundary));
        }

        _boundary = boundary ?? "spd-" + Guid.NewGuid().ToString("N");
        string value = MultipartRules.BoundaryNeedsQuotes(_boundary) ? "\"" + _boundary + "\"" : _boundary;
        Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + value);
    }

    /// <summary>The boundary between the parts.</summary>
    public string Boundary => _boundary;

    /// <summary>How many parts the body holds.</summary>
    public int Count => _parts.Count;

    /// <summary>Adds a stream part, sent from the stream's current position to its end; nothing when <paramref name="content"/> is null.</summary>
    public void AddStream(string name, Stream? content, string? fileName = null, string? contentType = null)
    {
        if (content is null)
        {
            return;
        }

        if (!content.CanRead)
        {
            throw new ArgumentException("The stream of part '" + name + "' cannot be read (it is closed, or write-only).", nameof(content));
        }

        long start = content.CanSeek ? content.Position : -1;
        _parts.Add(new Part(Header(name, fileName ?? name, contentType ?? OctetStream), content, start));
    }

    /// <summary>Adds a part holding <paramref name="content"/>; nothing when it is null.</summary>
    public void AddBytes(string name, byte[]? content, string? fileName = null, string? contentType = null)
    {
        if (content is not null)
        {
            AddBytes(name, new ReadOnlyMemory<byte>(content), fileName, contentType);
        }
    }

    /// <summary>Adds a part holding <paramref name="content"/>, which must not change until the request is sent.</summary>
    public void AddBytes(string name, ReadOnlyMemory<byte> content, string? fileName = null, string? contentType = null) =>
        _parts.Add(new Part(Header(name, fileName ?? name, contentType ?? OctetStream), content));

    /// <summary>Adds the file <paramref name="file"/>, opened when it is sent; nothing when it is null.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public void AddFile(string name, FileInfo? file, string? fileName = null, string? contentType = null)
    {
        if (file is null)
        {
            return;
        }

        file.Refresh();
        if (!file.Exists)
        {
            throw new FileNotFoundException("The file of part '" + name + "' does not exist: " + file.FullName + ".", file.FullName);
        }

        _parts.Add(new Part(Header(name, fileName ?? file.Name, contentType ?? OctetStream), file, file.Length));
    }

    /// <summary>Adds a text part, sent as UTF-8; nothing when <paramref name="text"/> is null.</summary>
    public void AddText(string name, string? text, string? fileName = null, string? contentType = null)
    {
        if (text is null)
        {
            return;
        }

        ThrowIfLoneSurrogate(text, "text", name);
        _parts.Add(new Part(Header(name, fileName, contentType ?? PlainText), new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>Adds <paramref name="value"/> as a JSON part, serialized now with its metadata; nothing when it is null.</summary>
    public void AddJson<T>(string name, T? value, JsonTypeInfo<T> jsonTypeInfo, string? fileName = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        if (value is null)
        {
            return;
        }

        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value!, jsonTypeInfo);
        _parts.Add(new Part(Header(name, fileName, contentType ?? Json), new ReadOnlyMemory<byte>(json)));
    }

    /// <summary>Adds a part described at the call; nothing when it is null.</summary>
    public void AddPart(MultipartPart? part)
    {
        switch (part?.Content)
        {
            case null:
                return;
            case Stream stream:
                AddStream(part.Name, stream, part.FileName, part.ContentType);
                return;
            case FileInfo file:
                AddFile(part.Name, file, part.FileName, part.ContentType);
                return;
            case string text:
                AddText(part.Name, text, part.FileName, part.ContentType);
                return;
            case ReadOnlyMemory<byte> bytes:
                AddBytes(part.Name, bytes, part.FileName, part.ContentType);
                return;
        }
    }

    /// <summary>Adds each part of <paramref name="parts"/>, in order; null parts (or a null collection) add nothing.</summary>
    public void AddParts(IEnumerable<MultipartPart?>? parts)
    {
        if (parts is null)
        {
            return;
        }

        foreach (MultipartPart? part in parts)
        {
            AddPart(part);
        }
    }

    /// <summary>Adds one stream part per stream, each named <paramref name="name"/>.</summary>
    public void AddStreams(string name, IEnumerable<Stream?>? streams, string? fileName = null, string? contentType = null)
    {
        if (streams is not null)
        {
            foreach (Stream? stream in streams)
            {
                AddStream(name, stream, fileName, contentType);
            }
        }
    }

    /// <summary>Adds one part per byte array, each named <paramref name="name"/>.</summary>
    public void AddByteArrays(string name, IEnumerable<byte[]?>? contents, string? fileName = null, string? contentType = null)
    {
        if (contents is not null)
        {
            foreach (byte[]? content in contents)
            {
                AddBytes(name, content, fileName, contentType);
            }
        }
    }

    /// <summary>Adds one file part per file, each named <paramref name="name"/> and carrying its own file name unless <paramref name="fileName"/> replaces it.</summary>
    public void AddFiles(string name, IEnumerable<FileInfo?>? files, string? fileName = null, string? contentType = null)
    {
        if (files is not null)
        {
            foreach (FileInfo? file in files)
            {
                AddFile(name, file, fileName, contentType);
            }
        }
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = Closing.Length;
        foreach (Part part in _parts)
        {
            long content;
            switch (part.Source)
            {
                case Stream stream when stream.CanSeek:
                    content = Math.Max(0, stream.Length - part.Start);
                    break;
                case Stream:
                    length = 0;
                    return false;
                case FileInfo:
                    content = part.Start;
                    break;
                default:
                    content = part.Bytes.Length;
                    break;
            }

            length += part.Header.Length + content + s_crLf.Length;
        }

        return true;
    }

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (Part part in _parts)
        {
            await stream.WriteAsync(part.Header, cancellationToken).ConfigureAwait(false);
            switch (part.Source)
            {
                case Stream source:
                    Rewind(part, source);
                    await source.CopyToAsync(stream, CopyBufferSize, cancellationToken).ConfigureAwait(false);
                    break;
                case FileInfo file:
                    FileStream opened = OpenFile(file, useAsync: true);
                    await using (opened.ConfigureAwait(false))
                    {
                        await opened.CopyToAsync(stream, CopyBufferSize, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                default:
                    await stream.WriteAsync(part.Bytes, cancellationToken).ConfigureAwait(false);
                    break;
            }

            await stream.WriteAsync(s_crLf, cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(Closing, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (Part part in _parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Write(part.Header);
            switch (part.Source)
            {
                case Stream source:
                    Rewind(part, source);
                    source.CopyTo(stream, CopyBufferSize);
                    break;
                case FileInfo file:
                    using (FileStream opened = OpenFile(file, useAsync: false))
                    {
                        opened.CopyTo(stream, CopyBufferSize);
                    }

                    break;
                default:
                    stream.Write(part.Bytes.Span);
                    break;
            }

            stream.Write(s_crLf);
        }

        stream.Write(Closing);
    }

    private byte[] Closing => _closing ??= Encoding.ASCII.GetBytes("--" + _boundary + "--\r\n");

    /// <summary>Puts a seekable stream back where it was when added; a stream that cannot seek is sent once.</summary>
    private static void Rewind(Part part, Stream source)
    {
        if (source.CanSeek)
        {
            source.Position = part.Start;
        }
        else if (part.Sent)
        {
            throw new InvalidOperationException(
                "The stream of a multipart part was already sent and cannot seek back to be sent again (the request is being retried or re-sent). "
                + "Pass a stream that can seek, such as a FileStream or MemoryStream, when the call may be retried.");
        }

        part.Sent = true;
    }

    private static FileStream OpenFile(FileInfo file, bool useAsync) =>
        new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);

    /// <summary>The delimiter and headers of one part, as UTF-8.</summary>
    private byte[] Header(string name, string? fileName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (MultipartRules.WhyInvalidPartName(name) is string badName)
        {
            throw new ArgumentException("A multipart part cannot be added: " + badName + ".", nameof(name));
        }

        if (MultipartRules.WhyInvalidMediaType(contentType) is string badType)
        {
            throw new ArgumentException("The content type of part '" + name + "' is not a media type: " + badType + ".", nameof(contentType));
        }

        ThrowIfLoneSurrogate(name, "name", name);
        var builder = new StringBuilder(96 + _boundary.Length + name.Length + (fileName?.Length ?? 0));
        builder.Append("--").Append(_boundary).Append("\r\nContent-Disposition: form-data; name=\"")
            .Append(MultipartRules.EncodeDispositionValue(name)).Append('"');
        if (fileName is not null)
        {
            ThrowIfLoneSurrogate(fileName, "file name", name);
            builder.Append("; filename=\"").Append(MultipartRules.EncodeDispositionValue(fileName)).Append('"');
        }

        builder.Append("\r\nContent-Type: ").Append(contentType).Append("\r\n\r\n");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void ThrowIfLoneSurrogate(string value, string what, string part)
    {
        int position = MultipartRules.IndexOfLoneSurrogate(value);
        if (position >= 0)
        {
            throw new ArgumentException(
                "The " + what + " of part '" + MultipartRules.EncodeDispositionValue(part) + "' contains an unpaired surrogate at position "
                + (position + 1).ToString(CultureInfo.InvariantCulture) + " (ill-formed UTF-16), which has no UTF-8 form.");
        }
    }

    /// <summary>One part: its headers and where its content comes from.</summary>
    private sealed class Part
    {
        public Part(byte[] header, ReadOnlyMemory<byte> bytes)
        {
            Header = header;
            Bytes = bytes;
        }

        public Part(byte[] header, object source, long start)
        {
            Header = header;
            Source = source;
            Start = start;
        }

        public byte[] Header { get; }

        /// <summary>A caller's stream or a file; null for bytes.</summary>
        public object? Source { get; }

        public ReadOnlyMemory<byte> Bytes { get; }

        /// <summary>A seekable stream's position when added, or a file's length.</summary>
        public long Start { get; }

        /// <summary>True once a stream that cannot seek has been sent.</summary>
        public bool Sent { get; set; }
    }
}
