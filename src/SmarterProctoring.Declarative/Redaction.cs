using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;

namespace SmarterProctoring.Declarative;

/// <summary>
/// Keeps secrets and oversize text out of messages. Request headers that carry credentials are never copied into
/// any message; their values are also masked in response text an error keeps, in case a server echoes them.
/// </summary>
internal static class Redaction
{
    /// <summary>Shown in place of a secret.</summary>
    public const string Mask = "***";

    /// <summary>
    /// Values shorter than this are not treated as secrets: they would mask ordinary text and are not credentials
    /// worth the noise.
    /// </summary>
    private const int MinimumSecretLength = 8;

    /// <summary>
    /// At the end of text that stops before the body did, a beginning of a secret at least this long is masked. A
    /// shorter one says next to nothing about the secret, and masking it would garble ordinary text that happens to
    /// end with the same few characters.
    /// </summary>
    private const int MinimumFragmentLength = 4;

    /// <summary>
    /// Masks every value of the request's sensitive headers in <paramref name="text"/>, then keeps its first
    /// <paramref name="keep"/> characters. Masking comes first so that a secret across the cut is masked whole
    /// rather than leaving its beginning behind. A secret is found as it was sent, and also as a JSON string
    /// writes it (<c>\/</c> for <c>/</c>, <c>\u002B</c> for <c>+</c>, any <c>\uXXXX</c>), since a server echoing it
    /// in a JSON body escapes it.
    /// </summary>
    /// <param name="text">The text; it may run past <paramref name="keep"/>, so that a secret across the cut is seen whole.</param>
    /// <param name="keep">How many characters of <paramref name="text"/> to keep, before masking.</param>
    /// <param name="endsEarly">
    /// True when <paramref name="text"/> stops before the body did (it was cut, or reading it failed or stopped): a
    /// secret that runs into its end is masked as far as it goes.
    /// </param>
    /// <param name="request">The request whose headers name the secrets.</param>
    public static string ScrubAndCut(string text, int keep, bool endsEarly, HttpRequestMessage request)
    {
        int limit = Math.Min(keep, text.Length);
        List<string>? secrets = Secrets(request);
        if (secrets is null)
        {
            return limit == text.Length ? text : text.Substring(0, limit);
        }

        List<(int Start, int End)> spans = [];
        foreach (string secret in secrets)
        {
            for (int start = 0; start < limit; start++)
            {
                int end = Math.Max(
                    MatchEnd(text, start, secret, decodeEscapes: false, endsEarly),
                    MatchEnd(text, start, secret, decodeEscapes: true, endsEarly));
                if (end > start)
                {
                    spans.Add((start, end));
                }
            }
        }

        if (spans.Count == 0)
        {
            return limit == text.Length ? text : text.Substring(0, limit);
        }

        // Matches may overlap (two secrets, or a secret found both as sent and escaped): the union is masked once.
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var builder = new StringBuilder(limit + Mask.Length);
        int position = 0;
        int index = 0;
        while (index < spans.Count)
        {
            (int start, int end) = spans[index++];
            while (index < spans.Count && spans[index].Start <= end)
            {
                end = Math.Max(end, spans[index++].End);
            }

            builder.Append(text, position, start - position).Append(Mask);
            position = end;
            if (position >= limit)
            {
                return builder.ToString();
            }
        }

        return builder.Append(text, position, limit - position).ToString();
    }

    /// <summary>Masks every value of the request's sensitive headers in <paramref name="text"/>, as sent or JSON-escaped.</summary>
    public static string Scrub(string text, HttpRequestMessage request) => ScrubAndCut(text, text.Length, endsEarly: false, request);

    /// <summary>Folds <paramref name="text"/> onto one line of at most <paramref name="maxLength"/> characters.</summary>
    public static string SingleLine(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (char c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>The values of the request's sensitive headers worth masking; null when there are none.</summary>
    private static List<string>? Secrets(HttpRequestMessage request)
    {
        List<string>? secrets = null;
        foreach (KeyValuePair<string, System.Net.Http.Headers.HeaderStringValues> header in request.Headers.NonValidated)
        {
            // One list of credential headers, shared with the compile-time warning SPD2018.
            if (!Routing.HeaderRules.IsCredential(header.Key))
            {
                continue;
            }

            foreach (string value in header.Value)
            {
                AddSecret(ref secrets, value);

                // "Bearer abc…", "Basic abc…": a server may echo the credential without its scheme.
                int space = value.AsSpan().IndexOf(' ');
                if (space > 0)
                {
                    AddSecret(ref secrets, value.Substring(space + 1).Trim());
                }
            }
        }

        return secrets;
    }

    private static void AddSecret(ref List<string>? secrets, string value)
    {
        if (value.Length >= MinimumSecretLength)
        {
            (secrets ??= []).Add(value);
        }
    }

    /// <summary>
    /// Where a match of <paramref name="secret"/> that starts at <paramref name="start"/> ends, or -1. With
    /// <paramref name="decodeEscapes"/>, each JSON escape in the text stands for the character it writes. When
    /// <paramref name="endsEarly"/>, running into the end of the text after a long enough beginning is a match.
    /// </summary>
    private static int MatchEnd(string text, int start, string secret, bool decodeEscapes, bool endsEarly)
    {
        int position = start;
        for (int matched = 0; matched < secret.Length; matched++)
        {
            char actual = position < text.Length ? text[position] : default;
            int width = 1;
            if (position < text.Length && decodeEscapes && actual == '\\')
            {
                width = ReadEscape(text.AsSpan(position), out actual);
            }

            if (position >= text.Length || width == 0)
            {
                // The text stops inside the secret (or inside an escape of one of its characters).
                return endsEarly && matched >= MinimumFragmentLength ? text.Length : -1;
            }

            if (actual != secret[matched])
            {
                return -1;
            }

            position += width;
        }

        return position;
    }

    /// <summary>
    /// Reads the JSON escape at the start of <paramref name="text"/>, which starts with a backslash: returns its
    /// length and the character it stands for; 0 when the text ends inside it; 1 (a plain backslash) when it is not
    /// an escape.
    /// </summary>
    private static int ReadEscape(ReadOnlySpan<char> text, out char value)
    {
        value = '\\';
        if (text.Length < 2)
        {
            return 0;
        }

        switch (text[1])
        {
            case '"':
                value = '"';
                return 2;
            case '\\':
                value = '\\';
                return 2;
            case '/':
                value = '/';
                return 2;
            case 'b':
                value = '\b';
                return 2;
            case 'f':
                value = '\f';
                return 2;
            case 'n':
                value = '\n';
                return 2;
            case 'r':
                value = '\r';
                return 2;
            case 't':
                value = '\t';
                return 2;
            case 'u':
                ReadOnlySpan<char> digits = text.Slice(2, Math.Min(4, text.Length - 2));
                foreach (char digit in digits)
                {
                    if (!char.IsAsciiHexDigit(digit))
                    {
                        return 1;
                    }
                }

                if (digits.Length < 4)
                {
                    return 0;
                }

                value = (char)ushort.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                return 6;
            default:
                return 1;
        }
    }
}
