using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Appends query parameters to a request path with a pooled buffer, producing the URI string in one allocation.
/// Null values are left out; collections add one <c>name=value</c> pair per non-null element; values are
/// percent-encoded, and so are names unless they are passed already escaped. Called by generated code; not meant to
/// be called by hand.
/// </summary>
/// <remarks>
/// A builder makes one URI. <see cref="Build"/> returns it and gives the buffer back to the pool; an append that
/// throws gives the buffer back too, since the generated code has no <c>finally</c> to do it in. After either, every
/// append and <see cref="Build"/> throws <see cref="InvalidOperationException"/>, so nothing can write to or read
/// from a buffer the pool may have handed to someone else. <see cref="ToString"/> never consumes the builder. A copy
/// of the struct shares its buffer, so a builder is used through one variable.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct RequestUriBuilder
{
    private readonly ArrayPool<char> _pool;
    private char[]? _buffer;
    private int _length;
    private bool _hasQuery;
    private bool _isForm;
    private string? _uri;

    /// <summary>Starts from a path that is already escaped.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public RequestUriBuilder(string path)
        : this(path, ArrayPool<char>.Shared)
    {
    }

    /// <summary>Starts from a path that is already escaped, renting from <paramref name="pool"/> (tests watch it).</summary>
    internal RequestUriBuilder(string path, ArrayPool<char> pool)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        _buffer = pool.Rent(Math.Max(256, path.Length * 2));
        path.CopyTo(0, _buffer, 0, path.Length);
        _length = path.Length;
        _hasQuery = path.Contains('?', StringComparison.Ordinal);
    }

    /// <summary>
    /// A builder of an <c>application/x-www-form-urlencoded</c> body rather than a URI: the same pairs with the same
    /// escaping, without a path or a leading <c>?</c>; <see cref="BuildFormContent"/> makes the body.
    /// </summary>
    public static RequestUriBuilder ForForm() => new(string.Empty, ArrayPool<char>.Shared) { _isForm = true };

    /// <summary>Adds <c>name=value</c> unless <paramref name="value"/> is null.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery(string name, string? value) => AppendValue(name, nameIsEscaped: false, value);

    /// <summary>Adds <c>name=true</c> or <c>name=false</c> unless <paramref name="value"/> is null.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery(string name, bool? value) => AppendValue(name, nameIsEscaped: false, FormatBoolean(value));

    /// <summary>Adds a number, date, GUID or enum formatted with the invariant culture.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery<T>(string name, T value)
        where T : struct, IFormattable =>
        AppendFormatted(name, nameIsEscaped: false, value);

    /// <summary>Adds a number, date, GUID or enum formatted with the invariant culture, unless it is null.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery<T>(string name, T? value)
        where T : struct, IFormattable =>
        AppendNullableFormatted(name, nameIsEscaped: false, value);

    /// <summary>Adds one pair per non-null element.</summary>
    /// <exception cref="ArgumentException">An element holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery(string name, IEnumerable<string?>? values) => AppendValues(name, nameIsEscaped: false, values);

    /// <summary>Adds one pair per element, formatted with the invariant culture.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQuery<T>(string name, IEnumerable<T>? values)
        where T : struct, IFormattable =>
        AppendFormattedValues(name, nameIsEscaped: false, values);

    /// <summary>
    /// Adds <c>escapedName=value</c> unless <paramref name="value"/> is null. The name is written as given: it must
    /// already be percent-encoded the way <see cref="Uri.EscapeDataString(string)"/> encodes it (the generator
    /// escapes its constant names once, at compile time).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName(string escapedName, string? value) => AppendValue(escapedName, nameIsEscaped: true, value);

    /// <summary>Adds <c>escapedName=true</c> or <c>escapedName=false</c> unless <paramref name="value"/> is null; the name is written as given.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName(string escapedName, bool? value) =>
        AppendValue(escapedName, nameIsEscaped: true, FormatBoolean(value));

    /// <summary>Adds a number, date, GUID or enum formatted with the invariant culture; the name is written as given.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, T value)
        where T : struct, IFormattable =>
        AppendFormatted(escapedName, nameIsEscaped: true, value);

    /// <summary>
    /// Adds a number, date, GUID or enum formatted with the invariant culture, unless it is null; the name is written
    /// as given.
    /// </summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, T? value)
        where T : struct, IFormattable =>
        AppendNullableFormatted(escapedName, nameIsEscaped: true, value);

    /// <summary>Adds one pair per non-null element; the name is written as given.</summary>
    /// <exception cref="ArgumentException">An element holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName(string escapedName, IEnumerable<string?>? values) =>
        AppendValues(escapedName, nameIsEscaped: true, values);

    /// <summary>Adds one pair per element, formatted with the invariant culture; the name is written as given.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, IEnumerable<T>? values)
        where T : struct, IFormattable =>
        AppendFormattedValues(escapedName, nameIsEscaped: true, values);

    /// <summary>Adds a value formatted with <paramref name="format"/> and the invariant culture; the name is written as given.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of <typeparamref name="T"/>.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, T value, string format)
        where T : struct, IFormattable =>
        AppendFormatted(escapedName, nameIsEscaped: true, value, format);

    /// <summary>Adds a value formatted with <paramref name="format"/>, unless it is null; the name is written as given.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of <typeparamref name="T"/>.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, T? value, string format)
        where T : struct, IFormattable =>
        AppendNullableFormatted(escapedName, nameIsEscaped: true, value, format);

    /// <summary>Adds one pair per element, formatted with <paramref name="format"/>; the name is written as given.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of <typeparamref name="T"/>.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, IEnumerable<T>? values, string format)
        where T : struct, IFormattable =>
        AppendFormattedValues(escapedName, nameIsEscaped: true, values, format);

    /// <summary>Adds one pair per element, written by <paramref name="text"/> (the JSON names of an enum); the name is written as given.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryWithEscapedName<T>(string escapedName, IEnumerable<T>? values, Func<T, string> text)
        where T : struct
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        try
        {
            foreach (T value in values)
            {
                AppendPair(escapedName, nameIsEscaped: true, text(value));
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>
    /// Adds one pair holding every non-null element, separated as <paramref name="collectionFormat"/> says (a
    /// separator inside an element is escaped, so the elements can be told apart); nothing when there is none.
    /// </summary>
    /// <exception cref="ArgumentException">An element holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryJoinedWithEscapedName(string escapedName, IEnumerable<string?>? values, QueryCollectionFormat collectionFormat)
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        try
        {
            bool first = true;
            foreach (string? value in values)
            {
                if (value is not null)
                {
                    AppendJoined(escapedName, first, collectionFormat, value);
                    first = false;
                }
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>Adds one pair holding every element formatted with the invariant culture (or <paramref name="format"/>), joined.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryJoinedWithEscapedName<T>(string escapedName, IEnumerable<T>? values, QueryCollectionFormat collectionFormat, string? format = null)
        where T : struct, IFormattable
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        try
        {
            bool first = true;
            foreach (T value in values)
            {
                AppendJoined(escapedName, first, collectionFormat, Format(value, format));
                first = false;
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>Adds one pair holding every element written by <paramref name="text"/> (the JSON names of an enum), joined.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryJoinedWithEscapedName<T>(string escapedName, IEnumerable<T>? values, QueryCollectionFormat collectionFormat, Func<T, string> text)
        where T : struct
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        try
        {
            bool first = true;
            foreach (T value in values)
            {
                AppendJoined(escapedName, first, collectionFormat, text(value));
                first = false;
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>
    /// Adds each pair of a map whose value is not null, the names escaped here and, with a non-empty
    /// <paramref name="escapedPrefix"/>, written as <c>prefix.name</c>. A null or empty name is refused, naming
    /// <paramref name="parameterName"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A name is null or empty, or a name or value holds an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public void AppendQueryPairs<TValue>(string escapedPrefix, IEnumerable<KeyValuePair<string, TValue>>? pairs, string parameterName)
        where TValue : class?
    {
        ThrowIfFinished();
        if (pairs is null)
        {
            return;
        }

        try
        {
            foreach (KeyValuePair<string, TValue> pair in pairs)
            {
                if (string.IsNullOrEmpty(pair.Key))
                {
                    throw new ArgumentException("'" + parameterName + "' holds a pair without a name; every pair it sends needs a non-empty name.", parameterName);
                }

                if (pair.Value is string value)
                {
                    int lone = RequestArguments.IndexOfLoneSurrogate(pair.Key);
                    if (lone >= 0)
                    {
                        throw RequestArguments.LoneSurrogate(parameterName, lone);
                    }

                    string name = Uri.EscapeDataString(pair.Key);
                    AppendPair(escapedPrefix.Length == 0 ? name : escapedPrefix + "." + name, nameIsEscaped: true, value);
                }
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>Returns the URI and gives the buffer back to the pool. A builder builds once.</summary>
    /// <exception cref="InvalidOperationException">The URI was already built, or an earlier append failed.</exception>
    public string Build()
    {
        ThrowIfFinished();
        string uri = new(_buffer, 0, _length);
        _uri = uri;
        Release();
        return uri;
    }

    /// <summary>
    /// Returns the form body (from <see cref="ForForm"/>): its ASCII bytes, typed
    /// <c>application/x-www-form-urlencoded</c>, with their length; gives the buffer back to the pool.
    /// </summary>
    /// <exception cref="InvalidOperationException">The body was already built, an earlier append failed, or this builder makes a URI.</exception>
    public System.Net.Http.HttpContent BuildFormContent()
    {
        ThrowIfFinished();
        if (!_isForm)
        {
            throw new InvalidOperationException("This RequestUriBuilder makes a URI, not a form body; create one with RequestUriBuilder.ForForm().");
        }

        // Every character is escaped to ASCII, so each char is one byte.
        byte[] bytes = new byte[_length];
        for (int i = 0; i < _length; i++)
        {
            bytes[i] = (byte)_buffer[i];
        }

        _uri = string.Empty;
        Release();
        var content = new System.Net.Http.ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>
    /// The URI so far, without consuming the builder (a debugger may call this at any time); after
    /// <see cref="Build"/>, the URI it returned; empty after a failed append.
    /// </summary>
    public override readonly string ToString() =>
        _uri ?? (_buffer is null ? string.Empty : new string(_buffer, 0, _length));

    private static string? FormatBoolean(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private void AppendValue(string name, bool nameIsEscaped, string? value)
    {
        ThrowIfFinished();
        if (value is null)
        {
            return;
        }

        try
        {
            AppendPair(name, nameIsEscaped, value);
        }
        catch
        {
            Release();
            throw;
        }
    }

    private void AppendFormatted<T>(string name, bool nameIsEscaped, T value, string? format = null)
        where T : struct, IFormattable
    {
        ThrowIfFinished();
        try
        {
            AppendPair(name, nameIsEscaped, Format(value, format));
        }
        catch
        {
            Release();
            throw;
        }
    }

    private void AppendNullableFormatted<T>(string name, bool nameIsEscaped, T? value, string? format = null)
        where T : struct, IFormattable
    {
        if (value is T present)
        {
            AppendFormatted(name, nameIsEscaped, present, format);
        }
        else
        {
            ThrowIfFinished();
        }
    }

    private void AppendValues(string name, bool nameIsEscaped, IEnumerable<string?>? values)
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        // The collection is the caller's: its enumerator may throw as well as a value may be refused.
        try
        {
            foreach (string? value in values)
            {
                if (value is not null)
                {
                    AppendPair(name, nameIsEscaped, value);
                }
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    private void AppendFormattedValues<T>(string name, bool nameIsEscaped, IEnumerable<T>? values, string? format = null)
        where T : struct, IFormattable
    {
        ThrowIfFinished();
        if (values is null)
        {
            return;
        }

        try
        {
            foreach (T value in values)
            {
                AppendPair(name, nameIsEscaped, Format(value, format));
            }
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>The declared format when there is one, else the ISO-8601 or invariant default.</summary>
    private static string Format<T>(T value, string? format)
        where T : struct, IFormattable =>
        format is null ? RequestArguments.FormatValue(value) : RequestArguments.FormatValue(value, format);

    private void AppendPair(string name, bool nameIsEscaped, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        int lone = RequestArguments.IndexOfLoneSurrogate(value);
        if (lone >= 0)
        {
            // The error names the parameter as declared, not as escaped for the URI.
            throw RequestArguments.LoneSurrogate(nameIsEscaped ? Uri.UnescapeDataString(name) : name, lone);
        }

        string escapedName = nameIsEscaped ? name : Uri.EscapeDataString(name);
        string escapedValue = Uri.EscapeDataString(value);
        Append(_hasQuery ? "&" : _isForm ? string.Empty : "?");
        _hasQuery = true;
        Append(escapedName);
        Append("=");
        Append(escapedValue);
    }

    /// <summary>Adds one element of a joined pair: the pair itself for the <paramref name="first"/>, else the separator and the element.</summary>
    private void AppendJoined(string escapedName, bool first, QueryCollectionFormat collectionFormat, string value)
    {
        if (first)
        {
            AppendPair(escapedName, nameIsEscaped: true, value);
            return;
        }

        int lone = RequestArguments.IndexOfLoneSurrogate(value);
        if (lone >= 0)
        {
            throw RequestArguments.LoneSurrogate(Uri.UnescapeDataString(escapedName), lone);
        }

        Append(collectionFormat switch
        {
            QueryCollectionFormat.Ssv => "%20",
            QueryCollectionFormat.Tsv => "%09",
            QueryCollectionFormat.Pipes => "%7C",
            _ => ",",
        });
        Append(Uri.EscapeDataString(value));
    }

    private void Append(string text)
    {
        char[] buffer = _buffer!;
        if (_length + text.Length > buffer.Length)
        {
            char[] larger = _pool.Rent(Math.Max(buffer.Length * 2, _length + text.Length));
            Array.Copy(buffer, larger, _length);
            _buffer = larger;
            _pool.Return(buffer);
            buffer = larger;
        }

        text.CopyTo(0, buffer, _length, text.Length);
        _length += text.Length;
    }

    [MemberNotNull(nameof(_buffer))]
    private readonly void ThrowIfFinished()
    {
        if (_buffer is null)
        {
            throw new InvalidOperationException(_uri is not null
                ? "This RequestUriBuilder already built its URI; a builder builds one URI."
                : "This RequestUriBuilder cannot be used: an earlier append failed and gave its buffer back, or it was not created from a path.");
        }
    }

    /// <summary>Gives the buffer back; clearing the field first means it can be given back only once.</summary>
    private void Release()
    {
        char[]? buffer = _buffer;
        _buffer = null;
        _length = 0;
        if (buffer is not null)
        {
            _pool.Return(buffer);
        }
    }
}
