using System;
using System.Text;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>What the runtime reads from a response's media type: one rule for every reader and every message.</summary>
internal static class MediaTypes
{
    /// <summary>
    /// True for <c>application/json</c> and every <c>+json</c> type (<c>application/problem+json</c>); also when the
    /// server named no type, since a JSON API's answer is JSON unless it says otherwise.
    /// </summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is null
        || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for JSON Lines: <c>application/x-ndjson</c>, <c>application/jsonl</c> and their kin.</summary>
    public static bool IsJsonLines(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/ndjson", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/x-jsonlines", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/jsonlines", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for server-sent events (<c>text/event-stream</c>).</summary>
    public static bool IsEventStream(string? mediaType) =>
        mediaType is not null && mediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The body as text: a byte-order mark wins, then the declared charset; UTF-8 when neither says (or the charset is
    /// one this runtime does not know).
    /// </summary>
    public static string Decode(byte[] body, string? charset)
    {
        ReadOnlySpan<byte> bytes = body;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes.Slice(3));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes.Slice(2));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes.Slice(2));
        }

        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim().Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8, the web's default, reads most of what servers send.
            }
        }

        return encoding.GetString(bytes);
    }
}
