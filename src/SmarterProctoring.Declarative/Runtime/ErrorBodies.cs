using System;
using System.ComponentModel;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// The error body types a call declares with <c>[ErrorBody]</c>, in the order they are tried: the first whose status
/// matches (0 matches any) is read. Generated code puts them on the request's options, where the reader of a failed
/// answer finds them. Called by generated code; not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ErrorBodies
{
    /// <summary>The request option that carries a call's error bodies to the reader of its answer.</summary>
    public static readonly HttpRequestOptionsKey<ErrorBodies> Key = new("SmarterProctoring.ErrorBodies");

    private readonly int[] _statuses;
    private readonly JsonTypeInfo[] _types;

    /// <summary>Pairs each status with the type read for it, in precedence order.</summary>
    public ErrorBodies(int[] statuses, JsonTypeInfo[] types)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(types);
        if (statuses.Length != types.Length)
        {
            throw new ArgumentException("Each status needs one type.", nameof(types));
        }

        _statuses = statuses;
        _types = types;
    }

    /// <summary>The error body read as its declared type, or null when none applies or the text is not that type.</summary>
    internal object? Read(int status, string? text, bool isTruncated)
    {
        if (text is null || isTruncated)
        {
            return null;
        }

        for (int i = 0; i < _statuses.Length; i++)
        {
            if (_statuses[i] == status || _statuses[i] == 0)
            {
                try
                {
                    return JsonSerializer.Deserialize(text, _types[i]);
                }
                catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
                {
                    // Not the declared error type: the text stays in Content, and no second exception is thrown.
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The error bodies a request carries, or null.</summary>
    internal static ErrorBodies? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out ErrorBodies? bodies) ? bodies : null;
}
