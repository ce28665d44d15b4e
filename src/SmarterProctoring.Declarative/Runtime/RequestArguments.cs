using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Argument checks the generated clients run before anything is sent. Called by generated code; not meant to be
/// called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestArguments
{
    /// <summary>
    /// Throws unless <paramref name="value"/> is <paramref name="prefix"/> followed by 32 lowercase hexadecimal
    /// characters. Allocates nothing when the value is valid.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a SID with that prefix.</exception>
    public static void ThrowIfInvalidSid(string? value, string prefix, string parameterName)
    {
        if (!SidPattern.IsValid(value, prefix))
        {
            ThrowInvalidSid(value, prefix, parameterName);
        }
    }

    /// <summary>
    /// Percent-encodes a path value so it stays one path segment. Rejects null, empty, <c>.</c> and <c>..</c>,
    /// which would otherwise change which resource the request names.
    /// </summary>
    public static string EscapePathValue(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, parameterName + " is part of the request path and cannot be null.");
        }

        if (value.Length == 0 || value == "." || value == "..")
        {
            throw new ArgumentException(
                parameterName + " is part of the request path and cannot be "
                + (value.Length == 0 ? "empty" : "'" + value + "'") + ": it would change which resource the request names.",
                parameterName);
        }

        ThrowIfLoneSurrogate(value, parameterName);
        return Uri.EscapeDataString(value);
    }

    /// <summary>
    /// Throws when <paramref name="value"/> holds a surrogate without its pair: such text has no UTF-8 form, and
    /// percent-encoding would silently send U+FFFD in its place — a different value than the caller passed.
    /// </summary>
    public static void ThrowIfLoneSurrogate(string value, string parameterName)
    {
        int position = IndexOfLoneSurrogate(value);
        if (position >= 0)
        {
            throw LoneSurrogate(parameterName, position);
        }
    }

    /// <summary>Where the first surrogate without its pair is in <paramref name="text"/>, or -1.</summary>
    internal static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (int i = first; i < text.Length; i++)
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

    /// <summary>The error for a surrogate without its pair at <paramref name="position"/> of the value of <paramref name="parameterName"/>.</summary>
    internal static ArgumentException LoneSurrogate(string parameterName, int position) =>
        new(
            parameterName + " contains an unpaired surrogate at position " + (position + 1).ToString(CultureInfo.InvariantCulture)
            + " (ill-formed UTF-16), which cannot be sent in a URI without changing it.",
            parameterName);

    /// <summary>Formats a non-string path value (see <see cref="FormatValue{T}(T)"/>), then escapes it like a string.</summary>
    public static string FormatPathValue<T>(T value, string parameterName)
        where T : IFormattable =>
        EscapePathValue(FormatValue(value), parameterName);

    /// <summary>
    /// Checks an optional SID property of a request body: null passes (the property is left out or sent as null),
    /// anything else must match the pattern.
    /// </summary>
    public static void ThrowIfInvalidOptionalSidProperty(string? value, string prefix, string parameterName, string propertyName)
    {
        if (value is not null && !SidPattern.IsValid(value, prefix))
        {
            throw new ArgumentException(SidPattern.Explain(value, prefix, parameterName + "." + propertyName), parameterName);
        }
    }

    /// <summary>
    /// Checks an optional SID property of an object nested in a request body, whose place in the body is
    /// <paramref name="parent"/>, <paramref name="member"/> and, for an element of a collection, <paramref name="index"/>
    /// (see <see cref="SidPath"/>); the path is put together only for the error.
    /// </summary>
    public static void ThrowIfInvalidNestedSid(string? value, string prefix, string parameterName, string parent, string member, int index, string propertyName)
    {
        if (value is not null && !SidPattern.IsValid(value, prefix))
        {
            throw new ArgumentException(SidPattern.Explain(value, prefix, SidPath(parent, member, index) + "." + propertyName), parameterName);
        }
    }

    /// <summary>Checks every element of a SID collection property of an object nested in a request body; a null collection passes.</summary>
    public static void ThrowIfInvalidNestedSidElements(IEnumerable<string?>? values, string prefix, string parameterName, string parent, string member, int index, string propertyName)
    {
        if (values is null)
        {
            return;
        }

        int position = 0;
        foreach (string? value in values)
        {
            if (!SidPattern.IsValid(value, prefix))
            {
                string path = SidPath(parent, member, index) + "." + propertyName + "[" + position.ToString(CultureInfo.InvariantCulture) + "]";
                throw new ArgumentException(SidPattern.Explain(value, prefix, path), parameterName);
            }

            position++;
        }
    }

    /// <summary>
    /// Where an object sits in a request body, as the errors name it: <paramref name="parent"/> (the parameter, or the
    /// path of the object holding it), then <paramref name="member"/> (<c>.Property</c>), then <c>[index]</c> for an
    /// element of a collection (a negative <paramref name="index"/> for none).
    /// </summary>
    public static string SidPath(string parent, string member, int index) =>
        index < 0 ? parent + member : parent + member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Checks every element of a SID collection property of a request body; a null collection passes.</summary>
    public static void ThrowIfInvalidSidElements(IEnumerable<string?>? values, string prefix, string parameterName, string propertyName)
    {
        if (values is null)
        {
            return;
        }

        int index = 0;
        foreach (string? value in values)
        {
            if (!SidPattern.IsValid(value, prefix))
            {
                string path = parameterName + "." + propertyName + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                throw new ArgumentException(SidPattern.Explain(value, prefix, path), parameterName);
            }

            index++;
        }
    }

    /// <summary>
    /// Formats a path, query or header value, culture-invariantly: dates and times in their ISO-8601 forms
    /// (<see cref="DateTimeOffset"/> and <see cref="DateTime"/> round-trip, a UTC value ending in <c>Z</c>;
    /// <see cref="DateOnly"/> <c>yyyy-MM-dd</c>; <see cref="TimeOnly"/> <c>HH:mm:ss.fffffff</c>;
    /// <see cref="TimeSpan"/> <c>[-][d.]hh:mm:ss[.fffffff]</c>), everything else in its invariant default form. The
    /// type tests are on <typeparamref name="T"/>, so each instantiation compiles to one branch: no reflection.
    /// </summary>
    public static string FormatValue<T>(T value)
        where T : IFormattable
    {
        if (typeof(T) == typeof(DateTimeOffset))
        {
            var moment = (DateTimeOffset)(object)value;
            return moment.Offset == TimeSpan.Zero
                ? moment.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)
                : moment.ToString("O", CultureInfo.InvariantCulture);
        }

        if (typeof(T) == typeof(DateTime) || typeof(T) == typeof(DateOnly) || typeof(T) == typeof(TimeOnly))
        {
            return value.ToString("O", CultureInfo.InvariantCulture);
        }

        return typeof(T) == typeof(TimeSpan)
            ? value.ToString("c", CultureInfo.InvariantCulture)
            : value.ToString(null, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Formats a combination of a <c>[Flags]</c> enum whose members System.Text.Json writes by renamed names, as it
    /// writes them: the member names <see cref="Enum.ToString()"/> picks, each replaced by its JSON name, joined by
    /// <c>", "</c>; a value the members do not add up to stays its number.
    /// </summary>
    public static string FormatFlags<T>(T value, Func<string, string> jsonName)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(jsonName);
        string text = value.ToString();
        if (text.Length == 0 || text[0] is (>= '0' and <= '9') or '-')
        {
            return text;
        }

        string[] names = text.Split(", ");
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = jsonName(names[i]);
        }

        return string.Join(", ", names);
    }

    /// <summary>Formats a value with the format the declaration names (<c>Format = "yyyy-MM-dd"</c>), culture-invariantly.</summary>
    public static string FormatValue<T>(T value, string format)
        where T : IFormattable =>
        value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds a header the generated code has already checked; a header the request refuses (it is a content header, or
    /// its value is malformed) throws instead of being dropped without a word.
    /// </summary>
    public static void AddHeader(System.Net.Http.HttpRequestMessage request, string headerName, string value)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryAddWithoutValidation(headerName, value))
        {
            throw new InvalidOperationException("The header '" + headerName + "' cannot be sent with the request headers; declare it on a call with a body, whose content carries it.");
        }
    }

    /// <summary>Sets a header the generated code has already checked, replacing a declared constant of the same name.</summary>
    public static void ReplaceHeader(System.Net.Http.HttpRequestMessage request, string headerName, string value)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(headerName);
        AddHeader(request, headerName, value);
    }

    /// <summary>
    /// Sets a content header (<c>Content-Type</c>, <c>Content-Language</c>…) on the request's body, replacing the value
    /// the body set; a value the content refuses throws instead of being dropped.
    /// </summary>
    public static void SetContentHeader(System.Net.Http.HttpRequestMessage request, string headerName, string value)
    {
        ArgumentNullException.ThrowIfNull(request);
        System.Net.Http.HttpContent content = request.Content
            ?? throw new InvalidOperationException("The content header '" + headerName + "' needs a body, and the request has none.");
        content.Headers.Remove(headerName);
        if (!content.Headers.TryAddWithoutValidation(headerName, value))
        {
            throw new InvalidOperationException("The content header '" + headerName + "' refused its value.");
        }
    }

    /// <summary>
    /// Adds the headers of a <c>[HeaderCollection]</c>: each pair with a value replaces a header of its name set
    /// before (the declaration's constants and header parameters), and a name it repeats adds a value. A content
    /// header goes on the body. Refused, naming <paramref name="parameterName"/>: a name that is not an HTTP token, a
    /// value with a line break or NUL, a credential header (the client's authentication sets those, and a collection
    /// must not replace them), and a content header on a call without a body. Null values are left out.
    /// </summary>
    public static void AddHeaders<TValue>(System.Net.Http.HttpRequestMessage request, IEnumerable<KeyValuePair<string, TValue>>? headers, string parameterName)
        where TValue : class?
    {
        ArgumentNullException.ThrowIfNull(request);
        if (headers is null)
        {
            return;
        }

        List<string>? added = null;
        foreach (KeyValuePair<string, TValue> header in headers)
        {
            string name = header.Key;
            if (string.IsNullOrEmpty(name) || Routing.HeaderRules.FirstNonTokenCharacter(name) >= 0)
            {
                throw new ArgumentException(
                    parameterName + " holds a header name that is not an HTTP token (" + (name is null ? "null" : "\"" + Redaction.SingleLine(name, 64) + "\"")
                    + "); use only letters, digits and !#$%&'*+-.^_`|~.",
                    parameterName);
            }

            if (Routing.HeaderRules.IsCredential(name))
            {
                throw new ArgumentException(
                    parameterName + " holds the credential header '" + name + "', which the client's authentication sets; a header collection cannot send or replace it.",
                    parameterName);
            }

            if (header.Value is not string value)
            {
                continue;
            }

            ThrowIfInvalidHeaderValue(value, name, parameterName);
            bool again = added?.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) == true;
            if (Routing.HeaderRules.IsContentHeader(name))
            {
                System.Net.Http.HttpContent content = request.Content
                    ?? throw new ArgumentException(parameterName + " holds the content header '" + name + "', but the call sends no body for it to describe.", parameterName);
                if (!again)
                {
                    content.Headers.Remove(name);
                }

                content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                if (!again)
                {
                    request.Headers.Remove(name);
                }

                request.Headers.TryAddWithoutValidation(name, value);
            }

            (added ??= new List<string>()).Add(name);
        }
    }

    /// <summary>Throws when a header value holds a line break or NUL, which would let it forge other headers.</summary>
    public static void ThrowIfInvalidHeaderValue(string? value, string headerName, string parameterName)
    {
        if (value is not null && value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException(
                parameterName + " is sent as the header '" + headerName + "' and cannot contain a line break or NUL character.",
                parameterName);
        }
    }

    private static void ThrowInvalidSid(string? value, string prefix, string parameterName)
    {
        string message = SidPattern.Explain(value, prefix, parameterName);
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, message);
        }

        throw new ArgumentException(message, parameterName);
    }
}
