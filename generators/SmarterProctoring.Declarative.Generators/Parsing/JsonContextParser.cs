using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Describes the types an interface reads and writes for a generated <c>JsonSerializerContext</c>, following the
/// binding rules of System.Text.Json's own generator (constructor choice, member initializers, attributes), so the
/// JSON is the same byte for byte. Anything outside the supported shapes becomes a problem naming the type and
/// member, and the user is told to declare a context with <c>[JsonContext]</c>.
/// </summary>
internal sealed class JsonContextParser
{
    private const string StjSerialization = "System.Text.Json.Serialization.";

    private static readonly SymbolDisplayFormat s_format = SymbolDisplayFormat.FullyQualifiedFormat;

    private static readonly Dictionary<string, string> s_valueConverters = new()
    {
        ["System.Boolean"] = "BooleanConverter",
        ["System.Byte"] = "ByteConverter",
        ["System.SByte"] = "SByteConverter",
        ["System.Char"] = "CharConverter",
        ["System.Int16"] = "Int16Converter",
        ["System.UInt16"] = "UInt16Converter",
        ["System.Int32"] = "Int32Converter",
        ["System.UInt32"] = "UInt32Converter",
        ["System.Int64"] = "Int64Converter",
        ["System.UInt64"] = "UInt64Converter",
        ["System.Int128"] = "Int128Converter",
        ["System.UInt128"] = "UInt128Converter",
        ["System.Half"] = "HalfConverter",
        ["System.Single"] = "SingleConverter",
        ["System.Double"] = "DoubleConverter",
        ["System.Decimal"] = "DecimalConverter",
        ["System.String"] = "StringConverter",
        ["System.DateTime"] = "DateTimeConverter",
        ["System.DateTimeOffset"] = "DateTimeOffsetConverter",
        ["System.DateOnly"] = "DateOnlyConverter",
        ["System.TimeOnly"] = "TimeOnlyConverter",
        ["System.TimeSpan"] = "TimeSpanConverter",
        ["System.Guid"] = "GuidConverter",
        ["System.Uri"] = "UriConverter",
        ["System.Version"] = "VersionConverter",
        ["System.Text.Json.JsonElement"] = "JsonElementConverter",
        ["System.Text.Json.JsonDocument"] = "JsonDocumentConverter",
        ["System.Text.Json.Nodes.JsonNode"] = "JsonNodeConverter",
        ["System.Text.Json.Nodes.JsonObject"] = "JsonObjectConverter",
        ["System.Text.Json.Nodes.JsonArray"] = "JsonArrayConverter",
        ["System.Text.Json.Nodes.JsonValue"] = "JsonValueConverter",
    };

    /// <summary>
    /// Each type's description, once per compilation: interfaces that share models share their descriptions. A
    /// description depends on the type and on whether it is optional, never on the interface that reaches it (its
    /// paths are relative, its member name is given by each context).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, System.Collections.Concurrent.ConcurrentDictionary<(string FullName, bool Optional), Description>> s_descriptions = new();

    [System.ThreadStatic]
    private static int s_descriptionsOnThisThread;

    private readonly List<JsonTypeModel> _types = new();
    /// <summary>Names the emitted context declares or inherits, which no type's members may take.</summary>
    private static readonly HashSet<string> s_contextMembers = new(System.StringComparer.Ordinal)
    {
        "Options", "Default", "GetTypeInfo", "GeneratedSerializerOptions", "ExpandConverter", "GetConverterForNullableProperty",
        "s_defaultOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "JsonContext",
    };

    private readonly HashSet<string> _memberNames = new(System.StringComparer.Ordinal);
    private readonly Queue<(ITypeSymbol Type, string Path, bool Optional)> _pending = new();
    private readonly HashSet<string> _queued = new(System.StringComparer.Ordinal);
    private bool _describingOptional;
    private readonly bool _hasMemberInitializerApi;

    private readonly KnownSymbols _known;

    private JsonContextParser(bool hasMemberInitializerApi, KnownSymbols known)
    {
        _hasMemberInitializerApi = hasMemberInitializerApi;
        _known = known;
    }

    /// <summary>The problem that stops a context from being generated, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>How many type descriptions this thread built rather than reused (tests watch it; per thread, so tests running side by side do not mix).</summary>
    internal static int DescriptionsOnThisThread => s_descriptionsOnThisThread;

    /// <summary>The description being built by <see cref="Describe"/>.</summary>
    private Description _description = new();

    /// <summary>Builds the context for the given body and result types, or returns null with <paramref name="problem"/>.</summary>
    public static JsonContextSpec? Build(
        INamedTypeSymbol @interface, IEnumerable<ITypeSymbol> roots, Compilation compilation, KnownSymbols known, out string? problem)
    {
        INamedTypeSymbol? parameterValues = compilation.GetTypeByMetadataName(StjSerialization + "Metadata.JsonParameterInfoValues");
        var parser = new JsonContextParser(parameterValues?.GetMembers("IsMemberInitializer").Length > 0, known);
        EquatableArray<string> options = parser.ReadOptions(@interface, compilation);
        foreach (ITypeSymbol root in roots)
        {
            parser.Enqueue(root, root.Name);
        }

        System.Collections.Concurrent.ConcurrentDictionary<(string FullName, bool Optional), Description> descriptions =
            s_descriptions.GetValue(compilation, static _ => new());
        while (parser.Problem is null && parser._pending.Count > 0)
        {
            (ITypeSymbol type, string path, bool optional) = parser._pending.Dequeue();
            (string FullName, bool Optional) key = (parser.FullNameOf(type), optional);
            if (!descriptions.TryGetValue(key, out Description? description))
            {
                description = descriptions.GetOrAdd(key, parser.DescribeOnce(type, optional));
            }

            parser.Use(description, path);
        }

        problem = parser.Problem;
        return problem is null ? new JsonContextSpec(options, new EquatableArray<JsonTypeModel>(parser._types), parser._hasMemberInitializerApi) : null;
    }

    /// <summary>The fully qualified name a type has in the context (nullable reference annotations dropped).</summary>
    public static string FullNameOf(ITypeSymbol type, KnownSymbols known) => known.NameOf(Normalize(type), s_format);

    private string FullNameOf(ITypeSymbol type) => FullNameOf(type, _known);

    private static ITypeSymbol Normalize(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;

    /// <summary>
    /// Queues a type to describe. An optional one (reached only through an ignored member or one with its own
    /// converter) is left out instead of failing when it is unsupported: nothing reads or writes it through the context.
    /// </summary>
    private void Enqueue(ITypeSymbol type, string path, bool optional = false)
    {
        if (_queued.Add(FullNameOf(type)))
        {
            _pending.Enqueue((Normalize(type), path, optional));
        }
    }

    /// <summary>Describes one type on its own, with paths relative to it, for every context of the compilation to use.</summary>
    private Description DescribeOnce(ITypeSymbol type, bool optional)
    {
        s_descriptionsOnThisThread++;
        _description = new Description();
        _describingOptional = optional;
        Describe(type, string.Empty);
        return _description;
    }

    /// <summary>Adds a described type to this context (under a member name of its own) and queues what it reaches, at <paramref name="path"/>.</summary>
    private void Use(Description description, string path)
    {
        if (description.Failure is (string at, string typeName, string why))
        {
            Problem ??= path + at + " has type " + typeName + ", which " + why
                + ": declare a JsonSerializerContext for it and name it with [JsonContext(typeof(...))]";
            return;
        }

        if (description.Type is ITypeSymbol type)
        {
            _types.Add(new JsonTypeModel(FullNameOf(type), UniqueMemberName(type), description.Kind, description.Converter, description.Element, description.Model));
        }

        foreach ((ITypeSymbol reached, string relative, bool optional) in description.Reached)
        {
            Enqueue(reached, path + relative, optional);
        }
    }

    /// <summary>Inside <see cref="Describe"/>: the type reaches <paramref name="type"/> (an optional type reaches only optional ones).</summary>
    private void Reaches(ITypeSymbol type, string path, bool optional = false) =>
        _description.Reached.Add((Normalize(type), path, optional || _describingOptional));

    private void Add(ITypeSymbol type, JsonTypeKind kind, string? converter, string? element, JsonObjectModel? model)
    {
        _description.Type = type;
        _description.Kind = kind;
        _description.Converter = converter;
        _description.Element = element;
        _description.Model = model;
    }

    private void Fail(string path, ITypeSymbol type, string why)
    {
        if (_describingOptional)
        {
            return;
        }

        _description.Failure ??= (path, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), why);
    }

    /// <summary>What describing one type found: the type as the context lists it, or why it cannot, and the types it reaches.</summary>
    private sealed class Description
    {
        public ITypeSymbol? Type { get; set; }

        public JsonTypeKind Kind { get; set; }

        public string? Converter { get; set; }

        public string? Element { get; set; }

        public JsonObjectModel? Model { get; set; }

        public (string Path, string TypeName, string Why)? Failure { get; set; }

        public List<(ITypeSymbol Type, string Path, bool Optional)> Reached { get; } = new();
    }

    private void Describe(ITypeSymbol type, string path)
    {
        if (type is INamedTypeSymbol named && MemberAttributes.Read(named, _known.Json).Converter is string typeConverter)
        {
            Add(type, JsonTypeKind.Converted, typeConverter, null, null);
            return;
        }

        string metadataName = MetadataName(type);
        if (s_valueConverters.TryGetValue(metadataName, out string? converter))
        {
            Add(type, JsonTypeKind.Value, converter, null, null);
            return;
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                Fail(path, type, "is a multi-dimensional array");
                return;
            }

            if (array.ElementType.SpecialType == SpecialType.System_Byte)
            {
                Add(type, JsonTypeKind.Value, "ByteArrayConverter", null, null);
                return;
            }

            Add(type, JsonTypeKind.Array, null, FullNameOf(array.ElementType), null);
            Reaches(array.ElementType, path + "[]");
            return;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            Add(type, JsonTypeKind.Enum, null, null, null);
            return;
        }

        if (type is not INamedTypeSymbol namedType || type.TypeKind is TypeKind.Error or TypeKind.TypeParameter)
        {
            Fail(path, type, "is not a named type");
            return;
        }

        if (namedType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            Add(type, JsonTypeKind.Nullable, null, FullNameOf(namedType.TypeArguments[0]), null);
            Reaches(namedType.TypeArguments[0], path);
            return;
        }

        switch (namedType.IsGenericType ? namedType.OriginalDefinition.ToDisplayString() : null)
        {
            case "System.Collections.Generic.List<T>":
                AddCollection(namedType, JsonTypeKind.List, path);
                return;
            case "System.Collections.Generic.IList<T>":
                AddCollection(namedType, JsonTypeKind.IList, path);
                return;
            case "System.Collections.Generic.IReadOnlyList<T>":
            case "System.Collections.Generic.IEnumerable<T>":
                AddCollection(namedType, JsonTypeKind.Enumerable, path);
                return;
            case "System.Collections.Generic.Dictionary<TKey, TValue>":
                AddDictionary(namedType, JsonTypeKind.Dictionary, path);
                return;
            case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                AddDictionary(namedType, JsonTypeKind.ReadOnlyDictionary, path);
                return;
        }

        if (namedType.SpecialType == SpecialType.System_Object)
        {
            Fail(path, type, "is object, whose JSON depends on the value's run-time type");
            return;
        }

        // Any other collection is one to System.Text.Json (it writes an array or an object of its pairs), never an
        // object of its public properties: say so rather than describe it wrongly.
        if (namedType.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
        {
            Fail(path, type, "is a collection the generated context does not support (it supports T[], List<T>, IList<T>, IReadOnlyList<T>, "
                + "IEnumerable<T>, Dictionary<string, T> and IReadOnlyDictionary<string, T>)");
            return;
        }

        if (namedType.TypeKind != TypeKind.Class || namedType.IsAbstract || namedType.IsStatic)
        {
            Fail(path, type, "is not a concrete class or record, a supported collection or a supported value");
            return;
        }

        DescribeObject(namedType, path);
    }

    private void AddCollection(INamedTypeSymbol type, JsonTypeKind kind, string path)
    {
        ITypeSymbol element = type.TypeArguments[0];
        Add(type, kind, null, FullNameOf(element), null);
        Reaches(element, path + "[]");
    }

    private void AddDictionary(INamedTypeSymbol type, JsonTypeKind kind, string path)
    {
        if (type.TypeArguments[0].SpecialType != SpecialType.System_String)
        {
            Fail(path, type, "is a dictionary whose keys are not strings");
            return;
        }

        // The key's type is read and written through the context too (its info names the key's converter).
        ITypeSymbol value = type.TypeArguments[1];
        Add(type, kind, null, FullNameOf(value), null);
        Reaches(type.TypeArguments[0], path);
        Reaches(value, path + "[]");
    }

    private void DescribeObject(INamedTypeSymbol type, string path)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            if (name is "System.Text.Json.Serialization.JsonPolymorphicAttribute" or "System.Text.Json.Serialization.JsonDerivedTypeAttribute"
                or "System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute" or "System.Text.Json.Serialization.JsonNumberHandlingAttribute"
                or "System.Text.Json.Serialization.JsonObjectCreationHandlingAttribute")
            {
                Fail(path, type, "uses [" + attribute.AttributeClass!.Name.Replace("Attribute", string.Empty) + "], which the generated context does not support");
                return;
            }
        }

        IMethodSymbol? constructor = ChooseConstructor(type);
        if (constructor is null)
        {
            Fail(path, type, "has no public parameterless constructor, single public constructor or [JsonConstructor] constructor");
            return;
        }

        var properties = new List<JsonPropertyModel>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var memberInitializers = new List<JsonParameterModel>();
        var requiredFromParameters = new List<JsonBoundMember>();

        // A [SetsRequiredMembers] constructor sets the required members itself: they are neither required nor initialized.
        bool setsRequiredMembers = constructor.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, _known.Json.SetsRequiredMembersAttribute));
        var constructorParameters = constructor.Parameters
            .Select(p => new JsonParameterModel(
                p.Name, FullNameOf(p.Type), p.HasExplicitDefaultValue, p.HasExplicitDefaultValue ? Literal(p.ExplicitDefaultValue, p.Type) : null,
                IsNullable(p.Type), IsMemberInitializer: false))
            .ToList();

        // Derived members first, then each base type's, as System.Text.Json's generator lists them.
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IFieldSymbol field && !field.IsStatic && MemberAttributes.Read(field, _known.Json).Include)
                {
                    Fail(path + "." + field.Name, field.Type, "is a field with [JsonInclude], which the generated context does not support");
                    return;
                }

                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false } property
                    || property.ExplicitInterfaceImplementations.Length > 0
                    || !seen.Add(property.Name))
                {
                    continue;
                }

                JsonPropertyModel? model = DescribeProperty(property, path + "." + property.Name, constructor, setsRequiredMembers, memberInitializers, requiredFromParameters);
                if (_description.Failure is not null)
                {
                    return;
                }

                if (model is not null)
                {
                    properties.Add(model);
                }
            }
        }

        bool parameterless = constructor.Parameters.Length == 0 && memberInitializers.Count == 0;
        constructorParameters.AddRange(memberInitializers);
        Add(type, JsonTypeKind.Object, null, null, new JsonObjectModel(
            parameterless,
            new EquatableArray<JsonParameterModel>(constructorParameters),
            constructor.Parameters.Length,
            new EquatableArray<JsonPropertyModel>(properties),
            new EquatableArray<JsonBoundMember>(requiredFromParameters)));

        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            Reaches(parameter.Type, path + "(" + parameter.Name + ")");
        }
    }

    private JsonPropertyModel? DescribeProperty(
        IPropertySymbol property,
        string path,
        IMethodSymbol constructor,
        bool setsRequiredMembers,
        List<JsonParameterModel> memberInitializers,
        List<JsonBoundMember> requiredFromParameters)
    {
        MemberAttributes attributes = MemberAttributes.Read(property, _known.Json);
        bool include = attributes.Include;

        // As System.Text.Json's generator: a public accessor is used, and with [JsonInclude] an internal one too (the
        // context is in the same assembly). A public property with only a usable setter is read but never written.
        bool getter = property.DeclaredAccessibility == Accessibility.Public && Usable(property.GetMethod, include);
        bool setterUsable = property.DeclaredAccessibility == Accessibility.Public && Usable(property.SetMethod, include);
        if (!getter && !(setterUsable && !include))
        {
            if (include)
            {
                Fail(path, property.Type, "is a non-public member with [JsonInclude], which the generated context does not support");
            }

            return null;
        }

        if (attributes.Unsupported is string unsupported)
        {
            Fail(path, property.Type, "carries [" + unsupported + "], which the generated context does not support");
            return null;
        }

        string? ignoreCondition = null;
        if (attributes.Ignore is AttributeData ignore)
        {
            TypedConstant condition = ignore.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value;
            ignoreCondition = condition.Value is int value ? IgnoreConditionName(value) : "Always";
        }

        JsonSetterKind setter = !setterUsable ? JsonSetterKind.None
            : property.SetMethod!.IsInitOnly ? JsonSetterKind.InitOnly
            : JsonSetterKind.Settable;

        bool isCSharpRequired = property.IsRequired && !setsRequiredMembers;
        bool isRequired = isCSharpRequired || attributes.Required;
        int boundTo = -1;
        for (int i = 0; i < constructor.Parameters.Length && boundTo < 0; i++)
        {
            if (string.Equals(constructor.Parameters[i].Name, property.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                boundTo = i;
            }
        }

        bool boundToParameter = boundTo >= 0;
        if (boundToParameter && isCSharpRequired && setter != JsonSetterKind.None)
        {
            requiredFromParameters.Add(new JsonBoundMember(property.Name, boundTo));
        }
        if (!boundToParameter && ignoreCondition != "Always" && (setter == JsonSetterKind.InitOnly || (isCSharpRequired && setter != JsonSetterKind.None)))
        {
            memberInitializers.Add(new JsonParameterModel(
                property.Name, FullNameOf(property.Type), false, null, IsNullable(property.Type), IsMemberInitializer: true));
        }

        string? converter = attributes.Converter;
        string? nullableUnderlying = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? FullNameOf(nullable.TypeArguments[0])
            : null;
        Reaches(property.Type, path, optional: converter is not null || ignoreCondition == "Always");

        int? order = attributes.Order;
        string? jsonName = attributes.Name;
        return new JsonPropertyModel(
            property.Name,
            FullNameOf(property.Type),
            FullNameOf(property.ContainingType),
            property.ContainingType.Name,
            property.IsVirtual || property.IsOverride || property.IsAbstract,
            HasGetter: getter,
            setter,
            ignoreCondition,
            include,
            isRequired,
            jsonName,
            order,
            converter,
            converter is null ? null : nullableUnderlying,
            IsNonNullableReference(property) && property.GetMethod is not null,
            IsNonNullableReference(property) && property.SetMethod is not null);
    }

    /// <summary>
    /// Whether a property's value may not be null, judged as System.Text.Json's generator judges it: on the declared
    /// (open) property, so a member of type <c>T</c> in <c>Box&lt;T&gt;</c> may be null whatever <c>T</c> is closed over;
    /// it is enforced on each accessor the property declares (whether or not the context uses it).
    /// </summary>
    private static bool IsNonNullableReference(IPropertySymbol property)
    {
        IPropertySymbol declared = property.OriginalDefinition;
        return declared.Type.IsReferenceType && declared.NullableAnnotation == NullableAnnotation.NotAnnotated;
    }

    private static bool Usable(IMethodSymbol? accessor, bool include) =>
        accessor is not null && (accessor.DeclaredAccessibility == Accessibility.Public
            || (include && accessor.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal));

    private IMethodSymbol? ChooseConstructor(INamedTypeSymbol type)
    {
        IMethodSymbol[] constructors = type.InstanceConstructors.Where(c => !IsCopyConstructor(c, type)).ToArray();
        IMethodSymbol? marked = constructors.FirstOrDefault(c => MemberAttributes.Read(c, _known.Json).Constructor);
        if (marked is not null)
        {
            return marked.DeclaredAccessibility == Accessibility.Public ? marked : null;
        }

        IMethodSymbol[] publicConstructors = constructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToArray();
        return publicConstructors.FirstOrDefault(c => c.Parameters.Length == 0)
            ?? (publicConstructors.Length == 1 ? publicConstructors[0] : null);
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private EquatableArray<string> ReadOptions(INamedTypeSymbol @interface, Compilation compilation)
    {
        // Defaults: camelCase names, null members left out when writing, and (System.Text.Json 9 and later, in a
        // project with nullable reference types) the nullable annotations enforced. Named arguments override them.
        var options = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["DefaultIgnoreCondition"] = "DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull",
            ["PropertyNamingPolicy"] = "PropertyNamingPolicy = global::System.Text.Json.JsonNamingPolicy.CamelCase",
        };
        if (compilation.Options.NullableContextOptions != NullableContextOptions.Disable && HasOption(compilation, "RespectNullableAnnotations"))
        {
            options["RespectNullableAnnotations"] = "RespectNullableAnnotations = true";
        }

        AttributeData? attribute = @interface.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "SmarterProctoring.Declarative.JsonContextOptionsAttribute");
        foreach (KeyValuePair<string, TypedConstant> argument in attribute?.NamedArguments ?? ImmutableArray<KeyValuePair<string, TypedConstant>>.Empty)
        {
            string? line = OptionLine(argument.Key, argument.Value);
            if (line is null || (argument.Key.StartsWith("Respect", System.StringComparison.Ordinal) && !HasOption(compilation, argument.Key)))
            {
                Problem ??= @interface.Name + " sets JsonContextOptions." + argument.Key + ", which the System.Text.Json it compiles against does not support: "
                    + "declare a JsonSerializerContext and name it with [JsonContext(typeof(...))]";
                continue;
            }

            if (line.Length == 0)
            {
                options.Remove(argument.Key);
            }
            else
            {
                options[argument.Key] = line;
            }
        }

        return new EquatableArray<string>(options.Values);
    }

    private static string? OptionLine(string name, TypedConstant value)
    {
        switch (name)
        {
            case "PropertyNamingPolicy":
            case "DictionaryKeyPolicy":
                string? policy = value.Value is int known ? NamingPolicyName(known) : null;
                return policy switch
                {
                    null => null,
                    "" => string.Empty,
                    _ => name + " = global::System.Text.Json.JsonNamingPolicy." + policy,
                };
            case "DefaultIgnoreCondition":
                return value.Value is int condition ? name + " = global::System.Text.Json.Serialization.JsonIgnoreCondition." + IgnoreConditionName(condition) : null;
            case "NumberHandling":
                return value.Value is int handling ? name + " = (global::System.Text.Json.Serialization.JsonNumberHandling)" + handling.ToString(CultureInfo.InvariantCulture) : null;
            case "ReadCommentHandling":
                return value.Value is int comments ? name + " = (global::System.Text.Json.JsonCommentHandling)" + comments.ToString(CultureInfo.InvariantCulture) : null;
            case "WriteIndented":
            case "PropertyNameCaseInsensitive":
            case "IgnoreReadOnlyProperties":
            case "AllowTrailingCommas":
            case "RespectNullableAnnotations":
            case "RespectRequiredConstructorParameters":
                return value.Value is bool flag ? name + " = " + (flag ? "true" : "false") : null;
            case "MaxDepth":
            case "DefaultBufferSize":
                return value.Value is int number ? name + " = " + number.ToString(CultureInfo.InvariantCulture) : null;
            default:
                return null;
        }
    }

    private static bool HasOption(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions")?.GetMembers(name).Length > 0;

    private static string? NamingPolicyName(int value) => value switch
    {
        0 => string.Empty,
        1 => "CamelCase",
        2 => "SnakeCaseLower",
        3 => "SnakeCaseUpper",
        4 => "KebabCaseLower",
        5 => "KebabCaseUpper",
        _ => null,
    };

    private static string IgnoreConditionName(int value) => value switch
    {
        0 => "Never",
        1 => "Always",
        2 => "WhenWritingDefault",
        3 => "WhenWritingNull",
        4 => "WhenWriting",
        5 => "WhenReading",
        _ => "Never",
    };

    /// <summary>
    /// The System.Text.Json attributes of a type, property, field or constructor, read in one pass over its
    /// attributes and recognised by their resolved symbols (a user's own class of the same name is not one of them).
    /// </summary>
    private readonly struct MemberAttributes
    {
        private MemberAttributes(bool include, AttributeData? ignore, bool required, string? converter, int? order, string? name, string? unsupported, bool constructor)
        {
            Include = include;
            Ignore = ignore;
            Required = required;
            Converter = converter;
            Order = order;
            Name = name;
            Unsupported = unsupported;
            Constructor = constructor;
        }

        public bool Include { get; }

        public AttributeData? Ignore { get; }

        public bool Required { get; }

        /// <summary>The converter type of <c>[JsonConverter(typeof(…))]</c>, fully qualified.</summary>
        public string? Converter { get; }

        public int? Order { get; }

        public string? Name { get; }

        /// <summary>The name of the first attribute the generated context does not support, or null.</summary>
        public string? Unsupported { get; }

        public bool Constructor { get; }

        public static MemberAttributes Read(ISymbol symbol, JsonTypes json)
        {
            bool include = false, required = false, constructor = false;
            AttributeData? ignore = null;
            string? converter = null, name = null, unsupported = null;
            int? order = null;
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                INamedTypeSymbol? type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }

                if (KnownSymbols.Is(type, json.IncludeAttribute))
                {
                    include = true;
                }
                else if (KnownSymbols.Is(type, json.IgnoreAttribute))
                {
                    ignore ??= attribute;
                }
                else if (KnownSymbols.Is(type, json.RequiredAttribute))
                {
                    required = true;
                }
                else if (KnownSymbols.Is(type, json.ConverterAttribute))
                {
                    converter ??= attribute.ConstructorArguments is [{ Value: INamedTypeSymbol converterType }] ? converterType.ToDisplayString(s_format) : null;
                }
                else if (KnownSymbols.Is(type, json.PropertyOrderAttribute))
                {
                    order ??= attribute.ConstructorArguments is [{ Value: int position }] ? position : null;
                }
                else if (KnownSymbols.Is(type, json.PropertyNameAttribute))
                {
                    name ??= attribute.ConstructorArguments is [{ Value: string jsonName }] ? jsonName : null;
                }
                else if (KnownSymbols.Is(type, json.ConstructorAttribute))
                {
                    constructor = true;
                }
                else if (KnownSymbols.Is(type, json.ExtensionDataAttribute) || KnownSymbols.Is(type, json.NumberHandlingAttribute)
                    || KnownSymbols.Is(type, json.ObjectCreationHandlingAttribute))
                {
                    unsupported ??= type.Name.Substring(0, type.Name.Length - "Attribute".Length);
                }
            }

            return new MemberAttributes(include, ignore, required, converter, order, name, unsupported, constructor);
        }
    }

    private static bool IsNullable(ITypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
        || (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

    /// <summary>A type's namespace-qualified metadata name (<c>System.DateOnly</c>, <c>System.Collections.Generic.List`1</c>).</summary>
    internal static string MetadataName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static string Literal(object? value, ITypeSymbol type)
    {
        string typeName = type.ToDisplayString(s_format);
        return value switch
        {
            null => "default(" + typeName + ")",
            string text => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            char c => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(c, quote: true),
            _ when type.TypeKind == TypeKind.Enum => "(" + typeName + ")" + System.Convert.ToString(value, CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            _ => "(" + typeName + ")" + System.Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Names a type the way System.Text.Json's generator names its context properties, unique among every member the
    /// context has: the context's own (<c>Options</c>, <c>Default</c>, <c>GetTypeInfo</c>…) and the helpers each type
    /// brings (<c>_Foo</c>, <c>Create_Foo</c>, <c>FooProperties</c>, <c>FooParameters</c>), so a model named
    /// <c>Options</c>, or <c>FooProperties</c> beside <c>Foo</c>, gets a name of its own.
    /// </summary>
    private string UniqueMemberName(ITypeSymbol type)
    {
        string name = MemberName(type);
        string unique = name;
        for (int i = 2; !IsFree(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        foreach (string member in MembersFor(unique))
        {
            _memberNames.Add(member);
        }

        return unique;
    }

    private bool IsFree(string memberName)
    {
        foreach (string member in MembersFor(memberName))
        {
            if (_memberNames.Contains(member) || s_contextMembers.Contains(member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The members the emitted context declares for a type whose property is <paramref name="memberName"/>.</summary>
    private static string[] MembersFor(string memberName) =>
        [memberName, "_" + memberName, "Create_" + memberName, memberName + "Properties", memberName + "Parameters"];

    private static string MemberName(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return MemberName(array.ElementType) + "Array";
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return "Nullable" + MemberName(nullable.TypeArguments[0]);
        }

        var builder = new StringBuilder(type.Name);
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (ITypeSymbol argument in generic.TypeArguments)
            {
                builder.Append(MemberName(argument));
            }
        }

        return builder.ToString();
    }
}
