using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative;

/// <summary>The beginning of a response body, as text, cut at <see cref="ApiException.MaxContentBytes"/> bytes.</summary>
internal readonly struct BoundedContent
{
    public BoundedContent(string? text, bool isTruncated)
    {
        Text = text;
        IsTruncated = isTruncated;
    }

    public string? Text { get; }

    public bool IsTruncated { get; }

    /// <summary>
    /// Reads at most <see cref="ApiException.MaxContentBytes"/> bytes of the body. A body that fails half-way is kept
    /// as far as it was read: the status is what the caller needs, and losing it to a transport error would hide it.
    /// </summary>
    public static async Task<BoundedContent> ReadAsync(HttpRequestMessage request, HttpContent content, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[ApiException.MaxContentBytes + 1];
        int length = 0;
        try
        {
            using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            int read;
            while (length < buffer.Length
                && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            // Keep what was read before the connection failed.
        }

        return FromBytes(request, buffer.AsSpan(0, length), ApiException.MaxContentBytes);
    }

    public static BoundedContent FromBytes(HttpRequestMessage request, ReadOnlySpan<byte> bytes, int maxBytes)
    {
        if (bytes.Length == 0)
        {
            return new BoundedContent(null, isTruncated: false);
        }

        bool truncated = bytes.Length > maxBytes;
        if (truncated)
        {
            bytes = bytes.Slice(0, maxBytes);
        }

        string text = Encoding.UTF8.GetString(bytes);
        return new BoundedContent(Redaction.Scrub(text, request), truncated);
    }
}
