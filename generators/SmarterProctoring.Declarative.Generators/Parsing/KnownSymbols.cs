using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// The well-known types, resolved once per compilation and shared by the parser, the call-site analyzers and the
/// JSON description: one list of what the layer recognises.
/// </summary>
internal sealed class KnownSymbols
{
    // Every transform of one compilation shares one set: an edit re-runs all transforms, and resolving the same
    // eighteen types for each of them is work the incremental re-run would pay per method.
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> s_byCompilation = new();

    private KnownSymbols(Compilation compilation)
    {
        GetAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.GetAttribute);
        PostAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PostAttribute);
        PutAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PutAttribute);
        PatchAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PatchAttribute);
        DeleteAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.DeleteAttribute);
        HeadAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.HeadAttribute);
        OptionsAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.OptionsAttribute);
        SidAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.SidAttribute);
        BodyAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.BodyAttribute);
        QueryAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.QueryAttribute);
        FormAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.FormAttribute);
        MultipartAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.MultipartAttribute);
        PartAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PartAttribute);
        MultipartPart = compilation.GetTypeByMetadataName(KnownTypeNames.MultipartPart);
        FileInfo = compilation.GetTypeByMetadataName(KnownTypeNames.FileInfo);
        FileSystemInfo = compilation.GetTypeByMetadataName(KnownTypeNames.FileSystemInfo);
        ReadOnlyMemoryOfT = compilation.GetTypeByMetadataName(KnownTypeNames.ReadOnlyMemoryOfT);
        MemoryOfT = compilation.GetTypeByMetadataName(KnownTypeNames.MemoryOfT);
        HttpContent = compilation.GetTypeByMetadataName(KnownTypeNames.HttpContent);
        PropertyAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PropertyAttribute);
        HeadersAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.HeadersAttribute);
        TimeoutAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.TimeoutAttribute);
        HeaderCollectionAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.HeaderCollectionAttribute);
        HeaderAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.HeaderAttribute);
        PathAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PathAttribute);
        JsonContextAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.JsonContextAttribute);
        IdempotentAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.IdempotentAttribute);
        ApiResponse = compilation.GetTypeByMetadataName(KnownTypeNames.ApiResponse);
        ApiResponseWithoutContent = compilation.GetTypeByMetadataName(KnownTypeNames.ApiResponseWithoutContent);
        PagedAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PagedAttribute);
        PageOffsetAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PageOffsetAttribute);
        ErrorBodyAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.ErrorBodyAttribute);
        IAsyncEnumerableOfT = compilation.GetTypeByMetadataName(KnownTypeNames.IAsyncEnumerableOfT);
        Stream = compilation.GetTypeByMetadataName(KnownTypeNames.Stream);
        HttpResponseMessage = compilation.GetTypeByMetadataName(KnownTypeNames.HttpResponseMessage);
        Uri = compilation.GetTypeByMetadataName(KnownTypeNames.Uri);
        Task = compilation.GetTypeByMetadataName(KnownTypeNames.Task);
        TaskOfT = compilation.GetTypeByMetadataName(KnownTypeNames.TaskOfT);
        ValueTask = compilation.GetTypeByMetadataName(KnownTypeNames.ValueTask);
        ValueTaskOfT = compilation.GetTypeByMetadataName(KnownTypeNames.ValueTaskOfT);
        CancellationToken = compilation.GetTypeByMetadataName(KnownTypeNames.CancellationToken);
        IFormattable = compilation.GetTypeByMetadataName(KnownTypeNames.IFormattable);
        IEnumerableOfT = compilation.GetTypeByMetadataName(KnownTypeNames.IEnumerableOfT);
        HttpClient = compilation.GetTypeByMetadataName(KnownTypeNames.HttpClient);
        Json = new JsonTypes(compilation);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(ITypeSymbol Type, SymbolDisplayFormat Format), string> _names =
        new(new NameKeyComparer());

    /// <summary>
    /// <see cref="ISymbol.ToDisplayString(SymbolDisplayFormat)"/>, cached for the compilation: the same few types
    /// (string, CancellationToken, the models) are named by every method, and naming a type is not cheap.
    /// </summary>
    public string NameOf(ITypeSymbol type, SymbolDisplayFormat format) =>
        _names.GetOrAdd((type, format), static key => key.Type.ToDisplayString(key.Format));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, JsonContextTypes> _contextTypes =
        new(SymbolEqualityComparer.Default);

    /// <summary>The types a user's JSON context has metadata for, worked out once per compilation however many interfaces name it.</summary>
    public JsonContextTypes ContextTypes(INamedTypeSymbol context) =>
        _contextTypes.GetOrAdd(context, c => new JsonContextTypes(c, Json));

    public static KnownSymbols For(Compilation compilation) =>
        s_byCompilation.GetValue(compilation, static c => new KnownSymbols(c));

    public INamedTypeSymbol? GetAttribute { get; }

    public INamedTypeSymbol? PostAttribute { get; }

    public INamedTypeSymbol? PutAttribute { get; }

    public INamedTypeSymbol? PatchAttribute { get; }

    public INamedTypeSymbol? DeleteAttribute { get; }

    public INamedTypeSymbol? HeadAttribute { get; }

    public INamedTypeSymbol? OptionsAttribute { get; }

    public INamedTypeSymbol? SidAttribute { get; }

    public INamedTypeSymbol? BodyAttribute { get; }

    public INamedTypeSymbol? QueryAttribute { get; }

    public INamedTypeSymbol? FormAttribute { get; }

    public INamedTypeSymbol? MultipartAttribute { get; }

    public INamedTypeSymbol? PartAttribute { get; }

    public INamedTypeSymbol? MultipartPart { get; }

    public INamedTypeSymbol? FileInfo { get; }

    public INamedTypeSymbol? FileSystemInfo { get; }

    public INamedTypeSymbol? ReadOnlyMemoryOfT { get; }

    public INamedTypeSymbol? MemoryOfT { get; }

    public INamedTypeSymbol? HttpContent { get; }

    public INamedTypeSymbol? PropertyAttribute { get; }

    public INamedTypeSymbol? HeadersAttribute { get; }

    public INamedTypeSymbol? TimeoutAttribute { get; }

    public INamedTypeSymbol? HeaderCollectionAttribute { get; }

    public INamedTypeSymbol? HeaderAttribute { get; }

    public INamedTypeSymbol? PathAttribute { get; }

    public INamedTypeSymbol? JsonContextAttribute { get; }

    public INamedTypeSymbol? IdempotentAttribute { get; }

    public INamedTypeSymbol? ApiResponse { get; }

    /// <summary>The non-generic <c>ApiResponse</c>: status and headers, no content.</summary>
    public INamedTypeSymbol? ApiResponseWithoutContent { get; }

    public INamedTypeSymbol? PagedAttribute { get; }

    public INamedTypeSymbol? PageOffsetAttribute { get; }

    public INamedTypeSymbol? ErrorBodyAttribute { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? HttpResponseMessage { get; }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? IFormattable { get; }

    public INamedTypeSymbol? IEnumerableOfT { get; }

    public INamedTypeSymbol? HttpClient { get; }

    /// <summary>The System.Text.Json types.</summary>
    public JsonTypes Json { get; }

    /// <summary>True when the declaration attributes are referenced at all (else nothing here applies).</summary>
    public bool HasDeclarationAttributes => GetAttribute is not null;

    /// <summary>True when <paramref name="type"/> derives from <c>JsonSerializerContext</c>.</summary>
    public bool IsJsonSerializerContext(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (Is(current, Json.SerializerContext))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb an attribute class stands for, or null when it is not a verb attribute.</summary>
    public Model.HttpVerb? VerbOf(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return null;
        }

        if (Is(attributeClass, GetAttribute))
        {
            return Model.HttpVerb.Get;
        }

        if (Is(attributeClass, PostAttribute))
        {
            return Model.HttpVerb.Post;
        }

        if (Is(attributeClass, PutAttribute))
        {
            return Model.HttpVerb.Put;
        }

        if (Is(attributeClass, PatchAttribute))
        {
            return Model.HttpVerb.Patch;
        }

        if (Is(attributeClass, DeleteAttribute))
        {
            return Model.HttpVerb.Delete;
        }

        return Is(attributeClass, HeadAttribute) ? Model.HttpVerb.Head
            : Is(attributeClass, OptionsAttribute) ? Model.HttpVerb.Options
            : null;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    private sealed class NameKeyComparer : System.Collections.Generic.IEqualityComparer<(ITypeSymbol Type, SymbolDisplayFormat Format)>
    {
        public bool Equals((ITypeSymbol Type, SymbolDisplayFormat Format) x, (ITypeSymbol Type, SymbolDisplayFormat Format) y) =>
            ReferenceEquals(x.Format, y.Format) && SymbolEqualityComparer.IncludeNullability.Equals(x.Type, y.Type);

        public int GetHashCode((ITypeSymbol Type, SymbolDisplayFormat Format) key) =>
            SymbolEqualityComparer.IncludeNullability.GetHashCode(key.Type);
    }
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
        RequiredAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonRequiredAttribute");
        PropertyOrderAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyOrderAttribute");
        PropertyNameAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        ConstructorAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConstructorAttribute");
        ExtensionDataAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonExtensionDataAttribute");
        NumberHandlingAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonNumberHandlingAttribute");
        ObjectCreationHandlingAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonObjectCreationHandlingAttribute");
        StringEnumConverter = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumConverter");
        StringEnumConverterOfT = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumConverter`1");
        StringEnumMemberNameAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute");
        FlagsAttribute = compilation.GetTypeByMetadataName("System.FlagsAttribute");
        SetsRequiredMembersAttribute = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
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

    public INamedTypeSymbol? RequiredAttribute { get; }

    public INamedTypeSymbol? PropertyOrderAttribute { get; }

    public INamedTypeSymbol? PropertyNameAttribute { get; }

    public INamedTypeSymbol? ConstructorAttribute { get; }

    public INamedTypeSymbol? ExtensionDataAttribute { get; }

    public INamedTypeSymbol? NumberHandlingAttribute { get; }

    public INamedTypeSymbol? ObjectCreationHandlingAttribute { get; }

    public INamedTypeSymbol? StringEnumConverter { get; }

    public INamedTypeSymbol? StringEnumConverterOfT { get; }

    /// <summary>System.Text.Json 9's <c>[JsonStringEnumMemberName]</c>; null on earlier versions.</summary>
    public INamedTypeSymbol? StringEnumMemberNameAttribute { get; }

    /// <summary><c>[Flags]</c>: a string enum's combinations are written as lists of names.</summary>
    public INamedTypeSymbol? FlagsAttribute { get; }

    /// <summary><c>[SetsRequiredMembers]</c>: a constructor that sets the required members itself.</summary>
    public INamedTypeSymbol? SetsRequiredMembersAttribute { get; }

    public INamedTypeSymbol? IDictionaryOfTKeyTValue { get; }

    public INamedTypeSymbol? IReadOnlyDictionaryOfTKeyTValue { get; }

    public INamedTypeSymbol? IEnumerableOfT { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol? KeyValuePair { get; }

    public INamedTypeSymbol? MemoryOfT { get; }

    public INamedTypeSymbol? ReadOnlyMemoryOfT { get; }
}
