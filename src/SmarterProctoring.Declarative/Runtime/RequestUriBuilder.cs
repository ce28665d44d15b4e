using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Appends query parameters to a request path with a pooled buffer, producing the URI string in one allocation.
/// Null values are left out; collections add one <c>name=value</c> pair per non-null element; names and values are
/// percent-encoded. Called by generated code; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct RequestUriBuilder
{
    private char[] _buffer;
    private int _length;
    private bool _hasQuery;

    /// <summary>Starts from a path that is already escaped.</summary>
    public RequestUriBuilder(string path)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, path.Length * 2));
        path.CopyTo(0, _buffer, 0, path.Length);
        _length = path.Length;
        _hasQuery = path.Contains('?', StringComparison.Ordinal);
    }

    /// <summary>Adds <c>name=value</c> unless <paramref name="value"/> is null.</summary>
    public void AppendQuery(string name, string? value)
    {
        if (value is not null)
        {
            AppendPair(name, value);
        }
    }

    /// <summary>Adds <c>name=true</c> or <c>name=false</c> unless <paramref name="value"/> is null.</summary>
    public void AppendQuery(string name, bool? value)
    {
        if (value is bool flag)
        {
            AppendPair(name, flag ? "true" : "false");
        }
    }

    /// <summary>Adds a number, date, GUID or enum formatted with the invariant culture.</summary>
    public void AppendQuery<T>(string name, T value)
        where T : struct, IFormattable =>
        AppendPair(name, value.ToString(null, CultureInfo.InvariantCulture));

    /// <summary>Adds a number, date, GUID or enum formatted with the invariant culture, unless it is null.</summary>
    public void AppendQuery<T>(string name, T? value)
        where T : struct, IFormattable
    {
        if (value is T present)
        {
            AppendPair(name, present.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Adds one pair per non-null element.</summary>
    public void AppendQuery(string name, IEnumerable<string?>? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (string? value in values)
        {
            AppendQuery(name, value);
        }
    }

    /// <summary>Adds one pair per element, formatted with the invariant culture.</summary>
    public void AppendQuery<T>(string name, IEnumerable<T>? values)
        where T : struct, IFormattable
    {
        if (values is null)
        {
            return;
        }

        foreach (T value in values)
        {
            AppendPair(name, value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Returns the URI and gives the buffer back to the pool.</summary>
    public override string ToString()
    {
        string result = new string(_buffer, 0, _length);
        char[] buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return result;
    }

    private void AppendPair(string name, string value)
    {
        RequestArguments.ThrowIfLoneSurrogate(value, name);
        Append(_hasQuery ? "&" : "?");
        _hasQuery = true;
        Append(Uri.EscapeDataString(name));
        Append("=");
        Append(Uri.EscapeDataString(value));
    }

    private void Append(string text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + text.Length));
            Array.Copy(_buffer, larger, _length);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        text.CopyTo(0, _buffer, _length, text.Length);
        _length += text.Length;
    }
}
