// Shared by compile time and run time (linked from generators/RouteGrammar): what a multipart boundary, a part's media
// type and a part's name may be, and how a name or file name is written inside Content-Disposition. The generator
// checks constants with it; the runtime checks values and writes the header with it. Keep it free of APIs newer than
// netstandard2.0.
#pragma warning disable CA1865, CA2249 // Span-based and char overloads do not exist in netstandard2.0, which also compiles this file.
namespace SmarterProctoring.Declarative.Routing;

/// <summary>The rules of <c>multipart/form-data</c> (RFC 7578, RFC 2046) that a declaration or an argument can break.</summary>
internal static class MultipartRules
{
    /// <summary>The longest boundary RFC 2046 allows.</summary>
    public const int MaxBoundaryLength = 70;

    /// <summary>Why <paramref name="boundary"/> is not an RFC 2046 boundary, or null when it is one.</summary>
    public static string? WhyInvalidBoundary(string? boundary)
    {
        if (string.IsNullOrEmpty(boundary))
        {
            return "it is empty; leave it out for a random boundary per request";
        }

        if (boundary!.Length > MaxBoundaryLength)
        {
            return "it is " + boundary.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters long, and a boundary has at most 70";
        }

        for (int i = 0; i < boundary.Length; i++)
        {
            char c = boundary[i];
            if (!IsBoundaryCharacter(c))
            {
                return "character " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Describe(c)
                    + ") is not one a boundary may hold: letters, digits, space and ' ( ) + _ , - . / : = ?";
            }
        }

        return boundary[boundary.Length - 1] == ' ' ? "it ends with a space, which a boundary may not" : null;
    }

    /// <summary>True when the boundary must be quoted in the <c>Content-Type</c> header (it is not a token).</summary>
    public static bool BoundaryNeedsQuotes(string boundary) => HeaderRules.FirstNonTokenCharacter(boundary) >= 0;

    /// <summary>
    /// Why <paramref name="mediaType"/> is not an RFC 9110 media type (<c>type/subtype</c>, then <c>; name=value</c>
    /// parameters whose values are tokens or quoted strings, all ASCII), or null when it is one.
    /// </summary>
    public static string? WhyInvalidMediaType(string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            return "it is empty; leave it out for the part's default";
        }

        string text = mediaType!;
        int i = Token(text, 0);
        if (i == 0 || i >= text.Length || text[i] != '/')
        {
            return "a media type is type/subtype, such as application/pdf or text/plain";
        }

        int subtypeEnd = Token(text, i + 1);
        if (subtypeEnd == i + 1)
        {
            return "a media type is type/subtype, such as application/pdf or text/plain";
        }

        i = subtypeEnd;
        while (true)
        {
            i = SkipSpaces(text, i);
            if (i == text.Length)
            {
                return null;
            }

            if (text[i] != ';')
            {
                return "character " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Describe(text[i])
                    + ") cannot follow the media type; parameters follow a ';' as name=value";
            }

            i = SkipSpaces(text, i + 1);
            int nameEnd = Token(text, i);
            if (nameEnd == i || nameEnd >= text.Length || text[nameEnd] != '=')
            {
                return "a parameter after ';' is name=value, such as charset=utf-8";
            }

            i = nameEnd + 1;
            if (i < text.Length && text[i] == '"')
            {
                int end = QuotedStringEnd(text, i);
                if (end < 0)
                {
                    return "a quoted parameter value is not closed, or holds a character a header cannot carry";
                }

                i = end;
            }
            else
            {
                int valueEnd = Token(text, i);
                if (valueEnd == i)
                {
                    return "a parameter value is a token or a quoted string";
                }

                i = valueEnd;
            }
        }
    }

    /// <summary>Why <paramref name="name"/> cannot name a part (it is empty), or null when it can.</summary>
    public static string? WhyInvalidPartName(string? name) =>
        string.IsNullOrEmpty(name) ? "a part's name is its field name, and it is empty" : null;

    /// <summary>
    /// <paramref name="value"/> as written inside the quotes of a <c>Content-Disposition</c> name or file name: as the
    /// HTML form-data encoding does, a quote, a backslash, CR, LF and every other control character are
    /// percent-encoded (<c>%22</c>, <c>%5C</c>, <c>%0D</c>…), so no value can close the quotes, start a header, or end
    /// the header block; every other character is kept (the header is written as UTF-8).
    /// </summary>
    public static string EncodeDispositionValue(string value)
    {
        int first = -1;
        for (int i = 0; i < value.Length; i++)
        {
            if (NeedsEncoding(value[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length + 8);
        builder.Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            if (NeedsEncoding(c))
            {
                builder.Append('%').Append("0123456789ABCDEF"[c >> 4]).Append("0123456789ABCDEF"[c & 0xF]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where the first surrogate without its pair is in <paramref name="text"/>, or -1: such a name, file name or text
    /// has no UTF-8 form, and writing it would silently send U+FFFD instead.
    /// </summary>
    public static int IndexOfLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsEncoding(char c) => c < ' ' || c == '\u007f' || c == '"' || c == '\\';

    private static bool IsBoundaryCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "'()+_,-./:=? ".IndexOf(c) >= 0;

    /// <summary>The index just past the RFC 9110 token that starts at <paramref name="start"/>.</summary>
    private static int Token(string text, int start)
    {
        int i = start;
        while (i < text.Length && IsTokenCharacter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsTokenCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;

    private static int SkipSpaces(string text, int start)
    {
        int i = start;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    /// <summary>The index just past the quoted string that opens at <paramref name="start"/>, or -1.</summary>
    private static int QuotedStringEnd(string text, int start)
    {
        for (int i = start + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c == '\\')
            {
                i++;
                if (i == text.Length || !IsQuotedText(text[i]) && text[i] != '"' && text[i] != '\\')
                {
                    return -1;
                }
            }
            else if (!IsQuotedText(c))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsQuotedText(char c) => c == '\t' || (c >= ' ' && c < '\u007f' && c != '"' && c != '\\');

    private static string Describe(char c) =>
        c > ' ' && c < '\u007f' ? "'" + c + "'"
        : c == ' ' ? "a space"
        : "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
