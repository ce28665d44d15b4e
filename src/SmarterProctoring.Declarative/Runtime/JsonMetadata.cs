using System;
using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>Finds JSON metadata in a context without reflection. Called by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonMetadata
{
    /// <summary>
    /// Returns the context's metadata for <typeparamref name="T"/>, or throws an error that says which
    /// <c>[JsonSerializable]</c> line the context is missing.
    /// </summary>
    public static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException(
                context.GetType().Name + " has no JSON metadata for " + typeof(T).Name
                + ". Add [JsonSerializable(typeof(" + typeof(T).Name + "))] to it.");
    }
}
