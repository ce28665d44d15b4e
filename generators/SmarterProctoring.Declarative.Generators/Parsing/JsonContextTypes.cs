using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// The types a <c>JsonSerializerContext</c> has metadata for, worked out the way the System.Text.Json source
/// generator works them out: each <c>[JsonSerializable(typeof(T))]</c> type and, transitively, the types it needs —
/// the underlying type of a nullable value type, element, key and value types of collections, the types of the
/// public properties and fields (fields too, even without <c>IncludeFields</c>, and whatever carries
/// <c>[JsonInclude]</c>) unless they are <c>[JsonIgnore]</c>d for good, and its <c>[JsonDerivedType]</c> types;
/// <c>object</c> is always there. <c>int</c> does not bring <c>int?</c>; <c>int?</c> brings <c>int</c>. A test
/// checks these rules against System.Text.Json's generator; where its rules are subtler the set errs on the side of
/// "present", so a diagnostic is never wrong.
/// </summary>
internal sealed class JsonContextTypes
{
    private static readonly HashSet<string> s_leafTypes = new(System.StringComparer.Ordinal)
    {
        "System.DateTimeOffset", "System.TimeSpan", "System.Guid", "System.Uri", "System.Version", "System.DateOnly",
        "System.TimeOnly", "System.Half", "System.Int128", "System.UInt128", "System.Text.Json.JsonElement",
        "System.Text.Json.JsonDocument", "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject",
        "System.Text.Json.Nodes.JsonArray", "System.Text.Json.Nodes.JsonValue", "System.Type",
    };

    /// <summary>The property of SPD3003 that holds the missing type (fully qualified), for the code fix.</summary>
    public const string TypeProperty = "JsonType";

    private readonly HashSet<ITypeSymbol> _types = new(SymbolEqualityComparer.Default);
    private readonly JsonTypes _json;

    /// <summary>The types of <paramref name="context"/>, worked out once per compilation.</summary>
    public static JsonContextTypes For(INamedTypeSymbol context, KnownSymbols known) => known.ContextTypes(context);

    public JsonContextTypes(INamedTypeSymbol context, JsonTypes json)
    {
        _json = json;
        var roots = new List<ITypeSymbol>();
        foreach (AttributeData attribute in context.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, json.SerializableAttribute)
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol root)
            {
                roots.Add(root);
            }
        }

        foreach (ITypeSymbol root in roots)
        {
            Add(root);
        }
    }

    public bool Contains(ITypeSymbol type) => type.SpecialType == SpecialType.System_Object || _types.Contains(type);

    private void Add(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error || !_types.Add(type))
        {
            return;
        }

        if (type is IArrayTypeSymbol array)
        {
            Add(array.ElementType);
            return;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            Add(nullable.TypeArguments[0]);
            return;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind == TypeKind.Enum
            || s_leafTypes.Contains(named.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)))
        {
            return;
        }

        if (AddCollectionElements(named))
        {
            return;
        }

        foreach (AttributeData attribute in named.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, _json.ConverterAttribute))
            {
                return;
            }

            if (KnownSymbols.Is(attribute.AttributeClass, _json.DerivedTypeAttribute)
                && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is ITypeSymbol derived)
            {
                Add(derived);
            }
        }

        AddMembers(named);
    }

    /// <summary>Adds key, value or element types; true when the type is a collection (whose members are not serialized).</summary>
    private bool AddCollectionElements(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        if (KnownSymbols.Is(definition, _json.KeyValuePair))
        {
            Add(type.TypeArguments[0]);
            Add(type.TypeArguments[1]);
            return true;
        }

        if (KnownSymbols.Is(definition, _json.MemoryOfT) || KnownSymbols.Is(definition, _json.ReadOnlyMemoryOfT))
        {
            Add(type.TypeArguments[0]);
            return true;
        }

        INamedTypeSymbol? dictionary = Implemented(type, _json.IDictionaryOfTKeyTValue) ?? Implemented(type, _json.IReadOnlyDictionaryOfTKeyTValue);
        if (dictionary is not null)
        {
            Add(dictionary.TypeArguments[0]);
            Add(dictionary.TypeArguments[1]);
            return true;
        }

        INamedTypeSymbol? enumerable = Implemented(type, _json.IEnumerableOfT) ?? Implemented(type, _json.IAsyncEnumerableOfT);
        if (enumerable is not null)
        {
            Add(enumerable.TypeArguments[0]);
            return true;
        }

        return false;
    }

    private void AddMembers(INamedTypeSymbol type)
    {
        var declaring = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            declaring.Add(current);
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            declaring.AddRange(type.AllInterfaces);
        }

        foreach (INamedTypeSymbol current in declaring)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member.IsStatic || !IsSerialized(member))
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false } property)
                {
                    Add(property.Type);
                }
                else if (member is IFieldSymbol { IsImplicitlyDeclared: false } field)
                {
                    Add(field.Type);
                }
            }
        }
    }

    private bool IsSerialized(ISymbol member)
    {
        bool included = false;
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, _json.IgnoreAttribute) && IgnoresAlways(attribute))
            {
                return false;
            }

            included |= KnownSymbols.Is(attribute.AttributeClass, _json.IncludeAttribute);
        }

        if (included)
        {
            return true;
        }

        return member switch
        {
            IPropertySymbol property => property.DeclaredAccessibility == Accessibility.Public
                && (property.GetMethod?.DeclaredAccessibility == Accessibility.Public || property.SetMethod?.DeclaredAccessibility == Accessibility.Public),
            IFieldSymbol field => field.DeclaredAccessibility == Accessibility.Public,
            _ => false,
        };
    }

    /// <summary>True for <c>[JsonIgnore]</c> and <c>[JsonIgnore(Condition = Always)]</c>.</summary>
    private static bool IgnoresAlways(AttributeData attribute)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == "Condition")
            {
                return argument.Value.Value is 1;
            }
        }

        return true;
    }

    private static INamedTypeSymbol? Implemented(INamedTypeSymbol type, INamedTypeSymbol? definition)
    {
        if (definition is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition))
        {
            return type;
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, definition))
            {
                return candidate;
            }
        }

        return null;
    }
}
