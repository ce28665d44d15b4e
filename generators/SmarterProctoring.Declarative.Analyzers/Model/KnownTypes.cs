using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>The types the analyzers recognise, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation)
    {
        GetAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.GetAttribute");
        PostAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.PostAttribute");
        PutAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.PutAttribute");
        PatchAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.PatchAttribute");
        DeleteAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.DeleteAttribute");
        SidAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.SidAttribute");
        BodyAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.BodyAttribute");
        QueryAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.QueryAttribute");
        HeaderAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.HeaderAttribute");
        JsonContextAttribute = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.JsonContextAttribute");
        ApiResponse = compilation.GetTypeByMetadataName("SmarterProctoring.Declarative.ApiResponse`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        IFormattable = compilation.GetTypeByMetadataName("System.IFormattable");
        IEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        Json = new JsonTypes(compilation);
    }

    public INamedTypeSymbol? GetAttribute { get; }

    public INamedTypeSymbol? PostAttribute { get; }

    public INamedTypeSymbol? PutAttribute { get; }

    public INamedTypeSymbol? PatchAttribute { get; }

    public INamedTypeSymbol? DeleteAttribute { get; }

    public INamedTypeSymbol? SidAttribute { get; }

    public INamedTypeSymbol? BodyAttribute { get; }

    public INamedTypeSymbol? QueryAttribute { get; }

    public INamedTypeSymbol? HeaderAttribute { get; }

    public INamedTypeSymbol? JsonContextAttribute { get; }

    public INamedTypeSymbol? ApiResponse { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? IFormattable { get; }

    public INamedTypeSymbol? IEnumerableOfT { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public JsonTypes Json { get; }

    /// <summary>The known types, or null when the compilation does not reference SmarterProctoring.Declarative.</summary>
    public static KnownTypes? TryCreate(Compilation compilation)
    {
        var known = new KnownTypes(compilation);
        return known.GetAttribute is null ? null : known;
    }

    /// <summary>The HTTP method an attribute class stands for (<c>GET</c>…), or null when it is not a verb attribute.</summary>
    public string? VerbOf(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return null;
        }

        if (Is(attributeClass, GetAttribute))
        {
            return "GET";
        }

        if (Is(attributeClass, PostAttribute))
        {
            return "POST";
        }

        if (Is(attributeClass, PutAttribute))
        {
            return "PUT";
        }

        if (Is(attributeClass, PatchAttribute))
        {
            return "PATCH";
        }

        return Is(attributeClass, DeleteAttribute) ? "DELETE" : null;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}

/// <summary>The System.Text.Json types that decide which types a <c>JsonSerializerContext</c> has metadata for.</summary>
internal sealed class JsonTypes
{
    public JsonTypes(Compilation compilation)
    {
        SerializerContext = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
        SerializableAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");
        IgnoreAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute");
        IncludeAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIncludeAttribute");
        DerivedTypeAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonDerivedTypeAttribute");
        ConverterAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConverterAttribute");
        IDictionaryOfTKeyTValue = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
        IReadOnlyDictionaryOfTKeyTValue = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
        IEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        IAsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        KeyValuePair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
        MemoryOfT = compilation.GetTypeByMetadataName("System.Memory`1");
        ReadOnlyMemoryOfT = compilation.GetTypeByMetadataName("System.ReadOnlyMemory`1");
    }

    public INamedTypeSymbol? SerializerContext { get; }

    public INamedTypeSymbol? SerializableAttribute { get; }

    public INamedTypeSymbol? IgnoreAttribute { get; }

    public INamedTypeSymbol? IncludeAttribute { get; }

    public INamedTypeSymbol? DerivedTypeAttribute { get; }

    public INamedTypeSymbol? ConverterAttribute { get; }

    public INamedTypeSymbol? IDictionaryOfTKeyTValue { get; }

    public INamedTypeSymbol? IReadOnlyDictionaryOfTKeyTValue { get; }

    public INamedTypeSymbol? IEnumerableOfT { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol? KeyValuePair { get; }

    public INamedTypeSymbol? MemoryOfT { get; }

    public INamedTypeSymbol? ReadOnlyMemoryOfT { get; }
}
