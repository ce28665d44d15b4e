using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// How an object or a map is sent in a query string or a form body, decided from its declared type: each public
/// readable property under the name its JSON would have, nested objects as <c>parent.child</c>, enums as their JSON
/// writes them. One definition for the model and the diagnostics.
/// </summary>
internal static class QueryObjects
{
    /// <summary>How deep objects may nest; deeper is refused as a query no API reads.</summary>
    public const int MaxDepth = 8;

    /// <summary>
    /// True for a collection of <c>KeyValuePair&lt;string, string&gt;</c> (a dictionary of strings, or the pairs
    /// themselves), the value's nullability aside.
    /// </summary>
    public static bool IsStringMap(ITypeSymbol type, KnownSymbols known)
    {
        ITypeSymbol? element = TypeShapes.EnumerableElement(TypeShapes.UnwrapNullable(type), known.IEnumerableOfT);
        return element is INamedTypeSymbol { IsGenericType: true, TypeArguments: [{ SpecialType: SpecialType.System_String }, { SpecialType: SpecialType.System_String }] } pair
            && KnownSymbols.Is(pair.OriginalDefinition, known.Json.KeyValuePair);
    }

    /// <summary>
    /// True for a type flattened member by member: a class, struct or record declared outside the <c>System</c>
    /// namespaces that is not a collection.
    /// </summary>
    public static bool IsObject(ITypeSymbol type, KnownSymbols known)
    {
        ITypeSymbol underlying = TypeShapes.UnwrapNullable(type);
        if (underlying is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsStatic: false } named)
        {
            return false;
        }

        string? root = RootNamespace(named);
        return root != "System" && root != "Microsoft" && TypeShapes.EnumerableElement(named, known.IEnumerableOfT) is null;
    }

    /// <summary>
    /// The members of <paramref name="type"/> as they are sent, or the first member that cannot be sent and why
    /// (a cycle, a type no query holds, a bad <c>[Sid]</c> or <c>Format</c>).
    /// </summary>
    public static Flattened Flatten(ITypeSymbol type, string escapedPrefix, int namingPolicy, KnownSymbols known)
    {
        var stack = new List<ITypeSymbol> { TypeShapes.UnwrapNullable(type) };
        var members = new List<QueryMemberSpec>();
        Problem? problem = Members((INamedTypeSymbol)TypeShapes.UnwrapNullable(type), escapedPrefix, string.Empty, namingPolicy, known, stack, members);
        return problem is Problem p
            ? new Flattened(EquatableArray<QueryMemberSpec>.Empty, p.Member, p.Why, p.IsCycle)
            : new Flattened(new EquatableArray<QueryMemberSpec>(members), null, null, false);
    }

    /// <summary>The naming policy (a <c>JsonKnownNamingPolicy</c> value) the interface's JSON uses: its context's, else camelCase.</summary>
    public static int NamingPolicyOf(INamedTypeSymbol @interface, INamedTypeSymbol? jsonContext)
    {
        if (jsonContext is not null)
        {
            foreach (AttributeData attribute in jsonContext.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute")
                {
                    return NamedInt(attribute, "PropertyNamingPolicy") ?? 0;
                }
            }

            return 0;
        }

        foreach (AttributeData attribute in @interface.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "SmarterProctoring.Declarative.JsonContextOptionsAttribute")
            {
                return NamedInt(attribute, "PropertyNamingPolicy") ?? 1;
            }
        }

        return 1;
    }

    /// <summary>A name as System.Text.Json's known naming policy <paramref name="policy"/> writes it.</summary>
    public static string ApplyPolicy(string name, int policy) => policy switch
    {
        1 => CamelCase(name),
        2 => Separated(name, '_', lowercase: true),
        3 => Separated(name, '_', lowercase: false),
        4 => Separated(name, '-', lowercase: true),
        5 => Separated(name, '-', lowercase: false),
        _ => name,
    };

    /// <summary>A query name escaped as the runtime escapes values: RFC 3986 unreserved characters kept, the rest percent-encoded UTF-8.</summary>
    public static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            char c = (char)b;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The <c>[Query]</c> of a property or parameter: its name, format and collection format.</summary>
    public static (string? Name, string? Format, int CollectionFormat) QueryArguments(AttributeData? query)
    {
        if (query is null)
        {
            return (null, null, 0);
        }

        string? name = query.ConstructorArguments is [{ Value: string n }] ? n : null;
        return (name, ParameterDeclaration.FormatOf(query), NamedInt(query, "CollectionFormat") ?? 0);
    }

    /// <summary>
    /// The public readable instance properties a query sends, base class first, each once (the most derived
    /// declaration), without indexers and without those <c>[JsonIgnore]</c>d for good.
    /// </summary>
    public static List<IPropertySymbol> PropertiesOf(INamedTypeSymbol type, KnownSymbols known)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var byName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var properties = new List<IPropertySymbol>();
        foreach (INamedTypeSymbol declaring in chain)
        {
            foreach (ISymbol member in declaring.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                    || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public }
                    || property.IsImplicitlyDeclared
                    || IsIgnored(property, known))
                {
                    continue;
                }

                if (byName.TryGetValue(property.Name, out int index))
                {
                    properties[index] = property;
                }
                else
                {
                    byName.Add(property.Name, properties.Count);
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    private static Problem? Members(
        INamedTypeSymbol type, string escapedPrefix, string pathPrefix, int namingPolicy, KnownSymbols known, List<ITypeSymbol> stack, List<QueryMemberSpec> members)
    {
        foreach (IPropertySymbol property in PropertiesOf(type, known))
        {
            (string? queryName, string? format, int collectionFormat) = QueryArguments(property.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.QueryAttribute)));
            string name = queryName ?? JsonNameOf(property, known) ?? ApplyPolicy(property.Name, namingPolicy);
            string escaped = escapedPrefix.Length == 0 ? Escape(name) : escapedPrefix + "." + Escape(name);
            string path = pathPrefix.Length == 0 ? property.Name : pathPrefix + "." + property.Name;
            ITypeSymbol propertyType = property.Type;
            bool nullable = !propertyType.IsValueType || propertyType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            ValueKind kind = TypeShapes.ValueKindOf(propertyType, known);
            string? sidPrefix = null;
            if (property.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.SidAttribute)) is AttributeData sid)
            {
                sidPrefix = sid.ConstructorArguments is [{ Value: string prefix }] ? prefix : null;
                if (!SidPattern.IsValidPrefix(sidPrefix))
                {
                    return new Problem(path, "its [Sid] prefix '" + (sidPrefix ?? "null") + "' is not two uppercase letters", false);
                }

                if (kind is not (ValueKind.String or ValueKind.StringCollection))
                {
                    return new Problem(path, "it has [Sid] but is not a string or a collection of strings", false);
                }
            }

            if (kind != ValueKind.None)
            {
                bool isCollection = kind is ValueKind.StringCollection or ValueKind.FormattableCollection;
                if (collectionFormat != 0 && !isCollection)
                {
                    return new Problem(path, "its [Query] sets CollectionFormat, but it is not a collection", false);
                }

                ITypeSymbol valueType = kind == ValueKind.FormattableCollection
                    ? TypeShapes.EnumerableElement(TypeShapes.UnwrapNullable(propertyType), known.IEnumerableOfT) ?? propertyType
                    : TypeShapes.UnwrapNullable(propertyType);
                EnumTextSpec? enumText = null;
                if (format is not null)
                {
                    if (kind is not (ValueKind.Formattable or ValueKind.FormattableCollection) || format.Length == 0)
                    {
                        return new Problem(path, "its [Query] Format never applies (" + (format.Length == 0 ? "it is empty" : "the value is not IFormattable") + ")", false);
                    }

                    if (ValueFormats.WhyInvalid(valueType, format) is string invalid)
                    {
                        return new Problem(path, "its Format '" + format + "' cannot format a " + valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ": " + invalid, false);
                    }
                }
                else if (valueType.TypeKind == TypeKind.Enum)
                {
                    // As its JSON writes it: by name with a string converter (renamed names need the helper), else by number.
                    if (ValueFormats.WritesEnumAsString((INamedTypeSymbol)valueType, property, known))
                    {
                        enumText = ValueFormats.EnumText(valueType, known, converterOnMember: true);
                    }
                    else
                    {
                        format = "D";
                    }
                }

                members.Add(new QueryMemberSpec(property.Name, escaped, path, kind, nullable, format, enumText, collectionFormat, sidPrefix, EquatableArray<QueryMemberSpec>.Empty));
                continue;
            }

            if (IsStringMap(propertyType, known))
            {
                return new Problem(path, "it is a map, which a query object cannot hold; pass it as its own [Query] parameter", false);
            }

            if (!IsObject(propertyType, known))
            {
                return new Problem(path, "its type " + propertyType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)
                    + " is not a value a query can hold (a string, bool, IFormattable value type, a collection of them, or an object of them)", false);
            }

            ITypeSymbol nested = TypeShapes.UnwrapNullable(propertyType);
            if (stack.Any(t => SymbolEqualityComparer.Default.Equals(t, nested)))
            {
                return new Problem(path, "holds the type " + nested.Name + " again, so the query would never end", true);
            }

            if (stack.Count >= MaxDepth)
            {
                return new Problem(path, "it nests objects deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels", false);
            }

            stack.Add(nested);
            var children = new List<QueryMemberSpec>();
            Problem? inner = Members((INamedTypeSymbol)nested, escaped, path, namingPolicy, known, stack, children);
            stack.RemoveAt(stack.Count - 1);
            if (inner is not null)
            {
                return inner;
            }

            if (children.Count > 0)
            {
                members.Add(new QueryMemberSpec(property.Name, escaped, path, ValueKind.Object, nullable, null, null, 0, null, new EquatableArray<QueryMemberSpec>(children)));
            }
        }

        return null;
    }

    private static bool IsIgnored(IPropertySymbol property, KnownSymbols known)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, known.Json.IgnoreAttribute))
            {
                // [JsonIgnore] alone is Always; WhenWritingNull and WhenWritingDefault still send a value (nulls are left out anyway).
                return !attribute.NamedArguments.Any(a => a.Key == "Condition") || attribute.NamedArguments.Any(a => a.Key == "Condition" && a.Value.Value is 1);
            }
        }

        return false;
    }

    private static string? JsonNameOf(IPropertySymbol property, KnownSymbols known) =>
        property.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.Json.PropertyNameAttribute)) is { ConstructorArguments: [{ Value: string name }] }
            ? name
            : null;

    private static int? NamedInt(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is int value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        while (!ns.ContainingNamespace.IsGlobalNamespace)
        {
            ns = ns.ContainingNamespace;
        }

        return ns.Name;
    }

    /// <summary>System.Text.Json's camelCase: the leading run of capitals lowered, but the last of a run followed by a lowercase letter.</summary>
    private static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>System.Text.Json's snake and kebab cases: words split at case changes and spaces, joined by the separator.</summary>
    private static string Separated(string name, char separator, bool lowercase)
    {
        var builder = new StringBuilder(name.Length + 8);
        int state = 0; // 0 not started, 1 after an uppercase letter, 2 after a lowercase letter or digit, 3 after a space
        for (int i = 0; i < name.Length; i++)
        {
            char current = name[i];
            UnicodeCategory category = char.GetUnicodeCategory(current);
            switch (category)
            {
                case UnicodeCategory.UppercaseLetter:
                    if (state is 2 or 3)
                    {
                        builder.Append(separator);
                    }
                    else if (state == 1 && i + 1 < name.Length && char.IsLower(name[i + 1]))
                    {
                        builder.Append(separator);
                    }

                    builder.Append(lowercase ? char.ToLowerInvariant(current) : current);
                    state = 1;
                    break;
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    if (state == 3)
                    {
                        builder.Append(separator);
                    }

                    builder.Append(!lowercase && category == UnicodeCategory.LowercaseLetter ? char.ToUpperInvariant(current) : current);
                    state = 2;
                    break;
                case UnicodeCategory.SpaceSeparator:
                    if (state != 0)
                    {
                        state = 3;
                    }

                    break;
                default:
                    builder.Append(current);
                    state = 0;
                    break;
            }
        }

        return builder.ToString();
    }

    private readonly record struct Problem(string Member, string Why, bool IsCycle);
}

/// <summary>An object's members as a query sends them, or the member that cannot be sent and why.</summary>
internal readonly record struct Flattened(EquatableArray<QueryMemberSpec> Members, string? Member, string? Why, bool IsCycle);
