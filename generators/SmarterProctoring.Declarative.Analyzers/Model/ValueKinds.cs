using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators;
using ValueKind = SmarterProctoring.Declarative.Generators.Model.ValueKind;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>
/// The value shapes the generator can send outside the body, decided by the generator's own TypeShapes (linked).
/// </summary>
internal static class ValueKinds
{
    public static ValueKind Of(ITypeSymbol type, KnownTypes known) =>
        TypeShapes.ValueKindOf(type, known.IFormattable, known.IEnumerableOfT);

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

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type) => TypeShapes.UnwrapNullable(type);

    /// <summary>The element type when <paramref name="type"/> is an array or an <c>IEnumerable&lt;T&gt;</c>.</summary>
    public static ITypeSymbol? ElementOf(ITypeSymbol type, KnownTypes known) => TypeShapes.EnumerableElement(type, known.IEnumerableOfT);
}
