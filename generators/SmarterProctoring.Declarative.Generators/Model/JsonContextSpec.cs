namespace SmarterProctoring.Declarative.Generators.Model;

/// <summary>
/// The JSON context the generator writes for an interface that names none: the options and every type reachable
/// from the interface's bodies and results, described for System.Text.Json's metadata APIs.
/// </summary>
/// <param name="Options">The <c>JsonSerializerOptions</c> initializers, as <c>Name = value</c> C# text, in order.</param>
/// <param name="Types">Every type the context describes, in discovery order.</param>
/// <param name="HasMemberInitializerApi">True when the referenced System.Text.Json (9 or later) has <c>IsMemberInitializer</c>.</param>
internal sealed record JsonContextSpec(
    EquatableArray<string> Options,
    EquatableArray<JsonTypeModel> Types,
    bool HasMemberInitializerApi);

/// <summary>How a type is read and written.</summary>
internal enum JsonTypeKind
{
    /// <summary>A built-in converter of <c>JsonMetadataServices</c> (numbers, strings, dates, <c>JsonElement</c>…).</summary>
    Value,
    Enum,
    Nullable,
    Array,
    List,
    IList,
    Enumerable,
    Dictionary,
    ReadOnlyDictionary,
    Object,

    /// <summary>A type with <c>[JsonConverter]</c> on its declaration.</summary>
    Converted,
}

/// <summary>One type of the context.</summary>
/// <param name="FullName">The fully qualified type (nullable value types keep <c>?</c>).</param>
/// <param name="MemberName">The context property that exposes its metadata, such as <c>IReadOnlyListString</c>.</param>
/// <param name="Kind">How it is read and written.</param>
/// <param name="Converter">For <see cref="JsonTypeKind.Value"/>, the <c>JsonMetadataServices</c> converter property; for <see cref="JsonTypeKind.Converted"/>, the converter type.</param>
/// <param name="ElementType">The element (collections), value (dictionaries) or underlying (nullable) type.</param>
/// <param name="Object">For <see cref="JsonTypeKind.Object"/>, its members and how it is created.</param>
internal sealed record JsonTypeModel(
    string FullName,
    string MemberName,
    JsonTypeKind Kind,
    string? Converter,
    string? ElementType,
    JsonObjectModel? Object);

/// <summary>How an object type is created and which members it has.</summary>
/// <param name="ParameterlessCreator">True when <c>new T()</c> creates it and no member needs an initializer.</param>
/// <param name="ConstructorParameters">The constructor's parameters, then the required and init-only members, as STJ binds them.</param>
/// <param name="ConstructorArity">How many of <paramref name="ConstructorParameters"/> are real constructor parameters.</param>
/// <param name="Properties">The serialized properties in the order System.Text.Json's generator lists them.</param>
/// <param name="RequiredFromParameters">C# <c>required</c> members a constructor parameter binds: set in the creation's object initializer from that parameter's argument, as <c>new T(...)</c> must.</param>
internal sealed record JsonObjectModel(
    bool ParameterlessCreator,
    EquatableArray<JsonParameterModel> ConstructorParameters,
    int ConstructorArity,
    EquatableArray<JsonPropertyModel> Properties,
    EquatableArray<JsonBoundMember> RequiredFromParameters);

/// <summary>A member set from the constructor argument at <paramref name="Position"/>.</summary>
internal sealed record JsonBoundMember(string Name, int Position);

/// <summary>A constructor parameter or member initializer.</summary>
internal sealed record JsonParameterModel(
    string Name,
    string Type,
    bool HasDefaultValue,
    string? DefaultValue,
    bool IsNullable,
    bool IsMemberInitializer);

/// <summary>One property as System.Text.Json's <c>JsonPropertyInfoValues&lt;T&gt;</c> describes it.</summary>
internal sealed record JsonPropertyModel(
    string Name,
    string Type,
    string DeclaringType,
    string DeclaringTypeName,
    bool IsVirtual,
    bool HasGetter,
    JsonSetterKind Setter,
    string? IgnoreCondition,
    bool HasJsonInclude,
    bool IsRequired,
    string? JsonName,
    int? Order,
    string? ConverterType,
    string? NullableUnderlyingType,
    bool GetsNonNull,
    bool SetsNonNull);

/// <summary>How a property is assigned when reading.</summary>
internal enum JsonSetterKind
{
    None,
    Settable,
    InitOnly,
}
