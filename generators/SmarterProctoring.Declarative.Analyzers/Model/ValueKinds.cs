using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>How a route, query or header value is written as text.</summary>
internal enum ValueKind
{
    None,
    String,
    Boolean,
    Formattable,
    StringCollection,
    FormattableCollection,
}

/// <summary>
/// The value shapes the generator can send outside the body. Mirrors the generator's parser (ValueKindOf); if one
/// changes, the other must too.
/// </summary>
internal static class ValueKinds
{
    public static ValueKind Of(ITypeSymbol type, KnownTypes known)
    {
        ITypeSymbol underlying = UnwrapNullable(type);
        if (underlying.SpecialType == SpecialType.System_String)
        {
            return ValueKind.String;
        }

        if (underlying.SpecialType == SpecialType.System_Boolean)
        {
            return ValueKind.Boolean;
        }

        if (IsFormattableValue(underlying, known))
        {
            return ValueKind.Formattable;
        }

        ITypeSymbol? element = ElementOf(underlying, known);
        if (element is null)
        {
            return ValueKind.None;
        }

        if (element.SpecialType == SpecialType.System_String)
        {
            return ValueKind.StringCollection;
        }

        return IsFormattableValue(element, known) ? ValueKind.FormattableCollection : ValueKind.None;
    }

    /// <summary>
    /// True when a value of <paramref name="type"/> can be sent with the binding. Stricter than the generator's parser
    /// in one place: a nullable value type in the path (<c>int?</c>) passes the parser, but the code written for it
    /// does not compile (a path value is never optional), so it is reported here.
    /// </summary>
    public static bool Fits(Binding binding, ITypeSymbol type, KnownTypes known)
    {
        ValueKind kind = Of(type, known);
        return binding switch
        {
            Binding.Path => kind == ValueKind.String || (kind == ValueKind.Formattable && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T),
            Binding.Header => kind is ValueKind.String or ValueKind.Boolean or ValueKind.Formattable,
            Binding.Query => kind != ValueKind.None,
            _ => true,
        };
    }

    /// <summary>The types a binding accepts, for messages.</summary>
    public static string Accepted(Binding binding) => binding switch
    {
        Binding.Path => "string or a non-nullable value type that implements IFormattable (a number, Guid, date or enum)",
        Binding.Header => "string, bool or a value type that implements IFormattable, or their nullable forms",
        _ => "string, bool, a value type that implements IFormattable, their nullable forms, or a collection of strings or IFormattable values",
    };

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    /// <summary>The element type when <paramref name="type"/> is an array or an <c>IEnumerable&lt;T&gt;</c>.</summary>
    public static ITypeSymbol? ElementOf(ITypeSymbol type, KnownTypes known)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol named && KnownTypes.Is(named.OriginalDefinition, known.IEnumerableOfT))
        {
            return named.TypeArguments[0];
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (KnownTypes.Is(candidate.OriginalDefinition, known.IEnumerableOfT))
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsFormattableValue(ITypeSymbol type, KnownTypes known)
    {
        if (!type.IsValueType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return false;
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (KnownTypes.Is(candidate, known.IFormattable))
            {
                return true;
            }
        }

        return false;
    }
}
